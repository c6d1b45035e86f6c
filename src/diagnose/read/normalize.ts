/**
 * Line endings and continuation lines. Mail systems wrap one reply over several lines in three
 * ways: RFC 5321 multi-line replies ("550-5.7.26 …" then "550 5.7.26 …"), header-style folding
 * (DSN fields, Postfix and Exim indent the rest of a reply) and plain wrapping after "said:".
 * Joining them gives one logical line per reply, so a code and its recipient and wording are seen
 * together and nothing is matched twice.
 */

/** Beyond this, a paste is not a bounce any more; the tail is ignored to bound the work. */
export const MAX_INPUT = 1_500_000;
/** Likewise for lines: a report, log excerpt or transcript worth diagnosing is far shorter. */
export const MAX_LINES = 200_000;

const MULTI = /^(\s*(?:<<<|<~|<-|S:)?\s*)([2-5]\d\d)([- ])/;

/** Cheap test before the multi-line expression: a digit, "<" or "S" near the start. */
function mayLeadWithCode(line: string): boolean {
  for (let i = 0; i < line.length && i < 12; i++) {
    const c = line.charCodeAt(i);
    if (c >= 50 && c <= 53) return true;
    if (c !== 32 && c !== 9 && c !== 60 && c !== 126 && c !== 45 && c !== 83 && c !== 58) return false;
  }
  return false;
}

function indentOf(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length && i < 64; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 8;
    else break;
  }
  return n;
}

export interface Logical {
  lines: string[];
  /** For a joined line, the offsets in it where a physical line started (a reply may lead there). */
  breaks: Map<number, number[]>;
}

export function logicalLines(input: string): string[] {
  return logical(input).lines;
}

export function logical(input: string): Logical {
  const cut = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const text = cut.includes('\r') ? cut.replace(/\r\n?/g, '\n') : cut;
  const raw = text.split('\n', MAX_LINES);
  const out: string[] = [];
  const breaks = new Map<number, number[]>();
  let curBreaks: number[] | null = null;
  let cur: string | null = null;
  let curIndent = 0;
  let multiCode: string | null = null; // reply code of an open "NNN-" multi-line reply
  const flush = () => {
    if (cur !== null) {
      if (curBreaks) breaks.set(out.length, curBreaks);
      out.push(cur);
    }
    cur = null;
    curBreaks = null;
    multiCode = null;
  };
  for (const line of raw) {
    const c0 = line.charCodeAt(0);
    if (line.length === 0 || ((c0 === 32 || c0 === 9) && line.trim() === '')) {
      flush();
      out.push('');
      continue;
    }
    if (cur !== null) {
      if (multiCode !== null && cur.length < 20000) {
        const m = MULTI.exec(line);
        if (m && m[2] === multiCode) {
          cur += ' ' + line.slice(m[0].length).trim();
          // The continuation's own code prefix is dropped, so it is no line start of its own.
          if (m[3] === ' ') multiCode = null;
          continue;
        }
      }
      const ind = indentOf(line);
      if (ind > curIndent && cur.length < 20000) {
        (curBreaks ??= []).push(cur.length + 1);
        cur += ' ' + line.trim();
        continue;
      }
      flush();
    }
    cur = line;
    curIndent = indentOf(line);
    const m = mayLeadWithCode(line) ? MULTI.exec(line) : null;
    multiCode = m && m[3] === '-' ? m[2]! : null;
  }
  flush();
  return { lines: out, breaks };
}
