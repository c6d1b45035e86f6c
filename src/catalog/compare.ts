/** Comparing two codes: a hand-written key difference where we have one, a derived one otherwise. */
import type { CodeEntry } from './entry.js';
import { catalogLanguage, type CatalogPhrases } from './i18n/index.js';
import { catalogData, pairKey } from './load.js';
import { lookup } from './lookup.js';

export interface Comparison {
  a: CodeEntry;
  b: CodeEntry;
  keyDifference: string;
  whenToUseWhich: string;
  /** True when the texts were written by hand for this pair, false when derived from the entries. */
  curated: boolean;
}

const OPENERS = '(\u201c[\u300c';
const CLOSERS = ')\u201d]\u300d';
const ABBREVIATION = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf)$/i;

/** A first sentence shorter than this ("Accepted.", Korean "받아들여졌습니다.") takes the next one along. */
const SHORT_SENTENCE = 25;

/**
 * The text's first sentence: up to the first full stop that ends one, not one inside brackets or
 * quotes (a quoted server reply "… Try again later." or a Korean aside ends its own sentence
 * there) and not an abbreviation's ("e.g."). English joins a short verdict to its reason with a
 * semicolon where Korean starts a new sentence, so a very short first sentence keeps the next.
 */
export function firstSentence(text: string): string {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    else if ((c === '.' || c === '!' || c === '?' || c === '。') && depth === 0 && !straight) {
      const next = text[i + 1];
      if ((next === undefined || /\s/.test(next) || c === '。') && !(c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) && i + 1 >= SHORT_SENTENCE) {
        return text.slice(0, i + 1);
      }
    }
  }
  return text;
}

function derived(a: CodeEntry, b: CodeEntry, p: CatalogPhrases): Pick<Comparison, 'keyDifference' | 'whenToUseWhich'> {
  const parts: string[] = [];
  if (a.class !== b.class) {
    parts.push(p.derived.classes(a.code, p.classConsequence[a.class], b.code, p.classConsequence[b.class]));
  } else {
    parts.push(p.derived.sameClass(p.classWord[a.class], a.code, p.inline(a.title), b.code, p.inline(b.title)));
  }
  if (a.whoActs !== b.whoActs) parts.push(p.derived.who(a.code, p.who[a.whoActs], b.code, p.who[b.whoActs]));
  if (a.retry.policy !== b.retry.policy) {
    parts.push(p.derived.retry(a.code, firstSentence(a.retry.advice), b.code, firstSentence(b.retry.advice)));
  }
  return {
    keyDifference: parts.join(' '),
    whenToUseWhich: p.derived.seen(a.code, firstSentence(a.whenSeen[0] ?? a.meaning), b.code, firstSentence(b.whenSeen[0] ?? b.meaning)),
  };
}

/** Compares two codes given as the user typed them; `unknown` names the code that is not known. */
export function compare(aCode: string, bCode: string, lang?: string): Comparison | { unknown: string } {
  const a = lookup(aCode, lang);
  if (!a) return { unknown: aCode };
  const b = lookup(bCode, lang);
  if (!b) return { unknown: bCode };
  const language = catalogLanguage(lang);
  const pair = catalogData().pairs.get(pairKey(a.code, b.code));
  if (pair) {
    // The pair may be stored as b/a; the texts name the codes, so they read right in either order.
    const tr = language.translations?.pairs[pairKey(pair.a, pair.b)];
    return { a, b, keyDifference: tr?.keyDifference ?? pair.keyDifference, whenToUseWhich: tr?.whenToUseWhich ?? pair.whenToUseWhich, curated: true };
  }
  return { a, b, ...derived(a, b, language.phrases), curated: false };
}

/** The codes with a hand-written comparison against this one, then its see-also codes: "Compare with…". */
export function confusableWith(code: string): string[] {
  const out = new Set<string>();
  for (const key of catalogData().pairs.keys()) {
    const [x, y] = key.split('|') as [string, string];
    if (x === code) out.add(y);
  }
  for (const s of lookup(code)?.seeAlso ?? []) if (lookup(s)?.registered) out.add(s);
  out.delete(code);
  return [...out];
}
