/**
 * All reason rules, compiled once into a single case-insensitive regular expression with one
 * named group per reason, so a reply's wording is matched in one pass whatever the number of
 * phrases.
 */
import type { Reason } from '../../catalog/schema.js';
import type { ReasonRule } from './types.js';
import { authfailure } from './authfailure.js';
import { badreputation } from './badreputation.js';
import { blocked } from './blocked.js';
import { contenterror } from './contenterror.js';
import { delivered } from './delivered.js';
import { exceedlimit } from './exceedlimit.js';
import { expired } from './expired.js';
import { failedstarttls } from './failedstarttls.js';
import { feedback } from './feedback.js';
import { filtered } from './filtered.js';
import { hasmoved } from './hasmoved.js';
import { hostunknown } from './hostunknown.js';
import { mailboxfull } from './mailboxfull.js';
import { mailererror } from './mailererror.js';
import { mesgtoobig } from './mesgtoobig.js';
import { networkerror } from './networkerror.js';
import { norelaying } from './norelaying.js';
import { notaccept } from './notaccept.js';
import { notcompliantrfc } from './notcompliantrfc.js';
import { onhold } from './onhold.js';
import { policyviolation } from './policyviolation.js';
import { rejected } from './rejected.js';
import { requireptr } from './requireptr.js';
import { securityerror } from './securityerror.js';
import { spamdetected } from './spamdetected.js';
import { speeding } from './speeding.js';
import { suppressed } from './suppressed.js';
import { suspend } from './suspend.js';
import { syntaxerror } from './syntaxerror.js';
import { systemerror } from './systemerror.js';
import { systemfull } from './systemfull.js';
import { toomanyconn } from './toomanyconn.js';
import { undefinedReason } from './undefined.js';
import { userunknown } from './userunknown.js';
import { vacation } from './vacation.js';
import { virusdetected } from './virusdetected.js';

export type { ReasonRule } from './types.js';

export const reasonRules: ReasonRule[] = [
  authfailure,
  badreputation,
  blocked,
  contenterror,
  delivered,
  exceedlimit,
  expired,
  failedstarttls,
  feedback,
  filtered,
  hasmoved,
  hostunknown,
  mailboxfull,
  mailererror,
  mesgtoobig,
  networkerror,
  norelaying,
  notaccept,
  notcompliantrfc,
  onhold,
  policyviolation,
  rejected,
  requireptr,
  securityerror,
  spamdetected,
  speeding,
  suppressed,
  suspend,
  syntaxerror,
  systemerror,
  systemfull,
  toomanyconn,
  undefinedReason,
  userunknown,
  vacation,
  virusdetected,
];

// One alternative per phrase, longest first: a regex alternation takes the first alternative that
// matches at a position, so a short generic phrase must not shadow a longer specific one there.
const phraseList = reasonRules
  .flatMap((r) => r.phrases.map((p) => (typeof p === 'string'
    ? { p, reason: r.reason, weight: r.weight }
    : { p: p[0], reason: r.reason, weight: p[1] })))
  .sort((a, b) => b.p.length - a.p.length);
const groupReason = phraseList.map((x) => x.reason);
const groupWeight = phraseList.map((x) => x.weight);

/**
 * The phrases that can match where a word starts with a given character. One alternation of all
 * phrases makes V8 try every phrase at every position; here each position tries one sticky
 * alternation of the phrases that can start with its character, in the same order, and positions
 * right after a letter (where the `(?<![a-z])` guard fails anyway) are skipped. A phrase whose first
 * character is not a plain literal goes into every group. Under `i` without `u`, an ASCII
 * character matches only its ASCII case twin, so grouping by the folded character is exact.
 */
interface PhraseGroup { re: RegExp; phrase: number[] }

/** The folded first character a phrase must start with, or -1 when it may start otherwise. */
function fixedFirst(p: string): number {
  const c = p.charCodeAt(0);
  if (!/^[a-z0-9 '-]/i.test(p) || /^.[?*+{]/.test(p)) return -1;
  // A top-level "|" lets the phrase start with another alternative's character.
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return -1;
  }
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function phraseGroup(indices: number[]): PhraseGroup | null {
  if (indices.length === 0) return null;
  return { re: new RegExp(`(?<![a-z])(?:${indices.map((i) => `(${phraseList[i]!.p})`).join('|')})`, 'iy'), phrase: indices };
}

const phraseFirst = phraseList.map((x) => fixedFirst(x.p));
const ANY_START = phraseGroup(phraseList.flatMap((_, i) => (phraseFirst[i] === -1 ? [i] : [])));
const BY_START: (PhraseGroup | null)[] = Array.from({ length: 128 }, (_, c) =>
  phraseFirst.includes(c) ? phraseGroup(phraseList.flatMap((_, i) => (phraseFirst[i] === c || phraseFirst[i] === -1 ? [i] : []))) : ANY_START);

const byCode = new Map<string, Reason>();
for (const r of reasonRules) for (const c of r.codes ?? []) byCode.set(c, r.reason);

const weight = new Map<Reason, number>(reasonRules.map((r) => [r.reason, r.weight]));

export function reasonWeight(reason: Reason): number {
  return weight.get(reason) ?? 0;
}

/** Every reason whose wording appears in the text, with the weight of its strongest phrase there. */
export function reasonsInText(text: string): Map<Reason, number> {
  const found = new Map<Reason, number>();
  if (!text) return found;
  // Every position in turn, also inside an earlier match: phrases of other reasons may overlap it.
  for (let at = 0; at < text.length; at++) {
    const before = at > 0 ? text.charCodeAt(at - 1) | 32 : 0;
    if (before >= 97 && before <= 122) continue;
    let c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) c += 32;
    const group = c < 128 ? BY_START[c]! : ANY_START;
    if (!group) continue;
    group.re.lastIndex = at;
    const m = group.re.exec(text);
    if (!m) continue;
    for (let i = 1; i < m.length; i++) {
      if (m[i] !== undefined) {
        const phrase = group.phrase[i - 1]!;
        const reason = groupReason[phrase]!;
        const w = groupWeight[phrase]!;
        if ((found.get(reason) ?? -1) < w) found.set(reason, w);
        break;
      }
    }
  }
  return found;
}

/** The reason the wording points to, the heaviest when several appear. */
export function reasonFromText(text: string): Reason | null {
  let best: Reason | null = null;
  let bestWeight = -1;
  for (const [reason, w] of reasonsInText(text)) {
    if (w > bestWeight) {
      best = reason;
      bestWeight = w;
    }
  }
  return best;
}

/** The reason an enhanced code implies on its own ("5.1.1" → userunknown), where it implies one. */
export function reasonFromCode(enhanced: string | null): Reason | null {
  if (!enhanced) return null;
  if (enhanced.startsWith('2.')) return 'delivered';
  return byCode.get(enhanced) ?? byCode.get(`X${enhanced.slice(1)}`) ?? null;
}
