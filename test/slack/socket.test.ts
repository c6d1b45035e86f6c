/**
 * Socket Mode end to end: the real Bolt app connects (apps.connections.open through SLACK_API_URL)
 * to a WebSocket endpoint on loopback, receives envelopes, acks them, and answers through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { SqliteSettingsStore } from '../../src/slack/store/index.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { FakeSocket } from './fake-socket.js';
import { silentLogger } from './harness.js';
import { USER, eventBody, nextTs, settle, slashCommandBody, waitFor } from './signed.js';

let fake: FakeSlack;
let socket: FakeSocket;
let slack: SlackApp;
let store: SqliteSettingsStore;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  socket = await new FakeSocket().start();
  fake.socketUrl = socket.url;
  store = new SqliteSettingsStore(':memory:');
  slack = createSlackApp({ mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl, store, logger: silentLogger });
  await slack.start();
  await socket.ready;
});
afterAll(async () => {
  await slack.stop().catch(() => undefined);
  await socket.stop();
  await fake.stop();
  store.close();
});

describe('Socket Mode', () => {
  it('opened its connection through the configured API URL', () => {
    expect(fake.of('apps.connections.open')).toHaveLength(1);
  });

  it('acks an event envelope and answers a mention once, even when the envelope is redelivered', async () => {
    const event = { type: 'app_mention', user: USER, text: `<@${BOT_USER_ID}> 421`, ts: nextTs(), channel: 'C0SOCK001', event_ts: '1' };
    const payload = JSON.parse(eventBody(event)) as Record<string, unknown>;
    socket.sendJson({ envelope_id: 'env-1', payload, type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '' });
    await waitFor(() => socket.acks.some((a) => a.envelope_id === 'env-1'));
    await waitFor(() => fake.of('chat.postMessage').length > 0);
    socket.sendJson({ envelope_id: 'env-2', payload, type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout' });
    await waitFor(() => socket.acks.some((a) => a.envelope_id === 'env-2'));
    await settle(300);
    const posts = fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C0SOCK001', thread_ts: event.ts });
  });

  it('handles a slash command over the socket and answers through response_url', async () => {
    const url = fake.responseUrl('sock/1');
    const payload = Object.fromEntries(new URLSearchParams(slashCommandBody('5.7.26', url)));
    socket.sendJson({ envelope_id: 'env-3', payload, type: 'slash_commands', accepts_response_payload: true });
    await waitFor(() => socket.acks.some((a) => a.envelope_id === 'env-3'));
    const [reply] = await waitFor(() => fake.of('response:sock/1').length > 0 && fake.of('response:sock/1'));
    expect(JSON.stringify(reply!.body.blocks)).toContain('5.7.26');
  });
});
