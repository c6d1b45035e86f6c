/**
 * Files shared with a message (a .eml, a log, a long paste Slack made into a snippet), through the
 * real Bolt app over signed HTTP: the bot downloads text files from the fake Slack with its token,
 * diagnoses them like a paste, and never sends the token anywhere else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILES, textFiles } from '../../src/slack/files.js';
import { startHarness, type Harness } from './harness.js';
import { FORM, JSON_TYPE, USER, eventBody, interactionBody, nextTs, sendSigned, settle, waitFor } from './signed.js';

const EML = [
  'From: Mail Delivery System <MAILER-DAEMON@out.example.org>', 'To: app@example.org', 'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"', '',
  '--r1', 'Content-Type: text/plain; charset=us-ascii', '',
  '<lena@example.net>: host mx.example.net[192.0.2.44] said: 550 5.1.1 <lena@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)', '',
  '--r1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; out.example.org', '',
  'Final-Recipient: rfc822; lena@example.net', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', '',
  '--r1--', '',
].join('\r\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => h.fake.reset());

// A channel per message: a burst of pastes in one channel is folded into a summary (guard).
let channels = 0;
function fileShare(files: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const channel = `C0FILES${String(++channels).padStart(2, '0')}`;
  return { type: 'message', subtype: 'file_share', channel_type: 'channel', user: USER, text: '', files, upload: true, ts: nextTs(), channel, event_ts: '1', ...extra };
}

const downloads = () => h.fake.calls.filter((c) => c.method.startsWith('file:'));
const posts = () => h.fake.of('chat.postMessage');

describe('files shared in a channel', () => {
  it('answers a bounce shared as a .eml file, in its thread, with no words around it', async () => {
    const event = fileShare([h.fake.addFile('bounce.eml', EML, { mimetype: 'message/rfc822', filetype: 'email' })]);
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    expect(post!.body).toMatchObject({ channel: event.channel, thread_ts: event.ts });
    expect(JSON.stringify(post!.body.blocks)).toContain('5.1.1');
    expect(downloads()).toHaveLength(1);
    expect(downloads()[0]!.body.authorization).toBe('Bearer xoxb-test-token');
  });

  it('reads a long paste that Slack turned into a text snippet, along with the words above it', async () => {
    const log = Array.from({ length: 60 }, (_, i) =>
      `Nov 28 10:00:${String(i).padStart(2, '0')} mx postfix/smtp[${100 + i}]: Q${i}: to=<ops${i}@example.net>, relay=mx.example.net[192.0.2.8]:25, dsn=4.7.0, status=deferred (host mx.example.net[192.0.2.8] said: 421 4.7.0 Try again later, closing connection. (in reply to MAIL FROM command))`,
    ).join('\n');
    const event = fileShare([h.fake.addFile('Untitled', log, { mode: 'snippet', filetype: 'text' })], { text: 'our queue is growing, any idea?' });
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    expect(JSON.stringify(post!.body.blocks)).toContain('421');
  });

  it('looks up a file shared over Slack Connect with files.info, then reads it', async () => {
    const event = fileShare([h.fake.addConnectFile('bounce.eml', EML, { mimetype: 'message/rfc822', filetype: 'email' })]);
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    expect(JSON.stringify(post!.body.blocks)).toContain('5.1.1');
    expect(h.fake.of('files.info')).toHaveLength(1);
    expect(downloads()).toHaveLength(1);
  });

  it('decodes an 8-bit Latin-1 bounce in the charset it declares', async () => {
    const latin1 = Buffer.from([
      'From: MAILER-DAEMON@mx.example.de', 'To: app@example.org', 'Subject: Unzustellbar', 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: 8bit', '',
      'Die Nachricht konnte nicht zugestellt werden.', '', '<kai@example.de>: host mx.example.de[192.0.2.3] said: 550 5.1.1 Empfänger unbekannt', '',
    ].join('\r\n'), 'latin1');
    await sendSigned(h.events, eventBody(fileShare([h.fake.addFile('unzustellbar.eml', latin1, { mimetype: 'message/rfc822', filetype: 'email' })])), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    const body = JSON.stringify(post!.body);
    expect(body).toContain('Empfänger unbekannt');
    expect(body).not.toContain('\ufffd');
  });

  it('downloads nothing that is not text, too big, or elsewhere, and stays silent', async () => {
    const other: Server = createServer((req, res) => {
      res.end(`got ${req.headers.authorization ?? 'no token'}`);
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const seen: string[] = [];
    other.on('request', (req) => seen.push(req.headers.authorization ?? ''));
    try {
      const elsewhere = `http://127.0.0.1:${(other.address() as AddressInfo).port}/files-pri/T0001-F1/download/bounce.eml`;
      const files = [
        h.fake.addFile('screenshot.png', Buffer.alloc(64), { mimetype: 'image/png', filetype: 'png' }),
        h.fake.addFile('huge.eml', EML, { mimetype: 'message/rfc822', filetype: 'email', size: 5 * 1024 * 1024 }),
        { ...h.fake.addFile('bounce.eml', EML, { filetype: 'email' }), url_private_download: elsewhere, url_private: elsewhere },
      ];
      await sendSigned(h.events, eventBody(fileShare(files)), JSON_TYPE);
      await settle(300);
      expect(downloads()).toEqual([]);
      expect(seen).toEqual([]);
      expect(posts()).toEqual([]);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('reads no file in a channel where auto-reply is off', async () => {
    await h.store.setAutoReply('C0QUIETF1', false);
    await sendSigned(h.events, eventBody(fileShare([h.fake.addFile('bounce.eml', EML, { filetype: 'email' })], { channel: 'C0QUIETF1' })), JSON_TYPE);
    await settle(300);
    expect(downloads()).toEqual([]);
    expect(posts()).toEqual([]);
  });
});

describe('files shared with a mention', () => {
  it('answers the file in the thread, and tells only the asker why another went unread', async () => {
    const files = [h.fake.addFile('bounce.eml', EML, { filetype: 'email' }), h.fake.addFile('all-of-2026.mbox', 'x', { size: 50 * 1024 * 1024 })];
    const event = { type: 'app_mention', user: USER, text: '<@UBOTSMTP1> what happened here?', files, ts: nextTs(), channel: 'C0MENTF01', event_ts: '1' };
    await sendSigned(h.events, eventBody(event), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    expect(post!.body).toMatchObject({ channel: 'C0MENTF01', thread_ts: event.ts });
    expect(JSON.stringify(post!.body.blocks)).toContain('5.1.1');
    const [note] = h.fake.of('chat.postEphemeral');
    expect(note!.body).toMatchObject({ channel: 'C0MENTF01', user: USER });
    expect(String(note!.body.text)).toContain('all-of-2026.mbox');
  });
});

describe('the message shortcut on a message with a file', () => {
  it('explains the file privately', async () => {
    const url = h.fake.responseUrl('T0001/shortcut-file/hook');
    const payload = {
      type: 'message_action', token: 'legacy', action_ts: '1', team: { id: 'T0001', domain: 'example' }, user: { id: USER, name: 'oncall' },
      channel: { id: 'C0SHORT01', name: 'oncall' }, callback_id: 'smtp_explain_message', trigger_id: '1234.5678.abcd', message_ts: '1700000000.000300',
      message: { type: 'message', subtype: 'file_share', user: 'U0OTHER1', ts: '1700000000.000300', text: '', files: [h.fake.addFile('bounce.eml', EML, { filetype: 'email' })] },
      response_url: url,
    };
    await sendSigned(h.events, interactionBody(payload), FORM);
    const key = 'response:T0001/shortcut-file/hook';
    const [reply] = await waitFor(() => h.fake.of(key).length > 0 && h.fake.of(key));
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply!.body.blocks)).toContain('5.1.1');
    expect(downloads()).toHaveLength(1);
  });
});

describe('files sent to the bot directly', () => {
  const dm = (files: Record<string, unknown>[], text = '') => fileShare(files, { channel: 'D0DIRECT1', channel_type: 'im', text });

  it('diagnoses a .eml sent in a direct message', async () => {
    await sendSigned(h.events, eventBody(dm([h.fake.addFile('bounce.eml', EML, { filetype: 'email' })])), JSON_TYPE);
    const [post] = await waitFor(() => posts().length > 0 && posts());
    expect(post!.body.channel).toBe('D0DIRECT1');
    expect(JSON.stringify(post!.body.blocks)).toContain('5.1.1');
  });

  it('says why a file could not be read: a missing files:read scope, a file too big, an image', async () => {
    h.fake.fileToken = 'xoxb-another-token';
    await sendSigned(h.events, eventBody(dm([h.fake.addFile('<!channel>.eml', EML, { filetype: 'email' })])), JSON_TYPE);
    const [note] = await waitFor(() => posts().length > 0 && posts());
    expect(String(note!.body.text)).toContain('files:read');
    expect(String(note!.body.text)).not.toContain('<!channel>');
    h.fake.reset();
    await sendSigned(h.events, eventBody(dm([h.fake.addFile('big.log', 'x', { size: 2 * 1024 * 1024 })])), JSON_TYPE);
    const [big] = await waitFor(() => posts().length > 0 && posts());
    expect(String(big!.body.text)).toContain('1 MB');
    expect(downloads()).toEqual([]);
    h.fake.reset();
    await sendSigned(h.events, eventBody(dm([h.fake.addFile('screenshot.png', Buffer.alloc(32), { mimetype: 'image/png', filetype: 'png' })])), JSON_TYPE);
    const [image] = await waitFor(() => posts().length > 0 && posts());
    expect(String(image!.body.text)).toContain('.eml');
    await settle(200);
    expect(posts()).toHaveLength(1);
  });
});

describe('textFiles', () => {
  const f = (meta: Record<string, unknown>) => ({ name: 'x', url_private_download: 'https://files.slack.com/files-pri/T1-F1/download/x', ...meta });

  it('keeps text files by Slack type, MIME type or name, at most three', () => {
    expect(textFiles([f({ filetype: 'text', mode: 'snippet' }), f({ filetype: 'email' }), f({ mimetype: 'message/rfc822', filetype: 'binary' })])).toHaveLength(3);
    expect(textFiles([f({ name: 'maillog.log', filetype: 'binary' })])).toHaveLength(1);
    expect(textFiles(Array.from({ length: 5 }, () => f({ filetype: 'text' })))).toHaveLength(MAX_FILES);
  });

  it('drops images, external files, files without a URL and what is not a file at all', () => {
    expect(textFiles([f({ filetype: 'png', mimetype: 'image/png' }), f({ filetype: 'text', is_external: true }), { name: 'a.txt', filetype: 'text' }, 'a.txt', null, { size: 'big' }])).toEqual([]);
    expect(textFiles(undefined)).toEqual([]);
  });
});
