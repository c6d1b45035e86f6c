/**
 * The indexed scans must find exactly what the plain definitions find: the reason scan what trying
 * every phrase at every word start finds, the fragment scan what one alternation of all fragments
 * finds at every position. Both are compared over hand-written bounce lines, random strings, and
 * every text of the bounce corpus when it is there (read from the shared folder, see test/shared.ts; never copied).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providers } from '../../../src/catalog/providers/index.js';
import { FragmentScanner } from '../../../src/diagnose/fragment-scan.js';
import { fixedPrefix, parsedStarts, requiredText, startsOf } from '../../../src/diagnose/pattern-starts.js';
import { reasonRules, reasonsInText, textHasReason, withoutLocalParts } from '../../../src/diagnose/reasons/index.js';
import { sharedFile } from '../../shared.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      0123456789.,;:-_\'"<>()[]@/\n\t#=+!?…éÄßユーザ\u00a0İſK'];
const randomText = (rnd: () => number, max: number) => Array.from({ length: Math.floor(rnd() * max) }, () => pick(rnd, ALPHABET)).join('');

/** Random case, so folding is exercised too. */
const jumble = (rnd: () => number, s: string) => [...s].map((c) => (rnd() < 0.3 ? c.toUpperCase() : c)).join('');

/** Text made of the words the patterns are written with, so random strings land on matches often. */
function wordSoup(rnd: () => number, words: string[], max: number): string {
  const parts: string[] = [];
  for (let n = Math.floor(rnd() * max); n > 0; n--) parts.push(rnd() < 0.8 ? jumble(rnd, pick(rnd, words)) : randomText(rnd, 4), pick(rnd, [' ', ' ', '', '\n', '. ', '-', '_']));
  return parts.join('');
}

const HAND_WRITTEN = [
  '550 5.1.1 <pat@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
  '552 5.2.2 Mailbox full; quota exceeded. Try again later.',
  'host mx.example.net[192.0.2.1] said: 554 5.7.1 Message rejected as spam by Content Filtering.',
  'pat.doe@mail.example.net does not exist here. mail.example.net doesn\'t exist',
  '421 4.7.0 Too many connections from your IP (rate limited); connection refused',
  '550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass). DMARC policy',
  'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient\'s email address',
  'I am on vacation until Monday and will reply when I return. Auto-reply: out of office',
  'ユーザが見つかりません (user unknown) — ЕРРОР: mailbox unavailable; İnvalid recipient; ſpam',
  'The message was not delivered: Message size exceeds fixed maximum message size (10485760 bytes)',
  'TLS negotiation failed: STARTTLS is required; 530 5.7.0 Must issue a STARTTLS command first',
  'Your message was rejected due to a DMARC policy. 5.1.1 <pat@example.net>... User unknown',
  '',
  'a',
  'no',
  'user',
];

const corpusPath = sharedFile('corpus/bounces-dev.jsonl');
const corpus: string[] = corpusPath
  ? readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).flatMap((line) => {
    const row = JSON.parse(line) as { text: string; text_rendered: string };
    return [row.text, row.text_rendered];
  })
  : [];

describe('reasonsInText finds what every phrase tried at every word start finds', () => {
  // Longest first, ties in rule order, as the module documents its alternation order.
  const phrases = reasonRules
    .flatMap((r) => r.phrases.map((p) => (typeof p === 'string' ? { p, reason: r.reason, weight: r.weight } : { p: p[0], reason: r.reason, weight: p[1] })))
    .sort((a, b) => b.p.length - a.p.length)
    .map((x) => ({ ...x, re: new RegExp(`(?<![a-z])(?:${x.p})`, 'iy') }));
  // Only a shortcut for positions where no phrase matches at all: one test instead of hundreds.
  const any = new RegExp(`(?<![a-z])(?:${phrases.map((x) => x.p).join('|')})`, 'iy');

  // Both read the text with addresses' local parts blanked (see the test below).
  function reference(raw: string): Map<string, number> {
    const text = withoutLocalParts(raw);
    const found = new Map<string, number>();
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && /[a-z]/i.test(text[at - 1]!)) continue;
      any.lastIndex = at;
      if (!any.test(text)) continue;
      for (const x of phrases) {
        x.re.lastIndex = at;
        if (!x.re.test(text)) continue;
        if ((found.get(x.reason) ?? -1) < x.weight) found.set(x.reason, x.weight);
        break;
      }
    }
    return found;
  }
  // Entries in order: which reason came first decides ties in reasonFromText.
  const same = (text: string) => expect([...reasonsInText(text)], JSON.stringify(text.slice(0, 200))).toEqual([...reference(text)]);
  const words = [...new Set(phrases.flatMap((x) => x.p.split(/[^a-z']+/i)).filter((w) => w.length > 1))];

  it('on hand-written bounce lines', () => HAND_WRITTEN.forEach(same));

  it('on 6,000 random strings', () => {
    const rnd = random(1);
    for (let i = 0; i < 3000; i++) same(randomText(rnd, 120));
    for (let i = 0; i < 3000; i++) same(wordSoup(rnd, words, 40));
  });

  it.skipIf(corpus.length === 0)('on every text of the bounce corpus', () => corpus.forEach(same), 120_000);

  it("never reads a mailbox's name as wording, and keeps the domains", () => {
    expect([...reasonsInText('550 5.1.1 <virus-alerts@far.example>: Recipient address rejected: User unknown').keys()]).toEqual(['userunknown']);
    expect(reasonsInText('550 <spammer@far.example> That sender cannot send mail here').has('spamdetected')).toBe(false);
    expect(textHasReason('<expired@far.example>', 'expired')).toBe(false);
    expect(reasonsInText('554 5.7.1 Client host [192.0.2.9] blocked using zen.spamhaus.org').has('blocked')).toBe(true);
    expect(withoutLocalParts('to <ann.lee+x@far.example> and bob@mx.far.example')).toBe('to <x@far.example> and x@mx.far.example');
  });

  it('and textHasReason answers for one reason what reasonsInText answers for all', () => {
    const rnd = random(5);
    const texts = [...HAND_WRITTEN, ...Array.from({ length: 400 }, () => wordSoup(rnd, words, 30))];
    for (const text of texts) {
      const all = reasonsInText(text);
      for (const { reason } of reasonRules) expect(textHasReason(text, reason), `${reason} in ${JSON.stringify(text.slice(0, 100))}`).toBe(all.has(reason));
    }
  });
});

describe('FragmentScanner finds what one alternation of all fragments finds at each position', () => {
  const pattern = (f: string) => f.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]{1,80}?');

  function reference(fragments: string[], text: string) {
    const re = new RegExp(fragments.map((f) => `(${pattern(f)})`).join('|'), 'iy');
    const out: { index: number; fragment: number; length: number }[] = [];
    for (let at = 0; at < text.length; at++) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) out.push({ index: at, fragment: m.findIndex((g, i) => i > 0 && g !== undefined) - 1, length: m[0].length });
    }
    return out;
  }
  // As ProviderIndex gives them: lower case, each once, longest first.
  const catalog = [...new Set(providers().flatMap((p) => p.responses.flatMap((r) => r.match.map((m) => m.toLowerCase()))))]
    .sort((a, b) => b.length - a.length);
  const words = [...new Set(catalog.flatMap((f) => f.split(/[\s…]+/)).filter(Boolean))];

  function same(scanner: FragmentScanner, fragments: string[], text: string) {
    const expected = reference(fragments, text);
    expect(scanner.matches(text), JSON.stringify(text.slice(0, 200))).toEqual(expected);
    // Again, now from the cache of recent texts.
    expect(scanner.matches(text)).toEqual(expected);
  }

  it('with the catalog fragments, on hand-written lines and random strings', () => {
    const scanner = new FragmentScanner(catalog);
    HAND_WRITTEN.forEach((t) => same(scanner, catalog, t));
    const rnd = random(2);
    for (let i = 0; i < 1500; i++) same(scanner, catalog, randomText(rnd, 120));
    for (let i = 0; i < 1500; i++) same(scanner, catalog, wordSoup(rnd, words, 30));
  }, 120_000);

  it('with random fragment lists: short ones, "…" early, non-ASCII starts', () => {
    const rnd = random(3);
    const pieces = ['ab', 'a', 'abc', '…', 'é', 'ユー', ' ', '-', '.', 'x…y', 'mail', 'box', 'full', 'ß'];
    for (let round = 0; round < 200; round++) {
      const fragments = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, pieces)).join('').replace(/^…|…$/g, '') || 'q');
      const scanner = new FragmentScanner(fragments);
      for (let i = 0; i < 20; i++) same(scanner, fragments, wordSoup(rnd, pieces, 25));
    }
  });

  it.skipIf(corpus.length === 0)('with the catalog fragments, on every text of the bounce corpus', () => {
    const scanner = new FragmentScanner(catalog);
    for (const t of corpus) same(scanner, catalog, t);
  }, 300_000);
});

describe('what the reason scan reads from a phrase holds for every match', () => {
  const atoms = ['a', 'b', 'B', ' ', '-', 'é', '\\.', '\\b', '\\d', '.', '[a-c]', '[^a]', '[A-B\\-]', '(?:a|bc)', '(?:ab)?', 'c{1,3}', 'a*', '(?<!x)', '(?=b)', '$'];
  const rnd = random(4);

  it('on random patterns: each match begins with one of its starts and its plain beginning, and holds its required text', () => {
    for (let round = 0; round < 1500; round++) {
      const source = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(rnd, atoms)).join('') + (rnd() < 0.2 ? '|ba' : '');
      const starts = startsOf(source, 1 + Math.floor(rnd() * 4));
      const required = requiredText(source);
      const re = new RegExp(source, 'iy');
      for (let i = 0; i < 20; i++) {
        const text = jumble(rnd, Array.from({ length: Math.floor(rnd() * 12) }, () => pick(rnd, [...'abcx -.éÉ1B'])).join(''));
        const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
        for (let at = 0; at <= text.length; at++) {
          re.lastIndex = at;
          if (!re.test(text)) continue;
          expect(starts.some((st) => folded.startsWith(st.s, at)), `${source} at ${at} of ${text}`).toBe(true);
          expect(folded.startsWith(fixedPrefix(source, 12), at), `${source}'s plain beginning at ${at} of ${text}`).toBe(true);
          if (required) expect(required.test(text), `${source} in ${text}`).toBe(true);
        }
      }
    }
  });

  it('gives, for a source that begins with plain text, what reading the whole source gives', () => {
    const sources = reasonRules.flatMap((r) => r.phrases.map((p) => (typeof p === 'string' ? p : p[0])));
    sources.push('abc', 'Abcd|x', 'ab(c|d)e', 'abc?d', 'abc{2}', 'abc*', 'a b-c:d', 'abcd[ef]', 'abc\\d', 'abc|', '(?:ab|cd)ef', 'abc(?:d|e)|f');
    for (const src of sources) for (const depth of [1, 3, 12]) expect(startsOf(src, depth), `${src} at depth ${depth}`).toEqual(parsedStarts(src, depth));
  });
});
