/**
 * All reason rules, and what their phrases and codes say of a text: the phrases are found by the
 * scanner in scan.ts, the first phrase in `phraseList` order winning at each position.
 */
import type { Reason } from '../../catalog/schema.js';
import { PhraseScanner } from './scan.js';
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
  authfailure, badreputation, blocked, contenterror, delivered, exceedlimit, expired,
  failedstarttls, feedback, filtered, hasmoved, hostunknown, mailboxfull, mailererror, mesgtoobig,
  networkerror, norelaying, notaccept, notcompliantrfc, onhold, policyviolation, rejected,
  requireptr, securityerror, spamdetected, speeding, suppressed, suspend, syntaxerror, systemerror,
  systemfull, toomanyconn, undefinedReason, userunknown, vacation, virusdetected,
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
 * The phrase scanner, built on first use: reading every phrase's source for where it can match
 * takes tens of milliseconds, which `smtp 421` and other lookups that never read wording need not pay.
 */
let scanner: PhraseScanner | undefined;

const byCode = new Map<string, Reason>();
for (const r of reasonRules) for (const c of r.codes ?? []) byCode.set(c, r.reason);

const weight = new Map<Reason, number>(reasonRules.map((r) => [r.reason, r.weight]));

export function reasonWeight(reason: Reason): number {
  return weight.get(reason) ?? 0;
}

/** The local part of an e-mail address (the part before "@" and a domain). */
const LOCAL_PART = /[A-Za-z0-9._%+'=-]{1,64}(?=@[A-Za-z0-9-]{1,63}\.)/g;

/**
 * The text with each address's local part blanked: a mailbox's name is no wording ("virus-alerts@…",
 * "spammer@…" refused as unknown users are not a virus or spam verdict). Domains stay: a
 * blocklist's host name ("zen.spamhaus.org") is evidence.
 */
export function withoutLocalParts(text: string): string {
  return text.includes('@') ? text.replace(LOCAL_PART, 'x') : text;
}

/** Every reason whose wording appears in the text, with the weight of its strongest phrase there. */
export function reasonsInText(raw: string): Map<Reason, number> {
  const found = new Map<Reason, number>();
  if (!raw) return found;
  const text = withoutLocalParts(raw);
  scanner ??= new PhraseScanner(phraseList.map((x) => x.p));
  scanner.scan(text, (phrase) => {
    const reason = groupReason[phrase]!;
    const w = groupWeight[phrase]!;
    if ((found.get(reason) ?? -1) < w) found.set(reason, w);
  });
  return found;
}

/** Reasons that have phrases at all: the others are never found in wording. */
const worded = new Set<Reason>(reasonRules.filter((r) => r.phrases.length > 0).map((r) => r.reason));

/** Whether a phrase of this reason wins somewhere in the text (`reasonsInText(text).has(reason)`, sooner). */
export function textHasReason(text: string, reason: Reason): boolean {
  if (!text || !worded.has(reason)) return false;
  scanner ??= new PhraseScanner(phraseList.map((x) => x.p));
  let found = false;
  scanner.scan(withoutLocalParts(text), (phrase) => (found = groupReason[phrase] === reason));
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
