/** Comparing two codes: a hand-written key difference where we have one, a derived one otherwise. */
import type { CodeEntry } from './entry.js';
import { catalogData, pairKey } from './load.js';
import { lookup } from './lookup.js';
import type { CodeClass, WhoActs } from './schema.js';

export interface Comparison {
  a: CodeEntry;
  b: CodeEntry;
  keyDifference: string;
  whenToUseWhich: string;
  /** True when the texts were written by hand for this pair, false when derived from the entries. */
  curated: boolean;
}

const CLASS_CONSEQUENCE: Record<CodeClass, string> = {
  success: 'a success: the command was accepted and there is nothing to fix',
  intermediate: 'an intermediate reply: the server is waiting for the client to send more',
  transient: 'a temporary failure: the sending server keeps the message and retries by itself',
  permanent: 'a permanent failure: retrying unchanged will not help and the sender gets a bounce',
};

const WHO: Record<WhoActs, string> = {
  sender: 'the sending side has to fix something',
  'recipient-admin': "the recipient's mail administrator has to act",
  recipient: 'the recipient has to act',
  nobody: 'nobody needs to act',
};

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m?.[1] ?? text;
}

function derived(a: CodeEntry, b: CodeEntry): Pick<Comparison, 'keyDifference' | 'whenToUseWhich'> {
  const parts: string[] = [];
  if (a.class !== b.class) {
    parts.push(`${a.code} is ${CLASS_CONSEQUENCE[a.class]}; ${b.code} is ${CLASS_CONSEQUENCE[b.class]}.`);
  } else {
    parts.push(`Both are ${a.class} codes. ${a.code} means: ${a.title.toLowerCase()}; ${b.code} means: ${b.title.toLowerCase()}.`);
  }
  if (a.whoActs !== b.whoActs) {
    parts.push(`With ${a.code} ${WHO[a.whoActs]}; with ${b.code} ${WHO[b.whoActs]}.`);
  }
  if (a.retry.policy !== b.retry.policy) {
    parts.push(`Retry: ${a.code}: ${firstSentence(a.retry.advice)} ${b.code}: ${firstSentence(b.retry.advice)}`);
  }
  const seenA = a.whenSeen[0] ?? a.meaning;
  const seenB = b.whenSeen[0] ?? b.meaning;
  return {
    keyDifference: parts.join(' '),
    whenToUseWhich: `${a.code}: ${firstSentence(seenA)} ${b.code}: ${firstSentence(seenB)}`,
  };
}

/** Compares two codes given as the user typed them; undefined names the code that is unknown. */
export function compare(aCode: string, bCode: string): Comparison | { unknown: string } {
  const a = lookup(aCode);
  if (!a) return { unknown: aCode };
  const b = lookup(bCode);
  if (!b) return { unknown: bCode };
  const pair = catalogData().pairs.get(pairKey(a.code, b.code));
  if (pair) {
    // The pair may be stored as b/a; the texts name the codes, so they read right in either order.
    return { a, b, keyDifference: pair.keyDifference, whenToUseWhich: pair.whenToUseWhich, curated: true };
  }
  return { a, b, ...derived(a, b), curated: false };
}

/** The codes with a hand-written comparison against this one: the "Compare with…" choices. */
export function confusableWith(code: string): string[] {
  const out = new Set<string>();
  for (const key of catalogData().pairs.keys()) {
    const [x, y] = key.split('|') as [string, string];
    if (x === code) out.add(y);
  }
  const entry = lookup(code);
  for (const s of entry?.seeAlso ?? []) if (lookup(s)) out.add(s);
  out.delete(code);
  return [...out];
}
