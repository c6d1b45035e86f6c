/** Starts the real Bolt app in HTTP mode against a fake Slack, both on 127.0.0.1. */
import type { Logger } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/slack/app.js';
import { SqliteSettingsStore } from '../../src/slack/store/index.js';
import { FakeSlack } from './fake-slack.js';
import { FORM, SIGNING_SECRET, USER, sendSigned, slashCommandBody, waitFor } from './signed.js';

/** For tests that provoke errors on purpose: keeps the output readable. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => 'error' as ReturnType<Logger['getLevel']>,
  setName() {},
};

export interface Harness {
  fake: FakeSlack;
  slack: SlackApp;
  store: SqliteSettingsStore;
  url: string;
  events: string;
  stop(): Promise<void>;
}

export async function startHarness(extra: Partial<SlackAppOptions> = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const store = new SqliteSettingsStore(':memory:');
  const slack = createSlackApp({
    mode: 'http',
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    store,
    logLevel: 'error',
    retry: { retries: 2, baseDelayMs: 20, maxWaitMs: 5_000 },
    ...extra,
  } as SlackAppOptions);
  const { port } = await slack.start(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    fake,
    slack,
    store,
    url,
    events: `${url}/slack/events`,
    async stop() {
      await slack.stop();
      await fake.stop();
      store.close();
    },
  };
}

/** What a slash command posted to its response_url: its text, its blocks as JSON text, the whole body. */
export interface SlashReply { text: string; blocks: string; body: Record<string, unknown> }

/**
 * Runs `/smtp <text>` as `user` in `channel` and waits for what it posts to its response_url
 * (`id` names the response_url, so each call's reply is told apart).
 */
export async function runSlash(h: Harness, text: string, opts: { id: string; channel: string; user?: string }): Promise<SlashReply> {
  await sendSigned(h.events, slashCommandBody(text, h.fake.responseUrl(opts.id), opts.channel, opts.user ?? USER), FORM);
  const [reply] = await waitFor(() => h.fake.of(`response:${opts.id}`).length > 0 && h.fake.of(`response:${opts.id}`));
  return { text: String(reply!.body.text), blocks: JSON.stringify(reply!.body.blocks ?? []), body: reply!.body };
}

/**
 * One harness for a test file: started before its tests (`ready` receives it, to keep and set up),
 * the fake Slack's record reset before each test, stopped after all.
 */
export function harnessForFile(extra: Partial<SlackAppOptions>, ready: (h: Harness) => void): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(extra);
    ready(h);
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h?.fake.reset());
}
