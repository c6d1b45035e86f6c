/** What a reply code and an enhanced status code say together ("550 5.1.1"), and where they disagree. */
import type { CodeEntry } from './entry.js';

export interface PairReading {
  notes: string[];
  warnings: string[];
}

const CLASS_WORD: Record<CodeEntry['class'], string> = {
  success: 'success',
  intermediate: 'intermediate',
  transient: 'temporary failure',
  permanent: 'permanent failure',
};

export function readTogether(reply: CodeEntry, enhanced: CodeEntry): PairReading {
  const notes: string[] = [];
  const warnings: string[] = [];
  if (reply.class !== enhanced.class) {
    warnings.push(
      `The codes disagree: ${reply.code} is a ${CLASS_WORD[reply.class]} but ${enhanced.code} says ${CLASS_WORD[enhanced.class]}. ` +
        `The first digits should match. Most sending servers act on the three-digit reply, so expect this to be handled as a ${CLASS_WORD[reply.class]}; ` +
        'report the mismatch to whoever runs the server that sent it.',
    );
  }
  const usual =
    (reply.commonEnhanced ?? []).includes(enhanced.code) || (enhanced.typicalReplies ?? []).includes(reply.code);
  notes.push(
    `${reply.code} says what happened to the command (${reply.title.toLowerCase()}); ${enhanced.code} says why: ${enhanced.title.toLowerCase()}.`,
  );
  if (!usual && reply.class === enhanced.class) {
    notes.push(`${reply.code} with ${enhanced.code} is an unusual pair; trust the enhanced code and the server's text over the reply code's generic meaning.`);
  }
  return { notes, warnings };
}
