/** The guards every listener passes through, bundled per app instance. */
import { Dedupe } from './dedupe.js';
import { WorkLimiter } from './limiter.js';
import { BurstGuard, ThreadLimiter, type BurstSummary } from './rate.js';
import { TtlCache } from './ttl-cache.js';

export interface GuardOptions {
  threadWindowMs?: number;
  burstMaxReplies?: number;
  burstWindowMs?: number;
  onBurstSummary: (summary: BurstSummary) => void;
}

export class Guards {
  readonly dedupe = new Dedupe();
  readonly threads: ThreadLimiter;
  readonly burst: BurstGuard;
  /** Share payloads too long for a button value, kept for an hour. */
  readonly shares = new TtlCache<string>(2_000, 60 * 60 * 1000);
  /** Unasked diagnoses (channel pastes) in flight. */
  readonly pastes = new WorkLimiter();

  constructor(opts: GuardOptions) {
    this.threads = new ThreadLimiter(opts.threadWindowMs);
    this.burst = new BurstGuard(opts.onBurstSummary, opts.burstMaxReplies, opts.burstWindowMs);
  }

  stop(): void {
    this.burst.stop();
  }
}

export { Dedupe, messageKeys } from './dedupe.js';
export { isFromHuman, mentions, withoutMention, type MessageLike } from './filter.js';
export { BurstGuard, ThreadLimiter, type BurstSummary } from './rate.js';
export { codesInQuery, codesOf, redactAnswer, redactText, REDACTED_ADDRESS, REDACTED_IP } from './sanitize.js';
export { TtlCache } from './ttl-cache.js';
export { WorkLimiter } from './limiter.js';
