/**
 * When the store breaks, every user who asked still gets a short apology, and the process keeps
 * serving. (The core is the real one; only the settings store is replaced by one that fails.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsStore } from '../../src/slack/store/index.js';
import { BOT_USER_ID } from './fake-slack.js';
import { silentLogger, startHarness, type Harness } from './harness.js';
import { FORM, JSON_TYPE, USER, eventBody, nextTs, sendSigned, slashCommandBody, waitFor } from './signed.js';

const broken: SettingsStore = {
  getChannel: () => Promise.reject(new Error('disk I/O error')),
  setAutoReply: () => Promise.reject(new Error('disk I/O error')),
  setLang: () => Promise.reject(new Error('disk I/O error')),
  recordLookups: () => Promise.reject(new Error('disk I/O error')),
  topLookups: () => Promise.reject(new Error('disk I/O error')),
  close: () => undefined,
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ store: broken, logger: silentLogger });
});
afterAll(async () => {
  await h.stop();
});

describe('a failing store', () => {
  it('turns /smtp into an apology, not silence', async () => {
    const url = h.fake.responseUrl('broken/1');
    expect((await sendSigned(h.events, slashCommandBody('421', url), FORM)).status).toBe(200);
    const [reply] = await waitFor(() => h.fake.of('response:broken/1').length > 0 && h.fake.of('response:broken/1'));
    expect(String(reply!.body.text)).toMatch(/sorry/i);
  });

  it('turns a mention into a private apology and keeps the process serving', async () => {
    const event = { type: 'app_mention', user: USER, text: `<@${BOT_USER_ID}> 421`, ts: nextTs(), channel: 'C0CHAN01', event_ts: '1' };
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [apology] = await waitFor(() => h.fake.of('chat.postEphemeral').length > 0 && h.fake.of('chat.postEphemeral'));
    expect(apology!.body).toMatchObject({ user: USER, channel: 'C0CHAN01' });
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
