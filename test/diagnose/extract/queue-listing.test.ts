import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/diagnose/index.js';
import { queueLine, queueListingKind } from '../../../src/diagnose/extract/queue-listing.js';

// Postfix's `mailq` as an on-call engineer pastes it: each message's line, its last deferral
// reason in parentheses, then the recipients that reason is for, indented, one per line.
const pad = ' '.repeat(41);
const listing = [
  '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
  '3F1B21C0A45     2048 Sun Nov 29 09:14:07  alerts@ours.example',
  '(host mx1.example.com[192.0.2.11] said: 450 4.2.0 <ines@example.com>: Recipient address rejected: Greylisted, see https://postgrey.example/help (in reply to RCPT TO command))',
  `${pad}ines@example.com`,
  '',
  '5A7C31C0B12     3301 Sun Nov 29 09:20:51  alerts@ours.example',
  // Postfix indents a reason shorter than the line.
  '                (connect to mx.example.net[192.0.2.77]:25: Connection timed out)',
  `${pad}omar@example.net`,
  `${pad}lena@example.net`,
  '',
  '8D2E41C0C33*    1190 Sun Nov 29 09:31:02  alerts@ours.example',
  `${pad}kai@example.org`,
  '',
  '-- 7 Kbytes in 3 Requests.',
].join('\n');

describe('queueLine', () => {
  it('tells the message lines, reasons and recipients of a listing apart', () => {
    expect(queueListingKind(listing)).toBe('postfix');
    expect(queueListingKind('4F2A31C0452: to=<a@b.example>, status=deferred (connect to x[192.0.2.1]:25: Connection timed out)')).toBeNull();
    expect(queueLine('3F1B21C0A45     2048 Sun Nov 29 09:14:07  alerts@ours.example').kind).toBe('boundary');
    expect(queueLine('8D2E41C0C33*    1190 Sun Nov 29 09:31:02  alerts@ours.example').kind).toBe('boundary');
    expect(queueLine('-- 7 Kbytes in 3 Requests.').kind).toBe('boundary');
    expect(queueLine('(connect to mx.example.net[192.0.2.77]:25: Connection timed out)').kind).toBe('reason');
    expect(queueLine('        (connect to mx.example.net[192.0.2.77]:25: Connection timed out)').kind).toBe('reason');
    expect(queueLine(`${pad}Omar@Example.net`)).toEqual({ kind: 'recipient', address: 'omar@example.net', reason: false });
    expect(queueLine('{"address": "omar@example.net", "delay_reason": "connect to x[192.0.2.1]:25: Connection refused"}')).toEqual({ kind: 'recipient', address: 'omar@example.net', reason: true });
    expect(queueLine('{"queue_name": "deferred", "queue_id": "5A7C31C0B12", "sender": "alerts@ours.example", "recipients": [').kind).toBe('boundary');
    // An address that is not alone on an indented line is no recipient of the listing.
    expect(queueLine('omar@example.net').kind).toBe('other');
    expect(queueLine(`${pad}omar@example.net and more`).kind).toBe('other');
  });
});

describe('a pasted Postfix mailq', () => {
  it('gives each deferred recipient the reason above it, and none to a message not yet tried', async () => {
    const { findings, autoReply } = await diagnose(listing);
    expect(autoReply).toBe(true);
    expect(findings.map((f) => f.recipient).sort()).toEqual(['ines@example.com', 'lena@example.net', 'omar@example.net']);
    const byRecipient = new Map(findings.map((f) => [f.recipient, f]));
    expect(byRecipient.get('ines@example.com')).toMatchObject({ reply: '450', enhanced: '4.2.0', permanent: false, whoActs: 'nobody' });
    // One reason line for two recipients: both were deferred for it.
    for (const r of ['omar@example.net', 'lena@example.net']) {
      expect(byRecipient.get(r), r).toMatchObject({ reply: null, enhanced: null, reason: 'networkerror', permanent: false, hardBounce: false });
      expect(byRecipient.get(r)!.evidence).toBe('(connect to mx.example.net[192.0.2.77]:25: Connection timed out)');
    }
    // The senders on the messages' own lines are nobody's recipient.
    expect(findings.some((f) => f.recipient === 'alerts@ours.example')).toBe(false);
  });

  it('is no bounce report for listing the bounces waiting to go out', async () => {
    const waiting = [
      '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
      '0F4DC16A083*     347 Sun Nov 29 18:59:14  alerts@ours.example',
      `${pad}kai@example.org`,
      '',
      '3932416A2AB    2376 Sun Nov 29 19:20:34  MAILER-DAEMON',
      '                                                  (alias database unavailable)',
      `${pad}alerts@ours.example`,
      '',
      '-- 3 Kbytes in 2 Requests.',
    ].join('\n');
    const { findings } = await diagnose(waiting);
    // The message being delivered has no verdict yet; the bounce stuck on our alias database has.
    expect(findings.map((f) => [f.recipient, f.permanent])).toEqual([['alerts@ours.example', false]]);
  });

  it('keeps everything listed temporary: a message Postfix gave up on has left the queue', async () => {
    // soft_bounce keeps even a 5xx in the queue, to be retried.
    const soft = [
      '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
      '6B0F51C0D01     1500 Sun Nov 29 10:05:00  alerts@ours.example',
      '(host mx.example.com[192.0.2.11] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
      `${pad}ann@example.com`,
      '',
      '-- 2 Kbytes in 1 Request.',
    ].join('\n');
    const [f] = (await diagnose(soft)).findings;
    expect(f).toMatchObject({ recipient: 'ann@example.com', reply: '550', enhanced: '5.1.1', reason: 'userunknown', permanent: false });
  });

  it('is read only as a listing: the same indented address elsewhere still continues its line', async () => {
    const exim = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  ines@example.com',
      '    host mx1.example.com [192.0.2.11]',
      '    SMTP error from remote mail server after RCPT TO:<ines@example.com>:',
      '    550 5.1.1 User unknown',
    ].join('\n');
    const [f] = (await diagnose(exim)).findings;
    expect(f).toMatchObject({ recipient: 'ines@example.com', reply: '550', enhanced: '5.1.1', reason: 'userunknown', permanent: true });
  });
});

describe('a pasted postqueue -j', () => {
  // One JSON object per message; a message's recipients each carry their own delay reason.
  const json = [
    { queue_name: 'deferred', queue_id: '3F1B21C0A45', arrival_time: 1764407647, message_size: 2048, forced_expire: false, sender: 'alerts@ours.example',
      recipients: [
        { address: 'ines@example.com', delay_reason: 'host mx1.example.com[192.0.2.11] said: 452 4.2.2 <ines@example.com>: Mailbox over quota, try again later (in reply to RCPT TO command)' },
        { address: 'omar@example.net', delay_reason: 'connect to mx.example.net[192.0.2.77]:25: Connection refused' },
        { address: 'lena@example.org', delay_reason: 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again' },
      ] },
    { queue_name: 'active', queue_id: '8D2E41C0C33', arrival_time: 1764408662, message_size: 1190, forced_expire: false, sender: 'alerts@ours.example', recipients: [{ address: 'kai@example.org' }] },
  ].map((m) => JSON.stringify(m, null, 0).replace(/,"/g, ', "').replace(/":/g, '": ')).join('\n');

  it('gives each recipient its own delay reason, though all share one line', async () => {
    const { findings } = await diagnose(json);
    const byRecipient = new Map(findings.map((f) => [f.recipient, f]));
    expect([...byRecipient.keys()].sort()).toEqual(['ines@example.com', 'lena@example.org', 'omar@example.net']);
    expect(byRecipient.get('ines@example.com')).toMatchObject({ reply: '452', enhanced: '4.2.2', reason: 'mailboxfull', permanent: false });
    expect(byRecipient.get('omar@example.net')).toMatchObject({ reply: null, reason: 'networkerror', permanent: false });
    expect(byRecipient.get('omar@example.net')!.evidence).toContain('Connection refused');
    expect(byRecipient.get('omar@example.net')!.evidence).not.toContain('452');
    // The resolver's TRY_AGAIN is a lookup that failed, not a domain that is gone.
    expect(byRecipient.get('lena@example.org')).toMatchObject({ reason: 'networkerror', permanent: false, hardBounce: false });
  });
});

describe('a pasted Sendmail mailq', () => {
  // Sendmail 8.17's layout: the message's last error under its line, recipients tab-indented.
  const rcpt = '\t\t\t\t\t ';
  const plain = [
    'MTA Queue status...',
    '\t\t/var/spool/mqueue (2 requests)',
    '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
    '6ATJJnsJ014230       37 Sun Nov 29 19:19 <alerts@ours.example>',
    '                 (Deferred: 452 4.2.2 <ines@example.com>: Mailbox over quo)',
    `${rcpt}<ines@example.com>`,
    '6ATJJphF014291       36 Sun Nov 29 19:19 <alerts@ours.example>',
    '                 (Deferred: Connection refused by mx.example.net.)',
    `${rcpt}<omar@example.net>`,
    `${rcpt}<lena@example.org>`,
    '\t\tTotal requests: 2',
  ].join('\n');

  it("gives a message's last error to its recipient, but not to one of several: it does not say whose it was", async () => {
    const { findings } = await diagnose(plain);
    expect(findings.map((f) => f.recipient)).toEqual(['ines@example.com']);
    expect(findings[0]).toMatchObject({ reply: '452', enhanced: '4.2.2', reason: 'mailboxfull', permanent: false });
  });

  it("reads mailq -v's reason after a recipient as that recipient's", async () => {
    const verbose = [
      '-----Q-ID----- --Size-- -Priority- ---Q-Time--- --------Sender/Recipient--------',
      '6ATJJphF014291       36     180383 Nov 29 19:19 <alerts@ours.example>',
      '                 (Deferred: Connection refused by mx.example.net.)',
      `${rcpt}<omar@example.net>`,
      `${rcpt}<lena@example.org>`,
      '\t\t (Deferred: 450 4.2.0 <lena@example.org>: Recipient address rejected: Greylisted, see http://postgre)',
      '\t\tTotal requests: 1',
    ].join('\n');
    const { findings } = await diagnose(verbose);
    expect(findings.map((f) => [f.recipient, f.reply, f.enhanced, f.reason])).toEqual([['lena@example.org', '450', '4.2.0', 'policyviolation']]);
  });
});
