/**
 * Answers in the reader's language, end to end: the real Bolt app over signed HTTP, the fake Slack
 * Web API answering users.info with a locale per person. Order: `--lang`, the channel setting, the
 * person's Slack locale, the app default.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/present/i18n/en.js';
import { ko } from '../../src/present/i18n/ko.js';
import { parseSettings } from '../../src/slack/listeners/commands/settings.js';
import { takeLangFlag } from '../../src/slack/lang.js';
import { BOT_USER_ID } from './fake-slack.js';
import { harnessForFile, runSlash, silentLogger, type Harness } from './harness.js';
import { FORM, JSON_TYPE, USER, eventBody, interactionBody, nextTs, searchSubmission, sendSigned, settle, slashCommandBody, waitFor } from './signed.js';

const KOREAN = 'U0KOREAN1';
const BOUNCE =
  'Delivery to bob@example.net failed. Remote host mx1.example.net [198.51.100.7] said: 550 5.1.1 <bob@example.net>... User unknown (in reply to RCPT TO command)';

let h: Harness;
let rid = 0;

harnessForFile({ logger: silentLogger }, (started) => {
  h = started;
  h.fake.locales.set(KOREAN, 'ko-KR');
});

/** Runs `/smtp <text>` and returns the first thing posted to its response_url. */
const slash = (text: string, opts: { user?: string; channel?: string } = {}) =>
  runSlash(h, text, { id: `lang/${++rid}`, channel: opts.channel ?? 'C0LANG100', user: opts.user });

const infoCalls = (user: string) => h.fake.of('users.info').filter((c) => c.body.user === user);

describe('--lang and /smtp lang', () => {
  it('takes the flag out of the query wherever it stands', () => {
    expect(takeLangFlag('421 --lang ko')).toEqual({ text: '421', lang: 'ko' });
    expect(takeLangFlag('--lang=ko-KR 550 5.1.1')).toEqual({ text: '550 5.1.1', lang: 'ko' });
    expect(takeLangFlag('diagnose --lang en\nline one\nline two')).toEqual({ text: 'diagnose\nline one\nline two', lang: 'en' });
    // An unknown language is dropped from the query but changes nothing.
    expect(takeLangFlag('421 --lang fr')).toEqual({ text: '421' });
    expect(takeLangFlag('421 --language ko')).toEqual({ text: '421 --language ko' });
  });

  it('reads auto (and the older default) as "no channel language"', () => {
    expect(parseSettings('lang auto')).toEqual({ type: 'lang', value: null });
    expect(parseSettings('lang default')).toEqual({ type: 'lang', value: null });
    expect(parseSettings('lang')).toEqual({ type: 'lang', value: 'status' });
    expect(parseSettings('lang ko')).toEqual({ type: 'lang', value: 'ko' });
  });
});

describe('the language of Slack answers', () => {
  it('answers a user whose Slack locale is ko-KR in Korean: headings and buttons', async () => {
    const { blocks } = await slash('421', { user: KOREAN, channel: 'C0LANG101' });
    expect(blocks).toContain(ko.heading.meaning);
    expect(blocks).toContain(ko.actions.share);
    expect(blocks).toContain(ko.actions.fixSteps);
    expect(blocks).not.toContain(en.actions.share);
    expect(blocks).toContain('421');
    const [call] = infoCalls(KOREAN);
    expect(call?.body.include_locale).toBe(true);
  });

  it('answers in English for an English locale', async () => {
    const { blocks } = await slash('421', { channel: 'C0LANG102' });
    expect(blocks).toContain(en.heading.meaning);
    expect(blocks).toContain(en.actions.share);
  });

  it('answers in Korean once for --lang ko, and strips the flag from the query', async () => {
    const once = await slash('421 --lang ko', { channel: 'C0LANG103' });
    expect(once.blocks).toContain(ko.heading.meaning);
    expect(once.blocks).toContain('421');
    expect(once.blocks).not.toContain('--lang');
    const next = await slash('421', { channel: 'C0LANG103' });
    expect(next.blocks).toContain(en.heading.meaning);
    // The flag wins over a Korean locale too, and works in front of the query.
    const english = await slash('--lang=en 421', { user: KOREAN, channel: 'C0LANG103' });
    expect(english.blocks).toContain(en.heading.meaning);
  });

  it('shares a --lang ko answer in Korean', async () => {
    const id = `lang/${++rid}`;
    const url = h.fake.responseUrl(id);
    await sendSigned(h.events, slashCommandBody('421 --lang ko', url, 'C0LANG104'), FORM);
    const [reply] = await waitFor(() => h.fake.of(`response:${id}`).length > 0 && h.fake.of(`response:${id}`));
    const blocks = reply!.body.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[];
    const share = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id.startsWith('smtp_share'))!;
    await sendSigned(h.events, interactionBody(blockAction(USER, 'C0LANG104', { type: 'button', action_id: share.action_id, value: share.value })), FORM);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    const json = JSON.stringify(post!.body.blocks);
    expect(json).toContain(ko.heading.meaning);
    expect(json).toMatch(/jane[^"]*님이 공유했습니다/);
  });

  it('follows the channel setting (lang ko), then the person again after lang auto', async () => {
    const set = await slash('lang ko', { channel: 'C0LANG105' });
    expect(set.text).toBe(ko.slack.lang.set(ko.slack.languageName));
    expect((await h.store.getChannel('C0LANG105')).lang).toBe('ko');
    expect((await slash('421', { channel: 'C0LANG105' })).blocks).toContain(ko.heading.meaning);
    expect((await slash('lang', { channel: 'C0LANG105' })).text).toBe(ko.slack.lang.status(ko.slack.languageName));
    // The channel's choice spares the users.info call for a newcomer.
    expect(infoCalls(USER)).toEqual([]);

    const auto = await slash('lang auto', { channel: 'C0LANG105' });
    expect(auto.text).toBe(en.slack.lang.reset);
    expect((await h.store.getChannel('C0LANG105')).lang).toBeNull();
    expect((await slash('421', { channel: 'C0LANG105' })).blocks).toContain(en.heading.meaning);
    expect((await slash('421', { user: KOREAN, channel: 'C0LANG105' })).blocks).toContain(ko.heading.meaning);
    expect((await slash('lang', { user: KOREAN, channel: 'C0LANG105' })).text).toBe(ko.slack.lang.auto(ko.slack.languageName, 'en, ko'));
  });

  it('calls users.info once per person for two messages', async () => {
    const user = 'U0TWICE01';
    h.fake.locales.set(user, 'ko-KR');
    for (const q of ['421', '550']) {
      await sendSigned(h.events, eventBody(mention(user, `<@${BOT_USER_ID}> ${q}`)), JSON_TYPE);
    }
    await waitFor(() => h.fake.of('chat.postMessage').length >= 2);
    const posts = h.fake.of('chat.postMessage');
    for (const p of posts) expect(JSON.stringify(p.body.blocks)).toContain(ko.heading.meaning);
    expect(infoCalls(user)).toHaveLength(1);
  });

  it('answers in English, without failing, when users.info fails', async () => {
    for (const [user, failure] of [
      ['U0FAIL001', { status: 500 as const }],
      ['U0FAIL002', { error: 'user_not_found' }],
      ['U0FAIL003', { status: 429 as const, retryAfter: 30 }],
    ] as const) {
      h.fake.locales.set(user, 'ko-KR');
      h.fake.failNext('users.info', failure);
      const started = Date.now();
      const { blocks } = await slash('421', { user, channel: 'C0LANG106' });
      expect(blocks, user).toContain(en.heading.meaning);
      // Neither a retry nor a 30-second Retry-After holds the answer up.
      expect(Date.now() - started, user).toBeLessThan(2500);
      expect(infoCalls(user), user).toHaveLength(1);
    }
  });

  it('answers a Korean poster’s pasted bounce in Korean', async () => {
    const event = { type: 'message', channel_type: 'channel', user: KOREAN, text: BOUNCE, ts: nextTs(), channel: 'C0LANG107', event_ts: '1' };
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    expect(post!.body.thread_ts).toBe(event.ts);
    expect(JSON.stringify(post!.body.blocks)).toMatch(/[\uAC00-\uD7A3]/);
    expect(JSON.stringify(post!.body.blocks)).toContain(ko.reason.userunknown);
  });

  it('looks nobody up for chatter', async () => {
    const event = { type: 'message', channel_type: 'channel', user: 'U0CHATTY1', text: 'lunch at 12?', ts: nextTs(), channel: 'C0LANG108', event_ts: '1' };
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    await settle(200);
    expect(h.fake.of('users.info')).toEqual([]);
  });

  it('answers a button in the clicker’s language', async () => {
    const click = blockAction(KOREAN, 'C0LANG109', { type: 'button', action_id: 'smtp_fix:1', value: '5.1.1' });
    await sendSigned(h.events, interactionBody(click), FORM);
    const url = click.response_url;
    const [reply] = await waitFor(() => h.fake.of(`response:${url.split('/response/')[1]}`).length > 0 && h.fake.of(`response:${url.split('/response/')[1]}`));
    expect(JSON.stringify(reply!.body.blocks)).toContain(ko.heading.fix);
  });

  it('publishes App Home in Korean for a Korean user, and searches in Korean', async () => {
    await sendSigned(h.events, eventBody({ type: 'app_home_opened', user: KOREAN, channel: 'D0KOREAN1', tab: 'home', event_ts: '1' }), JSON_TYPE);
    const [publish] = await waitFor(() => h.fake.of('views.publish').length > 0 && h.fake.of('views.publish'));
    const home = JSON.stringify(publish!.body.view);
    expect(home).toContain(ko.slack.home.title);
    expect(home).toContain(ko.slack.home.search);
    expect(home).not.toContain(en.slack.home.title);

    const open = blockAction(KOREAN, undefined, { type: 'button', action_id: 'smtp_home_search', value: 'search' });
    await sendSigned(h.events, interactionBody({ ...open, container: { type: 'view', view_id: 'V0HOME01' }, view: { id: 'V0HOME01', type: 'home' }, response_url: undefined }), FORM);
    const [opened] = await waitFor(() => h.fake.of('views.open').length > 0 && h.fake.of('views.open'));
    const modal = opened!.body.view as { title: { text: string }; private_metadata: string };
    expect(modal.title.text).toBe(ko.slack.home.searchTitle);

    const submit = searchSubmission(KOREAN, '5.7.26', modal.private_metadata);
    const res = await sendSigned(h.events, interactionBody(submit), FORM);
    const ack = (await res.json()) as { response_action: string; view: { title: { text: string }; blocks: unknown[] } };
    expect(ack.response_action).toBe('update');
    expect(ack.view.title.text).toBe(ko.slack.home.modalTitle);
    expect(JSON.stringify(ack.view.blocks)).toContain(ko.heading.meaning);
  });

  it('apologises in the asker’s language when the answer cannot be delivered', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 }, { status: 500 }, { status: 500 });
    await sendSigned(h.events, eventBody(mention(KOREAN, `<@${BOT_USER_ID}> 421`)), JSON_TYPE);
    const [apology] = await waitFor(() => h.fake.of('chat.postEphemeral').length > 0 && h.fake.of('chat.postEphemeral'), 8000);
    expect(apology!.body.text).toBe(ko.slack.apology);
  });
});

function mention(user: string, text: string) {
  return { type: 'app_mention', user, text, ts: nextTs(), channel: 'C0LANG110', event_ts: '1', client_msg_id: crypto.randomUUID() };
}

function blockAction(user: string, channel: string | undefined, action: Record<string, unknown>) {
  return {
    type: 'block_actions',
    user: { id: user, username: 'oncall', name: 'oncall', team_id: 'T0001' },
    api_app_id: 'A0APP001',
    token: 'legacy',
    container: { type: 'message', message_ts: nextTs(), channel_id: channel, is_ephemeral: true },
    trigger_id: '1234.5678.abcd',
    team: { id: 'T0001', domain: 'example' },
    ...(channel ? { channel: { id: channel, name: 'oncall' } } : {}),
    response_url: h.fake.responseUrl(`lang/${++rid}`),
    actions: [{ block_id: 'b1', action_ts: '1', ...action }],
  };
}
