/**
 * What the bot needs to know about a person: their Slack locale (the language of their answers) and
 * a name for "Shared by". One users.info call per person per TTL serves both; concurrent requests
 * for the same person share the call in flight. A failing or slow users.info never holds an answer
 * up: the caller stops waiting and the answer falls back to the default language.
 */
import type { Logger, webApi } from '@slack/bolt';
import { truncate } from '../present/blocks/index.js';
import { TtlCache } from './guard/ttl-cache.js';

export interface UserInfo {
  /** Slack's locale tag, e.g. "ko-KR"; absent when unknown. */
  locale?: string;
  /** Display name as plain text (never a mention: that would notify them about their own share). */
  name?: string;
}

export interface UserDirectoryOptions {
  /** How long a person's answer from users.info is reused. */
  ttlMs?: number;
  /** How long a failed look-up is remembered, so an outage does not turn every message into a call. */
  failureTtlMs?: number;
  /** Longest a reply waits for a look-up in flight before going on without it. */
  waitMs?: number;
  maxEntries?: number;
}

const DEFAULTS = { ttlMs: 60 * 60 * 1000, failureTtlMs: 5 * 60 * 1000, waitMs: 2_000, maxEntries: 10_000 };

export class UserDirectory {
  private readonly cache: TtlCache<Promise<UserInfo>>;
  private readonly opts: Required<UserDirectoryOptions>;

  /** `client` should not retry on its own: a retried look-up would only delay the answer it serves. */
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    opts: UserDirectoryOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
    this.cache = new TtlCache(this.opts.maxEntries, this.opts.ttlMs);
  }

  /** Everything known about `user`, waiting at most `waitMs`; {} when Slack cannot tell in time. */
  async get(user: string, waitMs = this.opts.waitMs): Promise<UserInfo> {
    let pending = this.cache.get(user);
    if (!pending) {
      pending = this.fetch(user);
      this.cache.set(user, pending);
    }
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<UserInfo>((resolve) => {
      timer = setTimeout(() => resolve({}), waitMs);
    });
    try {
      return await Promise.race([pending, giveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  async locale(user: string, waitMs?: number): Promise<string | undefined> {
    return (await this.get(user, waitMs)).locale;
  }

  async name(user: string): Promise<string | undefined> {
    return (await this.get(user)).name;
  }

  private async fetch(user: string): Promise<UserInfo> {
    try {
      const info = await this.client.users.info({ user, include_locale: true });
      const name = info.user?.profile?.display_name || info.user?.real_name || info.user?.name;
      return { ...(info.user?.locale ? { locale: info.user.locale } : {}), ...(name ? { name: truncate(name, 80) } : {}) };
    } catch (error) {
      this.logger.warn(`users.info failed, answering in the default language: ${describeError(error)}`);
      this.cache.set(user, Promise.resolve({}), this.opts.failureTtlMs);
      return {};
    }
  }
}

function describeError(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; message?: string } | undefined;
  return [e?.code, e?.data?.error, e?.message].filter(Boolean).join(': ') || String(error);
}
