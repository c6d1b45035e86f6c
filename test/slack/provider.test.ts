/**
 * Provider answers in Slack, end to end (the real Bolt app over signed HTTP, a Slack-compatible Web
 * API on loopback): lookups by a provider's own code and by provider + code, and a pasted provider
 * bounce answered with the provider entry, in English and in Korean. Expected text comes from the
 * catalog entries themselves, so the test checks that the entry reached Slack, whatever its wording.
 */
import { describe, expect, it } from 'vitest';
import { localResponse, lookupProviderCode, providerByName, providerResponsesFor, responsesWithCode, type ProviderMatch } from '../../src/catalog/index.js';
import { Message } from '../present/blocks/schema.js';
import { harnessForFile, runSlash, silentLogger, type Harness } from './harness.js';
import { JSON_TYPE, USER, eventBody, nextTs, sendSigned, waitFor } from './signed.js';

const KOREAN = 'U0KOREAN2';
let h: Harness;
let rid = 0;

harnessForFile({ logger: silentLogger }, (started) => {
  h = started;
  h.fake.locales.set(KOREAN, 'ko-KR');
});

/** Runs `/smtp <text>` and returns what was posted to its response_url, blocks as JSON text. */
const slash = (text: string, user = USER) => runSlash(h, text, { id: `provider/${++rid}`, channel: 'C0PROV001', user });

/**
 * The start of a catalog text the way it stands in the posted blocks: Slack-escaped (&, <, >) and
 * JSON-escaped, cut where a renderer might wrap or shorten it.
 */
const slackText = (s: string) => JSON.stringify(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, 40);

function only(matches: ProviderMatch[], what: string): ProviderMatch {
  expect(matches.length, what).toBeGreaterThan(0);
  return matches[0]!;
}

function expectEntry(blocks: string, m: ProviderMatch, lang?: string) {
  const r = localResponse(m.response, lang);
  expect(blocks).toContain(slackText(r.title));
  expect(blocks).toContain(m.provider.name);
  expect(blocks).toContain(slackText(r.fix[0]!));
  // The provider's own pages (postmaster site, guidelines, delisting form) are linked.
  for (const link of [...m.response.links, ...m.provider.links].slice(0, 1)) expect(blocks).toContain(link.url);
}

describe('/smtp with a provider code or a provider and a code', () => {
  it('answers /smtp TSS04 with the Yahoo entry, its fix and its pages', async () => {
    const { blocks, body } = await slash('TSS04');
    expectEntry(blocks, only(lookupProviderCode('TSS04'), 'TSS04'));
    expect(Message.safeParse(body).error?.issues ?? []).toEqual([]);
  });

  it('answers /smtp S3150 and /smtp 5.7.708 with the Microsoft entries', async () => {
    expectEntry((await slash('S3150')).blocks, only(lookupProviderCode('S3150'), 'S3150'));
    expectEntry((await slash('5.7.708')).blocks, only(responsesWithCode('5.7.708'), '5.7.708'));
  });

  it('answers /smtp gmail 5.7.26 with the Gmail entry and the warning that it is the sender\'s authentication', async () => {
    const gmail = providerByName('gmail')!;
    const m = only(providerResponsesFor(gmail, '5.7.26'), 'gmail 5.7.26');
    const { blocks } = await slash('gmail 5.7.26');
    expectEntry(blocks, m);
    expect(m.response.warnings.length).toBeGreaterThan(0);
    expect(blocks).toContain(slackText(m.response.warnings[0]!));
  });

  it('answers a Korean reader in Korean, with the codes kept as they are', async () => {
    const m = only(lookupProviderCode('TSS04'), 'TSS04');
    const { blocks } = await slash('TSS04', KOREAN);
    expectEntry(blocks, m, 'ko');
    expect(localResponse(m.response, 'ko').title).not.toBe(m.response.title);
    expect(blocks).toContain('TSS04');
  });
});

describe('a pasted provider bounce', () => {
  it('is answered in the thread with the provider entry, not only the generic code', async () => {
    const bounce = 'Mail to pat@yahoo.com keeps failing: postfix/smtp[4242]: 3F2A1C0B9: to=<pat@yahoo.com>, relay=mta7.am0.yahoodns.net[192.0.2.9]:25, ' +
      'dsn=4.7.0, status=deferred (host mta7.am0.yahoodns.net[192.0.2.9] said: 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))';
    const ts = nextTs();
    await sendSigned(h.events, eventBody({ type: 'message', channel_type: 'channel', user: USER, text: bounce, ts, channel: 'C0PROV002', event_ts: ts, client_msg_id: crypto.randomUUID() }), JSON_TYPE);
    const [post] = await waitFor(() => h.fake.of('chat.postMessage').length > 0 && h.fake.of('chat.postMessage'));
    expect(post!.body.thread_ts).toBe(ts);
    const blocks = JSON.stringify(post!.body.blocks);
    expectEntry(blocks, only(lookupProviderCode('TSS04'), 'TSS04'));
    // Yahoo's trailing internal number is never read as an enhanced code.
    expect(blocks).not.toMatch(/\*4\.16\.55\.1\*/);
  });
});
