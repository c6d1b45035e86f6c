/**
 * The line a finding shows as its evidence where no code site gives one (the report line whose
 * wording gives the reason, the recipient's own first), and whether a provider's code shows.
 */
import type { Reason } from '../catalog/schema.js';
import type { Extracted } from './extract/index.js';
import { apiComplaint } from './reasons/feedback.js';
import { textHasReason } from './reasons/index.js';

const MAX_EVIDENCE = 400;
/** Text read for a reason at once. */
export const MAX_REASON_TEXT = 6000;

/**
 * The evidence for a code found at `index` in `line`. An e-mail API's event on one line (SES,
 * SendGrid, Mailgun, Postmark) shows the JSON value that holds the code: the string with the reply
 * ("smtp; 550 5.1.1 …"), or for a bare number or a code alone ("code": 550, "status": "5.1.1") the
 * innermost object around it, not the envelope the line starts with. Any other long line whose code
 * falls past what is shown, and that holds the reply as a quoted string, shows that string. JSON's
 * escaped quotes and slashes read as plain ones there.
 */
export function evidenceAt(line: string, index: number): string {
  if (line.length > JSON_PAYLOAD) {
    const value = jsonValueAt(line, index);
    if (value) return trimEvidence(unescapeJson(value));
  }
  if (line.length <= MAX_EVIDENCE || index < MAX_EVIDENCE - 100) return trimEvidence(line);
  const from = Math.max(0, index - LOOK_BACK);
  for (let i = index - 1; i >= from; i--) {
    const quote = line[i]!;
    // An opening quote: not an apostrophe inside a word ("couldn't").
    if ((quote !== '"' && quote !== "'") || /[\p{L}\p{N}]/u.test(line[i - 1] ?? '')) continue;
    const close = line.indexOf(quote, index);
    return trimEvidence(unescapeJson(line.slice(i + 1, close < 0 ? i + 1 + 2 * MAX_EVIDENCE : Math.min(close, i + 1 + 2 * MAX_EVIDENCE))));
  }
  return trimEvidence(line);
}

/** A line longer than this that holds JSON is an event payload, not a short reply. */
const JSON_PAYLOAD = 200;
/** A string value this short holds the code alone ("5.1.1"), not the reply's words. */
const BARE_CODE_VALUE = 12;

function unescapeJson(s: string): string {
  return s.replace(/\\+$/, '').replace(/\\+"/g, '"').replace(/\\\//g, '/');
}

/**
 * The JSON value around a code: the string it stands in, when a key or an array opens that string;
 * the innermost object, when the code is a key's number or a string holding little more than the
 * code. Strings inside an escaped JSON string (an SNS notification's Message) count as strings.
 */
function jsonValueAt(line: string, index: number): string | null {
  const from = Math.max(0, index - LOOK_BACK);
  let quote = index - 1;
  while (quote >= from && line.charCodeAt(quote) !== 34 /* " */) quote--;
  if (quote < from) return null;
  let escapes = quote;
  while (escapes > 0 && line.charCodeAt(escapes - 1) === 92 /* \ */) escapes--;
  let before = escapes - 1;
  while (before >= 0 && line.charCodeAt(before) === 32) before--;
  const opener = line[before];
  if (opener === ':' || opener === '[') {
    const close = line.indexOf(line.slice(escapes, quote + 1), index);
    const value = line.slice(quote + 1, close < 0 ? quote + 1 + 2 * MAX_EVIDENCE : close);
    if (value.length >= BARE_CODE_VALUE) return value;
  } else if (!/^"\s*:\s*$/.test(line.slice(quote, index))) {
    return null;
  }
  return objectAround(line, index);
}

/** How far an object's braces are looked for on either side of a code. */
const OBJECT_REACH = 1000;

/** The innermost `{…}` holding `index`, braces inside strings aside (rare in these payloads). */
function objectAround(line: string, index: number): string | null {
  let depth = 0;
  let start = -1;
  for (let i = index - 1; i >= Math.max(0, index - OBJECT_REACH); i--) {
    const c = line.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */ && depth-- === 0) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  depth = 0;
  const last = Math.min(line.length, index + OBJECT_REACH);
  for (let i = index; i < last; i++) {
    const c = line.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && depth-- === 0) return line.slice(start, i + 1);
  }
  return line.slice(start, last);
}

/** How far before a code the opening quote of the string holding it is looked for. */
const LOOK_BACK = 200;

export function trimEvidence(line: string): string {
  const t = (line.length > 2 * MAX_EVIDENCE ? line.slice(0, 2 * MAX_EVIDENCE) : line).trim().replace(/\s+/g, ' ');
  return t.length > MAX_EVIDENCE ? `${t.slice(0, MAX_EVIDENCE - 1)}…` : t;
}

/** Lines read for a code-less finding's evidence: a report's wording sits near its top. */
const MAX_WORDING_LINES = 200;

/** Each text's answers, by reason: a report of many recipients without codes asks once per reason. */
const wordingLines = new WeakMap<Extracted, Map<Reason, string>>();

/** For a finding with no code: the first report line whose wording gives its reason, if any. */
export function wordingLine(ex: Extracted, reason: Reason): string {
  let known = wordingLines.get(ex);
  if (!known) wordingLines.set(ex, (known = new Map()));
  let found = known.get(reason);
  if (found === undefined) {
    found = '';
    const end = Math.min(ex.boundary, ex.lines.length, MAX_WORDING_LINES);
    for (let i = 0; i < end && !found; i++) {
      const line = ex.lines[i]!;
      const head = line.length > MAX_REASON_TEXT ? line.slice(0, MAX_REASON_TEXT) : line;
      // An e-mail API's complaint event says so in its keys, not in any reason's wording.
      if (line && (textHasReason(head, reason) || (reason === 'feedback' && apiComplaint(head)))) found = line;
    }
    known.set(reason, found);
  }
  return found;
}

/**
 * For a code-less finding of one of several recipients: the first of that recipient's own lines
 * whose wording gives its reason. The report's first such line may be another recipient's.
 */
export function ownWordingLine(ex: Extracted, recipient: string | null, reasons: Iterable<Reason>): string {
  if (!recipient || ex.recipients.length <= 1) return '';
  const own = ex.recipientLines.get(recipient) ?? [];
  // The final reason's own wording first; else the wording it was derived from ("no such user"
  // read as a filter's refusal).
  for (const reason of reasons) {
    for (const i of own) {
      const line = ex.lines[i] ?? '';
      if (line && textHasReason(line.length > MAX_REASON_TEXT ? line.slice(0, MAX_REASON_TEXT) : line, reason)) return line;
    }
  }
  return '';
}

/** Whether a provider code appears in the reply, the notice or the report (case aside). */
export function textShows(code: string, replyText: string, noticeText: string, human: () => string): boolean {
  const c = code.toLowerCase();
  return replyText.toLowerCase().includes(c) || noticeText.toLowerCase().includes(c) || human().toLowerCase().includes(c);
}
