/**
 * `--lang xx` inside a question ("/smtp 421 --lang ko"): every adapter that takes free text (Slack,
 * the console) answers that one question in the language it names.
 */
import { languages } from './index.js';

/** "ko", "ko-KR", "ko_KR" → "ko" when we have answers in it; anything else → undefined. */
export function knownLang(tag: string | undefined): string | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_.]/)[0] ?? '';
  return languages.includes(base) ? base : undefined;
}

const LANG_FLAG = /(?:^|\s)--lang(?:=|\s+)([A-Za-z_-]+)(?=\s|$)/;

/**
 * Takes `--lang xx` (or `--lang=xx`) out of a query. An unknown language is still removed, so the
 * flag never ends up being looked up as a code; the usual choice then applies.
 */
export function takeLangFlag(text: string): { text: string; lang?: string } {
  const m = LANG_FLAG.exec(text);
  if (!m) return { text };
  // The space before the flag goes with it; the one after it (or a line break) stays as the separator.
  const rest = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.trim();
  const lang = knownLang(m[1]);
  return lang ? { text: rest, lang } : { text: rest };
}
