/**
 * Keeps auto-replies from becoming noise: one per thread per window unless the paste brings codes
 * the thread has not seen, and a burst of pastes in one channel turns into one summary.
 */
import { TtlCache } from './ttl-cache.js';

const TEN_MINUTES = 10 * 60 * 1000;

export class ThreadLimiter {
  private readonly threads: TtlCache<Set<string>>;

  constructor(windowMs = TEN_MINUTES, maxThreads = 10_000, now: () => number = Date.now) {
    this.threads = new TtlCache(maxThreads, windowMs, now);
  }

  /** Whether a reply may go to this thread now; records it when it may. */
  allow(threadKey: string, codes: readonly string[]): boolean {
    const seen = this.threads.get(threadKey);
    if (seen && !codes.some((c) => !seen.has(c))) return false;
    this.threads.set(threadKey, new Set([...(seen ?? []), ...codes]));
    return true;
  }
}

export interface BurstSummary {
  channel: string;
  suppressed: number;
  /** Codes in the suppressed pastes, most frequent first. */
  codes: { code: string; count: number }[];
}

interface Window {
  started: number;
  replies: number;
  suppressed: number;
  codes: Map<string, number>;
  timer?: NodeJS.Timeout;
}

export class BurstGuard {
  private readonly windows: TtlCache<Window>;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly onSummary: (summary: BurstSummary) => void,
    private readonly maxReplies = 3,
    private readonly windowMs = 60_000,
    maxChannels = 5_000,
    private readonly now: () => number = Date.now,
  ) {
    this.windows = new TtlCache(maxChannels, windowMs * 2, now);
  }

  /** True when this paste gets its own reply; false when it is folded into the channel's summary. */
  admit(channel: string, codes: readonly string[]): boolean {
    const t = this.now();
    let w = this.windows.get(channel);
    if (!w || t - w.started >= this.windowMs) {
      w = { started: t, replies: 0, suppressed: 0, codes: new Map() };
      this.windows.set(channel, w);
    }
    if (w.replies < this.maxReplies) {
      w.replies += 1;
      return true;
    }
    w.suppressed += 1;
    for (const c of codes) w.codes.set(c, (w.codes.get(c) ?? 0) + 1);
    if (!w.timer) {
      const win = w;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.flush(channel, win);
      }, Math.max(0, win.started + this.windowMs - t));
      timer.unref();
      w.timer = timer;
      this.timers.add(timer);
    }
    return false;
  }

  private flush(channel: string, w: Window): void {
    const codes = [...w.codes.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
    const summary: BurstSummary = { channel, suppressed: w.suppressed, codes };
    w.suppressed = 0;
    w.codes.clear();
    w.timer = undefined;
    try {
      this.onSummary(summary);
    } catch {
      // The summary is a courtesy; a failure to post it must not take anything else down.
    }
  }

  /** Stops pending summaries (on shutdown). */
  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
