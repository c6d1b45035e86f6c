/**
 * Builds the Bolt app for Socket Mode or HTTP and wires every listener to the shared guards. The
 * Web API client is pointed at `apiUrl` (Slack, a proxy, or a test server) with a bounded retry
 * policy: 429 waits for Retry-After, 5xx and network errors back off, and then we give up instead of
 * retrying for half an hour as the client's default would.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, webApi, type Logger } from '@slack/bolt';
import { messages, resolveLang } from '../present/i18n/index.js';
import type { Ctx, RetryPolicy } from './context.js';
import { realCore, type Core } from './core.js';
import { FileReader } from './files.js';
import { Guards, type BurstSummary } from './guard/index.js';
import { registerActions } from './listeners/actions/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerEvents } from './listeners/events/index.js';
import { registerMessages } from './listeners/messages/index.js';
import { registerShortcuts } from './listeners/shortcuts/index.js';
import { registerViews } from './listeners/views/index.js';
import { channelLang } from './lang.js';
import type { SettingsStore } from './store/index.js';
import { UserDirectory, type UserDirectoryOptions } from './users.js';

export type SlackAppOptions = (
  | { mode: 'socket'; botToken: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string }
) & {
  apiUrl: string;
  store: SettingsStore;
  core?: Core;
  lang?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  guard?: { threadWindowMs?: number; burstMaxReplies?: number; burstWindowMs?: number };
  users?: UserDirectoryOptions;
};

export interface SlackApp {
  app: App;
  ctx: Ctx;
  /** Starts listening (HTTP) or connecting (Socket Mode); resolves with the HTTP port when there is one. */
  start(port?: number, host?: string): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

const LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxWaitMs: 60_000 };

export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
  const logLevel = LEVELS[opts.logLevel ?? 'info'];
  const clientOptions = {
    slackApiUrl: opts.apiUrl,
    retryConfig: { retries: retry.retries, factor: 2, minTimeout: retry.baseDelayMs, maxTimeout: retry.maxWaitMs },
    rejectRateLimitedCalls: false,
  };
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (opts.mode === 'http') {
    receiver = new HTTPReceiver({
      signingSecret: opts.signingSecret,
      endpoints: '/slack/events',
      // Ack first, work after: Slack wants an answer within 3 seconds.
      processBeforeResponse: false,
      logLevel,
      ...(opts.logger ? { logger: opts.logger } : {}),
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"ok":true}');
          },
        },
      ],
    });
    app = new App({ token: opts.botToken, receiver, clientOptions, logLevel, ...(opts.logger ? { logger: opts.logger } : {}) });
  } else {
    app = new App({
      token: opts.botToken,
      appToken: opts.appToken,
      socketMode: true,
      clientOptions,
      // The Socket Mode client opens its connection (apps.connections.open) with its own Web API
      // client, configured from here rather than from clientOptions.
      installerOptions: { clientOptions },
      logLevel,
      ...(opts.logger ? { logger: opts.logger } : {}),
    });
  }

  const onBurstSummary = (s: BurstSummary) => {
    const codes = s.codes.slice(0, 8).map((c) => (c.count > 1 ? `${c.code} ×${c.count}` : c.code)).join(', ');
    // Many people pasted: the channel's language, not any one poster's.
    channelLang(ctx, s.channel)
      .then((lang) =>
        app.client.chat.postMessage({ channel: s.channel, text: messages(lang).slack.burst(s.suppressed, codes), unfurl_links: false, unfurl_media: false }),
      )
      .catch((e: unknown) => ctx.logger.error(`burst summary failed: ${String(e)}`));
  };
  // users.info gets its own client that neither retries nor waits out a 429: a person's locale is
  // worth one quick try, never a delayed answer (users.ts falls back to the default language).
  const directoryClient = new webApi.WebClient(opts.botToken, {
    slackApiUrl: opts.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 5_000,
    logger: app.logger,
  });
  const ctx: Ctx = {
    core: opts.core ?? realCore,
    store: opts.store,
    guards: new Guards({ onBurstSummary, ...opts.guard }),
    logger: app.logger,
    users: new UserDirectory(directoryClient, app.logger, opts.users),
    lang: resolveLang(opts.lang),
    retry,
    files: new FileReader({
      botToken: opts.botToken,
      apiUrl: opts.apiUrl,
      info: async (id) => (await app.client.files.info({ file: id })).file,
    }),
  };

  registerCommands(app, ctx);
  registerEvents(app, ctx);
  registerMessages(app, ctx);
  registerActions(app, ctx);
  registerShortcuts(app, ctx);
  registerViews(app, ctx);
  // Listeners catch their own failures; this is the net for anything in Bolt's own middleware.
  app.error(async (error) => {
    ctx.logger.error(`unhandled error in a listener: ${error.message}`);
  });

  return {
    app,
    ctx,
    async start(port = 3000, host?: string) {
      if (!receiver) {
        await app.start();
        return {};
      }
      const server = await receiver.start(host ? { port, host } : port);
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      ctx.guards.stop();
      await app.stop();
    },
  };
}
