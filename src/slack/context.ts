/** What every listener is handed: the core, the store, the guards, the user directory and a few settings. */
import type { Logger } from '@slack/bolt';
import type { Core } from './core.js';
import type { FileReader } from './files.js';
import type { Guards } from './guard/index.js';
import type { SettingsStore } from './store/index.js';
import type { UserDirectory } from './users.js';

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
  /** Locales and names of people, cached (see lang.ts for how a reply's language is chosen). */
  users: UserDirectory;
  /** The app's default language: the last choice, after the flag, the channel and the person. */
  lang: string;
  retry: RetryPolicy;
  /** Downloads files shared with a message (only from Slack, with the bot token). */
  files: FileReader;
}
