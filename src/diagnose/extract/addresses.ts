/** E-mail addresses found by scanning around each "@": linear in the line, whatever it holds. */

function isLocal(c: number): boolean {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 ||
    c === 46 || c === 95 || c === 45 || c === 43 || c === 61 || c === 37 || c === 39 || c === 47;
}

function isDomain(c: number): boolean {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 46 || c === 45 || c === 95;
}

/** A letter, digit or mark outside ASCII: what an internationalized address (RFC 6531) may hold. */
const INTL_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_TLD = /^[a-z]{2,24}$/i;
/** A top-level domain in its own script, or its ASCII (punycode) form; never the two mixed. */
const INTL_TLD = /^(?:xn--[a-z0-9-]{1,59}|(?:(?![A-Za-z])[\p{L}\p{M}]){2,24})$/u;
const INTL_TLD_OR_ASCII = (tld: string) => ASCII_TLD.test(tld) || INTL_TLD.test(tld);

function isIntl(c: number, ch: string): boolean {
  return c >= 128 && INTL_CHAR.test(ch);
}

/**
 * Whether an internationalized address may be read at [start, end): right after "<" or after a
 * field's ":" or ";" ("RCPT TO:<用户@例子.广告>", "Final-Recipient: utf-8; 用户@例子.广告"), or
 * between spaces. In Japanese or Chinese prose, letters run into an ASCII address without any
 * delimiter, and they are words, not part of it.
 */
function delimited(line: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  const spaced = i < start - 1;
  const before = i >= 0 ? line[i]! : '';
  const after = line[end] ?? '';
  if (before === '<') return after === '>';
  if (before === ':' || before === ';') return after === '' || /[>\s,;)]/.test(after);
  return spaced && i >= 0 && /[\s,;)]/.test(after);
}

export interface AddressHit {
  address: string;
  start: number;
  end: number;
}

const LOG_KEY = /^(?:to|from|ctladdr|orig_to|sender|recipients?|rcpt)=/i;

export function addressesIn(line: string, limit = 20): AddressHit[] {
  const hits: AddressHit[] = [];
  let from = 0;
  // Bounded so a line of "@@@…" or "a@a@a@…" costs no more than a real one.
  for (let tries = 0; hits.length < limit && tries < 256; tries++) {
    const at = line.indexOf('@', from);
    if (at < 0) break;
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(line.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < line.length && e - at < 255 && isDomain(line.charCodeAt(e))) e++;
    from = Math.max(e, at + 1);
    // Non-ASCII letters next to the address: an internationalized one (RFC 6531), where it
    // stands delimited and ends in a real top-level domain; else the ASCII address alone.
    const intlBefore = s > 0 && isIntl(line.charCodeAt(s - 1), line[s - 1]!);
    const intlAfter = e < line.length && isIntl(line.charCodeAt(e), line[e]!);
    if (intlBefore || intlAfter) {
      let si = s;
      while (si > 0 && at - si < 64 && (isLocal(line.charCodeAt(si - 1)) || isIntl(line.charCodeAt(si - 1), line[si - 1]!))) si--;
      let ei = e;
      while (ei < line.length && ei - at < 255 && (isDomain(line.charCodeAt(ei)) || isIntl(line.charCodeAt(ei), line[ei]!))) ei++;
      const domain = line.slice(at + 1, ei);
      if (si < at && domain.includes('.') && INTL_TLD_OR_ASCII(domain.slice(domain.lastIndexOf('.') + 1)) && delimited(line, si, ei)) {
        hits.push({ address: `${line.slice(si, at)}@${domain}`.toLowerCase(), start: si, end: ei });
        from = Math.max(ei, at + 1);
        continue;
      }
    }
    // A local part never starts with a dot; a leading quote is the quoting around it ('a@b.c').
    while (s < at && (line.charCodeAt(s) === 46 || line.charCodeAt(s) === 39)) s++;
    // A log's key before an address it did not bracket (Sendmail's "to=bob@x.example,"; "=" may
    // stand in a local part, but not after one of these keys).
    const eq = line.indexOf('=', s);
    const key = eq >= 0 && eq < at ? LOG_KEY.exec(line.slice(s, at)) : null;
    if (key) s += key[0].length;
    let domain = line.slice(at + 1, e);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (s === at || !domain.includes('.') || domain.startsWith('.')) continue;
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (!ASCII_TLD.test(tld)) continue;
    hits.push({ address: `${line.slice(s, at)}@${domain}`.toLowerCase(), start: s, end: at + 1 + domain.length });
  }
  return hits;
}
