/**
 * All reason rules, and the scan that finds their phrases (case-insensitive regular-expression
 * sources) in a text: at each position, the first phrase in `phraseList` order that matches there,
 * as one alternation of them all would find it, without running every phrase everywhere.
 */
import type { Reason } from '../../catalog/schema.js';
import { requiredText, startsOf } from '../pattern-starts.js';
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

/*
 * Where each phrase can match. One alternation of all phrases makes V8 try every phrase at every
 * position, and one per first character still runs a regular expression at nearly every word. So
 * the characters a phrase's match can start with are read from its source (`startsOf`), phrases are
 * indexed by their first KEY of them, and a position runs only the alternation of the phrases that
 * can start with the characters it holds, once its text begins with what they all begin with: at
 * most positions no regular expression runs. Under `i` without `u` an ASCII character matches only
 * its ASCII case twin, so comparing ASCII-folded characters is exact. The few "loose" phrases that
 * may start otherwise (`[a-z0-9-]{1,63}…`, a non-ASCII letter) run as one lookahead alternation V8
 * moves along the text itself. At a position the phrase first in `phraseList` wins, as in one
 * alternation, and positions right after a letter (where the `(?<![a-z])` guard fails) are skipped.
 */
const KEY = 3;
/** How far starts are followed to find what a group's phrases all begin with. */
const HEAD = 12;

/** An alternation of phrases: sticky at one position, or as a lookahead V8 moves along the text. */
interface PhraseGroup { re: RegExp; phrase: number[]; head: string }

function phraseGroup(indices: number[], lookahead: boolean, head = ''): PhraseGroup | null {
  if (indices.length === 0) return null;
  const alternatives = indices.map((i) => `(${phraseList[i]!.p})`).join('|');
  const re = lookahead ? new RegExp(`(?<![a-z])(?=(?:${alternatives}))`, 'gi') : new RegExp(`(?<![a-z])(?:${alternatives})`, 'iy');
  return { re, phrase: indices, head };
}

/** A KEY-character start as one number: two characters pick a row of CELLS, the third a cell. */
const keyOf = (s: string) => (s.charCodeAt(0) << 14) | (s.charCodeAt(1) << 7) | s.charCodeAt(2);
const phraseKeys = phraseList.map((x) => {
  const starts = startsOf(x.p, KEY);
  return starts.every((st) => st.s.length >= KEY) ? [...new Set(starts.map((st) => keyOf(st.s)))] : null;
});
const byKey = new Map<number, number[]>();
phraseKeys.forEach((keys, i) => keys?.forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), i])));
/** Row of CELLS by the first two characters (0: no phrase starts so); a cell is 1 + the index in GROUPS. */
const PAIRS = new Uint16Array(128 * 128);
let rowCount = 0;
for (const k of byKey.keys()) PAIRS[k >> 7] ||= ++rowCount;
const CELLS = new Uint16Array((rowCount + 1) * 128);
const GROUPS: PhraseGroup[] = [];
for (const [k, indices] of byKey) {
  // What every start of the group's phrases with this key begins with: checked before the group runs.
  const key = String.fromCharCode(k >> 14, (k >> 7) & 127, k & 127);
  const heads = indices.flatMap((i) => {
    const starts = startsOf(phraseList[i]!.p, HEAD);
    // A start shorter than the key only comes of a source too branchy to follow: assume the key alone.
    const own = starts.some((st) => st.s.length < KEY) ? [] : starts.filter((st) => st.s.startsWith(key)).map((st) => st.s);
    return own.length ? own : [key];
  });
  let head = heads[0]!;
  for (const h of heads) while (!h.startsWith(head)) head = head.slice(0, -1);
  CELLS[(PAIRS[k >> 7]! << 7) | (k & 127)] = GROUPS.push(phraseGroup(indices, false, head)!);
}

const looseIndices = phraseList.flatMap((_, i) => (phraseKeys[i] ? [] : [i]));
const looseNeeds = looseIndices.map((i) => requiredText(phraseList[i]!.p));
const looseGroups = new Map<string, PhraseGroup | null>();

/** The lookahead alternation of the loose phrases that can match in this text, in order. */
function looseGroup(text: string): PhraseGroup | null {
  const present = looseIndices.filter((_, k) => looseNeeds[k]?.test(text) ?? true);
  const id = present.join();
  let group = looseGroups.get(id);
  if (group === undefined) {
    group = phraseGroup(present, true);
    if (looseGroups.size < 64) looseGroups.set(id, group);
  }
  return group;
}

/** The phrase whose capture group matched: the first alternative that did. */
function matched(group: PhraseGroup, m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return group.phrase[i - 1]!;
  return -1;
}

const foldCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether the text, ASCII-folded, holds `head` at `at` past its first KEY characters (already compared). */
function headAt(text: string, head: string, at: number): boolean {
  if (at + head.length > text.length) return false;
  for (let j = KEY; j < head.length; j++) if (foldCode(text.charCodeAt(at + j)) !== head.charCodeAt(j)) return false;
  return true;
}

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
  const n = text.length;
  // The next place a loose phrase matches. Its guard is the one that skips positions here, so it
  // only stops at positions this loop reads.
  const looseRe = looseGroup(text);
  let loose: RegExpExecArray | null = null;
  if (looseRe) {
    looseRe.re.lastIndex = 0;
    loose = looseRe.re.exec(text);
  }
  let before = 0;
  // Every position in turn, also inside an earlier match: phrases of other reasons may overlap it.
  for (let at = 0; at < n; at++) {
    const code = text.charCodeAt(at);
    const afterLetter = (before | 32) >= 97 && (before | 32) <= 122;
    before = code;
    if (afterLetter) continue;
    let phrase = -1;
    const a = foldCode(code);
    const b = at + 2 < n ? foldCode(text.charCodeAt(at + 1)) : 128;
    const row = a < 128 && b < 128 ? PAIRS[(a << 7) | b]! : 0;
    if (row !== 0) {
      const c = foldCode(text.charCodeAt(at + 2));
      const cell = c < 128 ? CELLS[(row << 7) | c]! : 0;
      const group = cell !== 0 ? GROUPS[cell - 1]! : null;
      if (group && (group.head.length === KEY || headAt(text, group.head, at))) {
        group.re.lastIndex = at;
        const m = group.re.exec(text);
        if (m) phrase = matched(group, m);
      }
    }
    if (loose && loose.index === at) {
      const p = matched(looseRe!, loose);
      if (phrase < 0 || p < phrase) phrase = p;
      looseRe!.re.lastIndex = at + 1;
      loose = looseRe!.re.exec(text);
    }
    if (phrase < 0) continue;
    const reason = groupReason[phrase]!;
    const w = groupWeight[phrase]!;
    if ((found.get(reason) ?? -1) < w) found.set(reason, w);
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
