/** What every listener is handed: the core, the store, the guards and a few settings. */
import type { Logger } from '@slack/bolt';
import type { Core } from './core.js';
import type { Guards } from './guard/index.js';
import type { SettingsStore } from './store/index.js';

export interface RetryPolicy {
  /** Extra attempts after the first, for response_url posts (the Web API client has its own). */
  retries: number;
  /** First back-off; doubled per attempt. */
  baseDelayMs: number;
  /** Longest Retry-After we are willing to sleep through before giving up. */
  maxWaitMs: number;
}

export interface Ctx {
  core: Core;
  store: SettingsStore;
  guards: Guards;
  logger: Logger;
  /** The app's default language; a channel setting overrides it. */
  lang: string;
  retry: RetryPolicy;
}

/** The language for a channel: its own setting, else the app's default. */
export async function langFor(ctx: Ctx, channelId: string | undefined): Promise<string> {
  if (!channelId) return ctx.lang;
  const settings = await ctx.store.getChannel(channelId);
  return settings.lang ?? ctx.lang;
}
