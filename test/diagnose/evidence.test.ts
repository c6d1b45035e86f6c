import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import { evidenceAt, textShows, trimEvidence } from '../../src/diagnose/evidence.js';

describe('trimEvidence', () => {
  it('folds white space and shortens a long line with an ellipsis', () => {
    expect(trimEvidence('  550   5.1.1\tgone  ')).toBe('550 5.1.1 gone');
    const long = trimEvidence('x'.repeat(5000));
    expect(long).toHaveLength(400);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('evidence for a code far into a long line', () => {
  // An SNS notification wrapping an SES bounce, on one line as a webhook log prints it: the reply
  // sits inside an escaped JSON string past the envelope's first 400 characters.
  const inner = JSON.stringify({
    notificationType: 'Bounce',
    bounce: {
      feedbackId: '0102018c-aaaa-bbbb-cccc-000000000000-000000', bounceType: 'Transient', bounceSubType: 'MailboxFull',
      bouncedRecipients: [{ emailAddress: 'kim@example.co.kr', action: 'failed', status: '4.2.2', diagnosticCode: "smtp; 452 4.2.2 The mailbox is over its quota, try again later" }],
      reportingMTA: 'dsn; b224-13.smtp-out.eu-west-1.amazonses.com',
    },
    mail: { source: 'noreply@ours.example', destination: ['kim@example.co.kr'] },
  });
  const sns = JSON.stringify({ Type: 'Notification', MessageId: '9f1c2d3e-0000-4abc-8def-1234567890ab', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:ses-bounces', Message: inner, Timestamp: '2026-11-28T08:15:02.512Z' });

  it('shows the quoted reply, unescaped, instead of the start of the line', async () => {
    const [f] = (await diagnose(sns)).findings;
    expect(f).toMatchObject({ reply: '452', enhanced: '4.2.2', recipient: 'kim@example.co.kr', reason: 'mailboxfull' });
    expect(f!.evidence).toBe('smtp; 452 4.2.2 The mailbox is over its quota, try again later');
  });

  it('keeps the line from its start when the code is near it, or no quote opens the reply', () => {
    const near = `host mx.example.org said: 550 5.1.1 unknown user ${'x'.repeat(600)}`;
    expect(evidenceAt(near, near.indexOf('550'))).toBe(trimEvidence(near));
    const unquoted = `${'word '.repeat(100)}550 5.7.1 refused by policy`;
    expect(evidenceAt(unquoted, unquoted.indexOf('550'))).toBe(trimEvidence(unquoted));
    // An apostrophe inside a word is not an opening quote.
    const apostrophe = `${'word '.repeat(100)}it couldn't be delivered: 550 5.7.1 refused by policy`;
    expect(evidenceAt(apostrophe, apostrophe.indexOf('550'))).toBe(trimEvidence(apostrophe));
  });
});

describe('evidence inside an e-mail API event on one line', () => {
  // Past 200 characters, a line of JSON is an event's payload rather than a short reply.
  const envelope = '"id":"0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b","timestamp":1764400000,"tags":["billing","eu"],"campaign":"november","account":"acct-7781","region":"eu-west-1","stream":"outbound",';

  it('shows the string that holds the reply', () => {
    const line = `{${envelope}"recipient":"ines@example.com","reason":"550 5.1.1 No such user here"}`;
    expect(evidenceAt(line, line.indexOf('550'))).toBe('550 5.1.1 No such user here');
  });

  it('shows the innermost object for a code that is a number or a string holding the code alone', () => {
    const number = `{${envelope}"delivery-status":{"code":550,"description":"No such user here"}}`;
    expect(evidenceAt(number, number.indexOf('550'))).toBe('{"code":550,"description":"No such user here"}');
    const bare = `{${envelope}"rcpt":{"status":"5.1.1","diagnostic":"unknown user"}}`;
    expect(evidenceAt(bare, bare.indexOf('5.1.1'))).toBe('{"status":"5.1.1","diagnostic":"unknown user"}');
  });

  it('keeps a short line whole, and a long line that is no JSON from its start', () => {
    const short = '{"code":550,"message":"5.1.1 unknown user"}';
    expect(evidenceAt(short, short.indexOf('550'))).toBe(short);
    const prose = `${'word '.repeat(50)}host said: 550 5.1.1 unknown user`;
    expect(evidenceAt(prose, prose.indexOf('550'))).toBe(trimEvidence(prose));
  });
});

describe('textShows', () => {
  it('finds a provider code in the reply, the notice or the report, case aside', () => {
    const none = () => '';
    expect(textShows('AS(201806281)', '550 5.4.1 … as(201806281)', '', none)).toBe(true);
    expect(textShows('S3150', '', '', () => 'part of their network is on our block list (S3150)')).toBe(true);
    expect(textShows('AS(201806281)', '550 5.4.1 Recipient address rejected: Access denied', '', none)).toBe(false);
  });
});
