/** E-mail addresses found by scanning around each "@": linear in the line, whatever it holds. */

function isLocal(c: number): boolean {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 ||
    c === 46 || c === 95 || c === 45 || c === 43 || c === 61 || c === 37 || c === 39 || c === 47;
}

function isDomain(c: number): boolean {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 46 || c === 45 || c === 95;
}

export interface AddressHit {
  address: string;
  start: number;
  end: number;
}

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
    // A local part never starts with a dot; a leading quote is the quoting around it ('a@b.c').
    while (s < at && (line.charCodeAt(s) === 46 || line.charCodeAt(s) === 39)) s++;
    let domain = line.slice(at + 1, e);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (s === at || !domain.includes('.') || domain.startsWith('.')) continue;
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (!/^[a-z]{2,24}$/i.test(tld)) continue;
    hits.push({ address: `${line.slice(s, at)}@${domain}`.toLowerCase(), start: s, end: at + 1 + domain.length });
  }
  return hits;
}
