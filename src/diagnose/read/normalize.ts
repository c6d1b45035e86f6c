/**
 * Line endings and continuation lines. Mail systems wrap one reply over several lines in three
 * ways: RFC 5321 multi-line replies ("550-5.7.26 …" then "550 5.7.26 …"), header-style folding
 * (DSN fields, Postfix and Exim indent the rest of a reply) and plain wrapping after "said:".
 * Joining them gives one logical line per reply, so a code and its recipient and wording are seen
 * together and nothing is matched twice.
 */
import { isSpace } from '../chars.js';

/** Beyond this, a paste is not a bounce any more; the tail is ignored to bound the work. */
export const MAX_INPUT = 1_500_000;
/** Likewise for lines: a report, log excerpt or transcript worth diagnosing is far shorter. */
export const MAX_LINES = 200_000;

/**
 * Where the lead of a reply line ends, as /^\s*(?:<<<|<~|<-|S:)?\s*[2-5]\d\d[- ]/ would match it:
 * the offset after the "-" or " " that follows the code, or -1. Written out by hand because it
 * runs on every line of a long multi-line reply, where the expression's match arrays were most of
 * the cost of joining the lines.
 */
function codeLead(line: string): number {
  const n = line.length;
  let i = 0;
  while (i < n && isSpace(line.charCodeAt(i))) i++;
  if (line.startsWith('<<<', i)) i += 3;
  else if (line.startsWith('<~', i) || line.startsWith('<-', i) || line.startsWith('S:', i)) i += 2;
  while (i < n && isSpace(line.charCodeAt(i))) i++;
  if (i + 4 > n) return -1;
  const a = line.charCodeAt(i);
  const b = line.charCodeAt(i + 1);
  const c = line.charCodeAt(i + 2);
  const sep = line.charCodeAt(i + 3);
  if (a < 50 || a > 53 || b < 48 || b > 57 || c < 48 || c > 57 || (sep !== 45 && sep !== 32)) return -1;
  return i + 4;
}

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

/**
 * Whether a line opens a new turn of a transcript: swaks indents the client's side (" -> RCPT TO",
 * " ~> DATA", " **> …") under the server's ("<-  250 …"), which is no wrapping of the reply above.
 */
const TURN_MARKS = ['->', '<-', '~>', '<~', '**>', '<**', '***', '===', '>>>', '<<<'];
function startsTurn(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  for (const mark of TURN_MARKS) if (line.startsWith(mark, i)) return true;
  return false;
}

export interface Logical {
  lines: string[];
  /** For a joined line, the offsets in it where a physical line started (a reply may lead there). */
  breaks: Map<number, number[]>;
}

export function logicalLines(input: string): string[] {
  return logical(input).lines;
}

/**
 * `standalone`: lines that never continue the line above, however deeply indented (a queue
 * listing's reasons and recipients, each alone on its line under its message).
 */
export function logical(input: string, standalone?: RegExp): Logical {
  const cut = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  const text = cut.includes('\r') ? cut.replace(/\r\n?/g, '\n') : cut;
  const raw = text.split('\n', MAX_LINES);
  const out: string[] = [];
  const breaks = new Map<number, number[]>();
  let curBreaks: number[] | null = null;
  let cur: string | null = null;
  // The joined pieces of the current logical line, joined once at its end: appending to a string
  // line by line builds a rope that V8 keeps flattening, which on a long run of continuations was
  // most of the work.
  let pieces: string[] | null = null;
  let curLength = 0;
  let curIndent = 0;
  let multiCode: string | null = null; // reply code of an open "NNN-" multi-line reply
  const flush = () => {
    if (cur !== null) {
      if (curBreaks) breaks.set(out.length, curBreaks);
      out.push(pieces ? pieces.join(' ') : cur);
    }
    cur = null;
    pieces = null;
    curBreaks = null;
    multiCode = null;
  };
  const append = (piece: string) => {
    (pieces ??= [cur!]).push(piece);
    curLength += piece.length + 1;
  };
  for (const line of raw) {
    const c0 = line.charCodeAt(0);
    if (line.length === 0 || ((c0 === 32 || c0 === 9) && line.trim() === '')) {
      flush();
      out.push('');
      continue;
    }
    if (cur !== null) {
      if (multiCode !== null && curLength < 20000) {
        const end = codeLead(line);
        if (end > 0 && line.startsWith(multiCode, end - 4)) {
          append(line.slice(end).trim());
          // The continuation's own code prefix is dropped, so it is no line start of its own.
          if (line.charCodeAt(end - 1) === 32) multiCode = null;
          continue;
        }
      }
      const ind = indentOf(line);
      if (ind > curIndent && curLength < 20000 && !startsTurn(line) && !standalone?.test(line)) {
        (curBreaks ??= []).push(curLength + 1);
        append(line.trim());
        continue;
      }
      flush();
    }
    cur = line;
    curLength = line.length;
    curIndent = indentOf(line);
    const end = mayLeadWithCode(line) ? codeLead(line) : -1;
    multiCode = end > 0 && line.charCodeAt(end - 1) === 45 ? line.slice(end - 4, end - 1) : null;
  }
  flush();
  return { lines: out, breaks };
}
