/**
 * A recipient's code sites: which one stands for the server's answer, and the part of its line
 * that is that answer's own. finding.ts reads the verdict from them.
 */
import type { Extracted, Site } from './extract/index.js';

/** A site's class: its reply code's first digit, else its enhanced code's. */
export function klass(s: Site): string | undefined {
  return s.reply?.[0] ?? s.enhanced?.[0];
}

export function isFailure(s: Site): boolean {
  const c = klass(s);
  return c === '4' || c === '5';
}

/** The site that best stands for the server's answer: a failure with both codes beats the rest. */
export function primarySite(sites: Site[]): Site | undefined {
  let best: Site | undefined;
  let bestScore = -1;
  for (const s of sites) {
    if (s.field === 'status') continue;
    let score = 0;
    if (isFailure(s)) score += 8;
    if (s.reply) score += 4;
    if (s.enhanced) score += 2;
    if (s.field === 'diagnostic') score += 3;
    // Later in the same line is the nested, original answer ("554 … <421 4.4.2 Connection timed out>").
    if (score > bestScore || (score === bestScore && best && s.line === best.line)) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The site's line, or where the line holds answers for other recipients too (Python's
 * {'a@x': (451, …), 'b@y': (550, …)}), only the stretch from this answer to the next one.
 */
export function ownPart(ex: Extracted, site: Site): string {
  const line = ex.lines[site.line] ?? '';
  // A reply quoted as a log field's value (Haraka's lr="550 …", msmtp's smtpmsg='550 …') ends
  // at its closing quote: the rest of the line is the log's own fields (Haraka's rdns=NXDOMAIN
  // is about the client's name, not the reason).
  const quote = line[site.index - 1];
  if ((quote === '"' || quote === "'") && line[site.index - 2] === '=') {
    const close = line.indexOf(quote, site.index);
    if (close > site.index) return line.slice(site.index, close);
  }
  let end = line.length;
  for (const other of ex.sites) {
    if (other.line === site.line && other.index > site.index && other.index < end && other.recipient !== site.recipient) end = other.index;
  }
  return end === line.length ? line : line.slice(site.index, end);
}
