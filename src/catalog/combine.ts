/** What a reply code and an enhanced status code say together ("550 5.1.1"), and where they disagree. */
import type { CodeEntry } from './entry.js';
import { catalogLanguage } from './i18n/index.js';

export interface PairReading {
  notes: string[];
  warnings: string[];
}

export function readTogether(reply: CodeEntry, enhanced: CodeEntry, lang?: string): PairReading {
  const p = catalogLanguage(lang).phrases;
  const notes: string[] = [];
  const warnings: string[] = [];
  if (reply.class !== enhanced.class) {
    warnings.push(p.together.disagree(reply.code, p.classWord[reply.class], enhanced.code, p.classWord[enhanced.class]));
  }
  notes.push(p.together.reading(reply.code, p.inline(reply.title), enhanced.code, p.inline(enhanced.title)));
  const usual = (reply.commonEnhanced ?? []).includes(enhanced.code) || (enhanced.typicalReplies ?? []).includes(reply.code);
  if (!usual && reply.class === enhanced.class) notes.push(p.together.unusual(reply.code, enhanced.code));
  return { notes, warnings };
}
