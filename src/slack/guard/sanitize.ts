/**
 * Personal data in pastes. Bounces name recipients and relay IPs; that is fine in the channel the
 * paste came from, but an answer shared somewhere else must not carry them along.
 */
import type { Answer } from '../../present/answer.js';

const EMAIL = /[A-Za-z0-9._%+'=-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
// Full and compressed IPv6 forms with at least two groups and a "::" or 7 colons, so times (12:30) stay.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\w:])/gi;

export const REDACTED_ADDRESS = '[address]';
export const REDACTED_IP = '[ip]';

export function redactText(text: string): string {
  return text.replace(EMAIL, REDACTED_ADDRESS).replace(IPV6, REDACTED_IP).replace(IPV4, REDACTED_IP);
}

/** A deep copy of the answer with every e-mail address and IP replaced. */
export function redactAnswer(answer: Answer): Answer {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === 'url' ? v : walk(v)]),
      );
    }
    return value;
  };
  return walk(answer) as Answer;
}

/** The codes an answer is about, taken from its buttons: what "new codes in this thread" compares. */
export function codesOf(answer: Answer): string[] {
  const codes = answer.actions.flatMap((a) => ('code' in a ? [a.code] : []));
  return codes.length > 0 ? [...new Set(codes)] : [answer.title];
}

const CODE_IN_QUERY = /\b(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})\b/g;

/** Codes a user typed in a query, for the "most looked up" list. */
export function codesInQuery(query: string): string[] {
  return [...new Set(query.match(CODE_IN_QUERY) ?? [])].slice(0, 3);
}
