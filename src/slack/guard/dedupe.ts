/**
 * Answers each thing once. Slack redelivers an event when the ack was late (HTTP, with
 * X-Slack-Retry-Num) or a socket dropped; a mention also arrives as a `message` event. Every key
 * that identifies "this message" is claimed, and the first claim wins.
 */
import { TtlCache } from './ttl-cache.js';

export class Dedupe {
  private readonly seen: TtlCache<true>;

  constructor(maxEntries = 20_000, ttlMs = 60 * 60 * 1000, now: () => number = Date.now) {
    this.seen = new TtlCache(maxEntries, ttlMs, now);
  }

  /** True the first time any of `keys` is seen; false when one was claimed before. Empty keys are skipped. */
  claim(...keys: (string | undefined | null)[]): boolean {
    const real = keys.filter((k): k is string => typeof k === 'string' && k.length > 0);
    if (real.some((k) => this.seen.has(k))) return false;
    for (const k of real) this.seen.set(k, true);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/** The keys that identify one user message, however it reached us. */
export function messageKeys(channel: string | undefined, ts: string | undefined, clientMsgId?: string): string[] {
  const keys: string[] = [];
  if (channel && ts) keys.push(`msg:${channel}:${ts}`);
  if (clientMsgId) keys.push(`cmid:${clientMsgId}`);
  return keys;
}
