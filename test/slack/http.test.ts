/**
 * The real Bolt app in HTTP mode, driven by signed requests shaped exactly like Slack's, talking to
 * a Slack-compatible API on loopback. Assertions are on what reached that API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Message } from '../present/blocks/schema.js';
import { BOT_ID, BOT_USER_ID } from './fake-slack.js';
import { startHarness, type Harness } from './harness.js';
import {
  FORM,
  JSON_TYPE,
  USER,
  eventBody,
  interactionBody,
  nextTs,
  searchSubmission,
  sendSigned,
  settle,
  slashCommandBody,
  waitFor,
} from './signed.js';

const BOUNCE =
  '<jane.doe@example.org>: host mx.example.org[203.0.113.25] said: 550 5.1.1 <jane.doe@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)';

let h: Harness;
let rid = 0;
const responseUrl = () => h.fake.responseUrl(`T0001/${++rid}/hook`);
const responses = (url: string) => h.fake.of(`response:${url.split('/response/')[1]}`);

beforeAll(async () => {
  h = await startHarness({ guard: { burstMaxReplies: 3, burstWindowMs: 400 } });
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => h.fake.reset());

async function slash(text: string, channel = 'C0CHAN01') {
  const url = responseUrl();
  const res = await sendSigned(h.events, slashCommandBody(text, url, channel), FORM);
  return { res, url };
}

function mentionEvent(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'app_mention', user: USER, text, ts: nextTs(), channel: 'C0CHAN01', event_ts: '1', client_msg_id: crypto.randomUUID(), ...extra };
}

function messageEvent(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'message', channel_type: 'channel', user: USER, text, ts: nextTs(), channel: 'C0CHAN01', event_ts: '1', client_msg_id: crypto.randomUUID(), ...extra };
}

function blockAction(action: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    type: 'block_actions',
    user: { id: USER, username: 'oncall', name: 'oncall', team_id: 'T0001' },
    api_app_id: 'A0APP001',
    token: 'legacy',
    container: { type: 'message', message_ts: nextTs(), channel_id: 'C0CHAN01', is_ephemeral: true },
    trigger_id: '1234.5678.abcd',
    team: { id: 'T0001', domain: 'example' },
    channel: { id: 'C0CHAN01', name: 'oncall' },
    response_url: responseUrl(),
    actions: [{ block_id: 'b1', action_ts: '1', ...action }],
    ...extra,
  };
}

describe('HTTP endpoints and request verification', () => {
  it('answers GET /healthz', async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('rejects a forged signature with 401 and calls nothing', async () => {
    const { url } = { url: responseUrl() };
    const res = await sendSigned(h.events, slashCommandBody('421', url), FORM, { signature: 'v0=' + '0'.repeat(64) });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a body signed with another secret', async () => {
    const res = await sendSigned(h.events, eventBody(mentionEvent(`<@${BOT_USER_ID}> 421`)), JSON_TYPE, { secret: 'ffffffffffffffffffffffffffffffff' });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a correctly signed request older than five minutes', async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await sendSigned(h.events, slashCommandBody('421', responseUrl()), FORM, { timestamp: old });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('answers url_verification', async () => {
    const res = await sendSigned(h.events, JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), JSON_TYPE);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });
});

describe('/smtp', () => {
  it('acks at once and answers privately through response_url, in Block Kit', async () => {
    const started = Date.now();
    const { res, url } = await slash('421');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const [call] = await waitFor(() => responses(url).length > 0 && responses(url));
    const body = call!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(body.unfurl_links).toBe(false);
    expect(Message.safeParse(body).error?.issues ?? []).toEqual([]);
    const blocks = JSON.stringify(body.blocks);
    expect(JSON.stringify((body.blocks as unknown[])[0])).toContain('421');
    expect(blocks).toContain('smtp_share');
    expect(blocks).toContain('smtp_fix');
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  it('handles 550 5.1.1, 5.7.26, compare, search and help', async () => {
    for (const q of ['550 5.1.1', '5.7.26', '251 vs 421', 'search mailbox full', 'help', '']) {
      const { url } = await slash(q);
      const [call] = await waitFor(() => responses(url).length > 0 && responses(url));
      expect(Message.safeParse(call!.body).error?.issues ?? [], q).toEqual([]);
    }
  });

  it('never lets a broadcast or user mention from the query reach Slack', async () => {
    const { url } = await slash('<!channel> <!here> <!subteam^S0123|@oncall> <@U0OTHER1> mailbox');
    const [call] = await waitFor(() => responses(url).length > 0 && responses(url));
    const json = JSON.stringify(call!.body);
    expect(json).not.toMatch(/<!(channel|here|subteam)|<@U0OTHER1/);
  });

  it('sets, keeps and reports auto-reply per channel', async () => {
    const off = await slash('autoreply off', 'C0SETTING');
    await waitFor(() => responses(off.url).length > 0);
    expect(String(responses(off.url)[0]!.body.text)).toContain('off');
    expect((await h.store.getChannel('C0SETTING')).autoReply).toBe(false);
    expect((await h.store.getChannel('C0CHAN01')).autoReply).toBe(true);
    const status = await slash('autoreply status', 'C0SETTING');
    await waitFor(() => responses(status.url).length > 0);
    expect(String(responses(status.url)[0]!.body.text)).toContain('off');
    const on = await slash('autoreply on', 'C0SETTING');
    await waitFor(() => responses(on.url).length > 0);
    expect((await h.store.getChannel('C0SETTING')).autoReply).toBe(true);
  });

  it('retries a response_url that fails with 503 and then delivers once', async () => {
    const url = responseUrl();
    h.fake.failNext(`response:${url.split('/response/')[1]}`, { status: 503 });
    await sendSigned(h.events, slashCommandBody('421', url), FORM);
    await waitFor(() => responses(url).length >= 2);
    await settle();
    expect(responses(url)).toHaveLength(2);
  });
});

describe('response_url rate limits', () => {
  it('waits for Retry-After on a 429 from response_url, then delivers', async () => {
    const url = responseUrl();
    h.fake.failNext(`response:${url.split('/response/')[1]}`, { status: 429, retryAfter: 1 });
    await sendSigned(h.events, slashCommandBody('421', url), FORM);
    await waitFor(() => responses(url).length >= 2, 5000);
    const [first, second] = responses(url);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });
});

describe('mentions', () => {
  it('answers in the thread, once, even when Slack retries and the message event also arrives', async () => {
    const event = mentionEvent(`<@${BOT_USER_ID}> 421`);
    const body = eventBody(event);
    expect((await sendSigned(h.events, body, JSON_TYPE)).status).toBe(200);
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
    await sendSigned(h.events, body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await sendSigned(h.events, body, JSON_TYPE, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    const { type: _t, ...rest } = event;
    await sendSigned(h.events, eventBody({ ...rest, type: 'message', channel_type: 'channel' }), JSON_TYPE);
    await settle(300);
    const posts = h.fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C0CHAN01', thread_ts: event.ts, unfurl_links: false, unfurl_media: false });
    expect(Message.safeParse(posts[0]!.body).error?.issues ?? []).toEqual([]);
    expect(JSON.stringify(posts[0]!.body.blocks)).not.toContain('smtp_share');
  });

  it('answers inside an existing thread', async () => {
    const event = mentionEvent(`<@${BOT_USER_ID}> 5.7.26`, { thread_ts: '1700000000.000001' });
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    expect(post!.body.thread_ts).toBe('1700000000.000001');
  });

  it('rides out a 500 and a 429 with Retry-After from the Web API', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 }, { status: 429, retryAfter: 1 });
    const started = Date.now();
    await sendSigned(h.events, eventBody(mentionEvent(`<@${BOT_USER_ID}> 421`)), JSON_TYPE);
    await waitFor(() => h.fake.of('chat.postMessage').length >= 3, 8000);
    const calls = h.fake.of('chat.postMessage');
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    await settle();
    expect(h.fake.of('chat.postMessage')).toHaveLength(3);
    expect(h.fake.of('chat.postEphemeral')).toEqual([]);
  });

  it('apologises privately when Slack keeps failing, and keeps serving afterwards', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 }, { status: 500 }, { status: 500 });
    await sendSigned(h.events, eventBody(mentionEvent(`<@${BOT_USER_ID}> 421`)), JSON_TYPE);
    const [apology] = await waitFor(() => h.fake.of('chat.postEphemeral').length > 0 && h.fake.of('chat.postEphemeral'), 8000);
    expect(apology!.body).toMatchObject({ channel: 'C0CHAN01', user: USER });
    expect(String(apology!.body.text)).toMatch(/sorry/i);
    h.fake.reset();
    await sendSigned(h.events, eventBody(mentionEvent(`<@${BOT_USER_ID}> 550`)), JSON_TYPE);
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
  });
});

describe('messages the bot must ignore', () => {
  const ignored: [string, Record<string, unknown>][] = [
    ['another bot', { bot_id: 'B0OTHER1', subtype: 'bot_message', username: 'alerts' }],
    ['a bot user without subtype', { bot_id: 'B0OTHER2', bot_profile: { id: 'B0OTHER2' } }],
    ['itself', { user: BOT_USER_ID, bot_id: BOT_ID }],
    ['an edit', { subtype: 'message_changed', message: { text: BOUNCE }, user: undefined }],
    ['a deletion', { subtype: 'message_deleted', user: undefined }],
    ['a join', { subtype: 'channel_join', text: '<@U0HUMAN1> has joined the channel' }],
  ];
  for (const [name, extra] of ignored) {
    it(`ignores ${name}`, async () => {
      await sendSigned(h.events, eventBody(messageEvent(BOUNCE, extra)), JSON_TYPE);
      await settle(200);
      expect(h.fake.of('chat.postMessage')).toEqual([]);
    });
  }

  it('stays silent on ordinary chatter', async () => {
    await sendSigned(h.events, eventBody(messageEvent('lunch at 12? the 421 bus is late')), JSON_TYPE);
    await settle(200);
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });
});

describe('auto-replies to pasted bounces', () => {
  it('answers once in the thread, however often Slack delivers it', async () => {
    const event = messageEvent(BOUNCE);
    const body = eventBody(event);
    await sendSigned(h.events, body, JSON_TYPE);
    await sendSigned(h.events, body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
    await settle(300);
    const posts = h.fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C0CHAN01', thread_ts: event.ts, unfurl_links: false });
    expect(Message.safeParse(posts[0]!.body).error?.issues ?? []).toEqual([]);
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('smtp_explain');
  });

  it('answers a pasted mailq with one explanation per verdict, within Block Kit limits', async () => {
    const pad = ' '.repeat(41);
    const mailq = ['-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
      ...Array.from({ length: 30 }, (_, i) => [`${(0x4a0000000 + i).toString(16).toUpperCase()}     1834 Sun Nov 29 10:01:02  alerts@ours.example`,
        i % 2 ? '(connect to mx.example.net[192.0.2.77]:25: Connection timed out)'
          : `(host mx.example.com[192.0.2.11] said: 450 4.2.0 <q${i}@example.com>: Recipient address rejected: Greylisted (in reply to RCPT TO command))`,
        `${pad}q${i}@example.com`, '']).flat(),
      '-- 60 Kbytes in 30 Requests.'].join('\n');
    const event = messageEvent(mailq, { channel: 'C0MAILQ1' });
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    await waitFor(() => h.fake.of('chat.postMessage').some((c) => c.body.channel === 'C0MAILQ1'));
    const post = h.fake.of('chat.postMessage').find((c) => c.body.channel === 'C0MAILQ1')!;
    expect(post.body).toMatchObject({ thread_ts: event.ts });
    expect(Message.safeParse(post.body).error?.issues ?? []).toEqual([]);
    const blocks = JSON.stringify(post.body.blocks);
    // Two verdicts, fifteen recipients each: two explanations, not thirty.
    expect(blocks.match(/Recipients \(15\)/g)).toHaveLength(2);
    expect(blocks).toContain('q0@example.com');
  });

  it('keeps mentions hidden in a paste from reaching Slack', async () => {
    const evil = `${BOUNCE} <!channel> <!here> <!subteam^S0123|@mail-team> <@U0OTHER1>`;
    await sendSigned(h.events, eventBody(messageEvent(evil, { channel: 'C0EVIL001' })), JSON_TYPE);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    expect(Message.safeParse(post!.body).error?.issues ?? []).toEqual([]);
    expect(JSON.stringify(post!.body)).not.toMatch(/<!(channel|here|subteam)|<@U0OTHER1/);
  });

  it('replies once per thread for the same codes', async () => {
    const first = messageEvent(BOUNCE, { channel: 'C0THREAD1' });
    await sendSigned(h.events, eventBody(first), JSON_TYPE);
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
    await sendSigned(h.events, eventBody(messageEvent(BOUNCE, { channel: 'C0THREAD1', thread_ts: first.ts })), JSON_TYPE);
    await settle(300);
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
  });

  it('is silent where auto-reply is off', async () => {
    await h.store.setAutoReply('C0QUIET01', false);
    await sendSigned(h.events, eventBody(messageEvent(BOUNCE, { channel: 'C0QUIET01' })), JSON_TYPE);
    await settle(300);
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  it('turns a burst of pastes in one channel into a few replies and one summary', async () => {
    for (let i = 0; i < 8; i++) await sendSigned(h.events, eventBody(messageEvent(BOUNCE, { channel: 'C0BURST01' })), JSON_TYPE);
    await waitFor(() => h.fake.of('chat.postMessage').some((c) => c.body.thread_ts === undefined), 3000);
    const posts = h.fake.of('chat.postMessage');
    expect(posts.filter((c) => c.body.thread_ts !== undefined)).toHaveLength(3);
    const summary = posts.filter((c) => c.body.thread_ts === undefined);
    expect(summary).toHaveLength(1);
    expect(String(summary[0]!.body.text)).toMatch(/^5 more/);
  });
});

describe('buttons', () => {
  it('shares an answer publicly once, then removes the private copy', async () => {
    const { url } = await slash('421');
    const [answer] = await waitFor(() => responses(url).length > 0 && responses(url));
    const actions = (answer!.body.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[]).find((b) => b.type === 'actions');
    const share = actions!.elements!.find((e) => e.action_id.startsWith('smtp_share'))!;
    const payload = blockAction({ type: 'button', action_id: share.action_id, value: share.value, text: { type: 'plain_text', text: 'Share' } });
    const res = await sendSigned(h.events, interactionBody(payload), FORM);
    expect(res.status).toBe(200);
    await sendSigned(h.events, interactionBody(payload), FORM);
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
    await settle(300);
    const posts = h.fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe('C0CHAN01');
    expect(JSON.stringify(posts[0]!.body.blocks)).not.toContain('smtp_share');
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('Shared by jane');
    expect(JSON.stringify(posts[0]!.body.blocks)).not.toContain('<!here>');
    expect(Message.safeParse(posts[0]!.body).success).toBe(true);
    expect(responses(payload.response_url as string).some((c) => c.body.delete_original === true)).toBe(true);
  });

  it('posts through response_url when the bot is not in the channel', async () => {
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const value = JSON.stringify({ t: 'q', q: '421', c: 'C0CHAN01' });
    const payload = blockAction({ type: 'button', action_id: 'smtp_share:0', value });
    await sendSigned(h.events, interactionBody(payload), FORM);
    const url = payload.response_url as string;
    await waitFor(() => responses(url).some((c) => c.body.response_type === 'in_channel'));
  });

  it('blanks addresses and IPs when a paste is shared to another conversation', async () => {
    const value = JSON.stringify({ t: 'q', q: `diagnose ${BOUNCE}`, c: 'C0SOURCE1' });
    const payload = blockAction({ type: 'button', action_id: 'smtp_share:0', value });
    await sendSigned(h.events, interactionBody(payload), FORM);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    const json = JSON.stringify(post!.body);
    expect(json).not.toContain('jane.doe@example.org');
    expect(json).not.toContain('203.0.113.25');
  });

  it('answers "Fix steps" and "Compare with…" privately', async () => {
    const fix = blockAction({ type: 'button', action_id: 'smtp_fix:1', value: '5.1.1' });
    await sendSigned(h.events, interactionBody(fix), FORM);
    const [fixAnswer] = await waitFor(() => responses(fix.response_url as string).length > 0 && responses(fix.response_url as string));
    expect(fixAnswer!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(fixAnswer!.body.blocks)).toContain('5.1.1');
    expect(Message.safeParse(fixAnswer!.body).error?.issues ?? []).toEqual([]);

    const cmp = blockAction({ type: 'static_select', action_id: 'smtp_compare:2', selected_option: { text: { type: 'plain_text', text: '421' }, value: '550 vs 421' } });
    await sendSigned(h.events, interactionBody(cmp), FORM);
    const [cmpAnswer] = await waitFor(() => responses(cmp.response_url as string).length > 0 && responses(cmp.response_url as string));
    expect(JSON.stringify(cmpAnswer!.body.blocks)).toMatch(/550[^"]*421|421[^"]*550/);
  });

  it('answers "Explain more" privately', async () => {
    const explain = blockAction({ type: 'button', action_id: 'smtp_explain:3', value: '550 5.1.1' });
    await sendSigned(h.events, interactionBody(explain), FORM);
    const [reply] = await waitFor(() => responses(explain.response_url as string).length > 0 && responses(explain.response_url as string));
    expect(reply!.body.replace_original).toBe(false);
    expect(Message.safeParse(reply!.body).error?.issues ?? []).toEqual([]);
  });
});

describe('shortcut, App Home and search', () => {
  it('explains a message from the message shortcut, privately', async () => {
    const url = responseUrl();
    const payload = {
      type: 'message_action',
      token: 'legacy',
      action_ts: '1',
      team: { id: 'T0001', domain: 'example' },
      user: { id: USER, name: 'oncall' },
      channel: { id: 'C0CHAN01', name: 'oncall' },
      callback_id: 'smtp_explain_message',
      trigger_id: '1234.5678.abcd',
      message_ts: '1700000000.000100',
      message: { type: 'message', user: 'U0OTHER1', ts: '1700000000.000100', text: BOUNCE },
      response_url: url,
    };
    expect((await sendSigned(h.events, interactionBody(payload), FORM)).status).toBe(200);
    const [reply] = await waitFor(() => responses(url).length > 0 && responses(url));
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(Message.safeParse(reply!.body).error?.issues ?? []).toEqual([]);
  });

  it('publishes App Home with the most looked-up codes', async () => {
    await h.store.recordLookups(['550', '550', '421']);
    await sendSigned(h.events, eventBody({ type: 'app_home_opened', user: USER, channel: 'D0DM0001', tab: 'home', event_ts: '1' }), JSON_TYPE);
    const [publish] = await waitFor(() => h.fake.of('views.publish').length > 0 && h.fake.of('views.publish'));
    expect(publish!.body.user_id).toBe(USER);
    const view = publish!.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view.blocks)).toMatch(/550 \(\d+\)/);
    expect(JSON.stringify(view.blocks)).toContain('smtp_home_search');
  });

  it('opens the search modal and answers the search in it', async () => {
    const open = blockAction(
      { type: 'button', action_id: 'smtp_home_search', value: 'search' },
      { container: { type: 'view', view_id: 'V0HOME01' }, view: { id: 'V0HOME01', type: 'home' }, channel: undefined, response_url: undefined },
    );
    await sendSigned(h.events, interactionBody(open), FORM);
    const [opened] = await waitFor(() => h.fake.of('views.open').length > 0 && h.fake.of('views.open'));
    expect((opened!.body.view as { callback_id: string }).callback_id).toBe('smtp_search');

    const submit = searchSubmission(USER, 'mailbox full');
    const res = await sendSigned(h.events, interactionBody(submit), FORM);
    const ack = (await res.json()) as { response_action: string; view: { blocks: unknown[] } };
    expect(ack.response_action).toBe('update');
    expect(JSON.stringify(ack.view.blocks)).toMatch(/mailbox/i);
  });

  it('opens a modal for a code button on App Home (no response_url there)', async () => {
    const click = blockAction(
      { type: 'button', action_id: 'smtp_explain:home:0', value: '550' },
      { container: { type: 'view', view_id: 'V0HOME01' }, view: { id: 'V0HOME01', type: 'home' }, channel: undefined, response_url: undefined },
    );
    await sendSigned(h.events, interactionBody(click), FORM);
    const [opened] = await waitFor(() => h.fake.of('views.open').length > 0 && h.fake.of('views.open'));
    expect(JSON.stringify(opened!.body.view)).toContain('550');
  });
});

describe('long pastes and settings', () => {
  it('shares the answer to a paste too long for a button value', async () => {
    const url = responseUrl();
    const paste = `${BOUNCE}\n${'Received: from relay.example.net by mx.example.org; Sat, 28 Nov 2026 10:00:00 +0000\n'.repeat(40)}`;
    const shortcut = {
      type: 'message_action', token: 'legacy', action_ts: '1', team: { id: 'T0001', domain: 'example' },
      user: { id: USER, name: 'oncall' }, channel: { id: 'C0CHAN01', name: 'oncall' }, callback_id: 'smtp_explain_message',
      trigger_id: '1234.5678.abcd', message_ts: '1700000000.000200',
      message: { type: 'message', user: 'U0OTHER1', ts: '1700000000.000200', text: paste }, response_url: url,
    };
    await sendSigned(h.events, interactionBody(shortcut), FORM);
    const [reply] = await waitFor(() => responses(url).length > 0 && responses(url));
    expect(Message.safeParse(reply!.body).error?.issues ?? []).toEqual([]);
    const share = JSON.stringify(reply!.body.blocks).match(/"action_id":"(smtp_share:\d+)","value":"((?:[^"\\]|\\.)*)"/);
    expect(share).not.toBeNull();
    const value = JSON.parse(`"${share![2]}"`) as string;
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value).toMatch(/^\{"k":/);
    const click = blockAction({ type: 'button', action_id: share![1], value });
    await sendSigned(h.events, interactionBody(click), FORM);
    await waitFor(() => h.fake.of('chat.postMessage').length > 0);
  });

  it('sets and reports the channel language', async () => {
    const bad = await slash('lang xx', 'C0LANG001');
    await waitFor(() => responses(bad.url).length > 0);
    expect(String(responses(bad.url)[0]!.body.text)).toContain('Available: en');
    const set = await slash('lang en', 'C0LANG001');
    await waitFor(() => responses(set.url).length > 0);
    expect((await h.store.getChannel('C0LANG001')).lang).toBe('en');
    const reset = await slash('lang default', 'C0LANG001');
    await waitFor(() => responses(reset.url).length > 0);
    expect((await h.store.getChannel('C0LANG001')).lang).toBeNull();
  });
});
