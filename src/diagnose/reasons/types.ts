import type { Reason } from '../../catalog/schema.js';

/**
 * What one bounce reason is recognised by. Each reason keeps its rules in its own file under
 * `reasons/`, so adding the next wording a server uses is one edit in one place.
 */
export interface ReasonRule {
  reason: Reason;
  /**
   * Wordings, as case-insensitive regular-expression sources. Keep each one linear: literals,
   * character classes and bounded gaps like `.{0,20}` only — no nested or unbounded repeats.
   * A `[phrase, weight]` pair gives one wording a weight of its own, for a wording so specific
   * that it should beat other reasons' generic ones ("permission to post" beats "may not exist").
   */
  phrases: (string | [phrase: string, weight: number])[];
  /** Enhanced codes ("X.1.1" for any class, or "5.7.26") that mean this reason when no wording decides. */
  codes?: string[];
  /** When wordings of several reasons appear in one reply, the highest weight wins. */
  weight: number;
}
