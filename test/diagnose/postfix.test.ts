/**
 * Postfix's logs and reports in the shapes a running Postfix writes them (checked against Postfix
 * 3.7 on Debian, sending to a second Postfix with postgrey and postscreen): a message deferred
 * until its queue lifetime ran out, a next hop whose name does not resolve, a greeting refusal
 * Postfix keeps retrying, and a report for an address that an alias expanded.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

const smtp = (qid: string, to: string, delay: number, dsn: string, why: string) =>
  `Nov 29 14:2${delay}:56 mail postfix/smtp[2984${delay}]: ${qid}: to=<${to}>, relay=none, delay=${delay * 40}, delays=0/0/0/0, dsn=${dsn}, status=deferred (${why})`;

describe('a Postfix log of a message the queue gave up on', () => {
  const why = 'connect to 192.0.2.7[192.0.2.7]:25: Connection refused';
  const deferrals = [0, 1, 2].map((n) => smtp('45A6C16A20C', 'bob@far.example', n, '4.4.1', why));
  const expired = 'Nov 29 14:31:10 mail postfix/qmgr[2570]: 45A6C16A20C: from=<app@ours.example>, status=expired, returned to sender';

  it('is final once the queue manager says the same queue ID expired', async () => {
    const [f] = (await diagnose([...deferrals, expired].join('\n'))).findings;
    // Its next hop refused every connection: the receiving side's server was not there to take it.
    expect(f).toMatchObject({ recipient: 'bob@far.example', enhanced: '4.4.1', reason: 'expired', permanent: true, hardBounce: false, whoActs: 'recipient-admin' });
  });

  it('is still retrying while only deferrals are logged, or another message expired', async () => {
    const other = expired.replace('45A6C16A20C', '9F8E7D6C5B4');
    for (const text of [deferrals.join('\n'), [...deferrals, other].join('\n')]) {
      const [f] = (await diagnose(text)).findings;
      expect(f).toMatchObject({ recipient: 'bob@far.example', permanent: false });
    }
  });

  it('reads a greylisting the queue never got past as an expiry for the sender to look at, not as nobody\'s', async () => {
    const grey = [0, 1].map((n) => smtp('7C1D2E3F4A5', 'ann@far.example', n, '4.2.0',
      'host mx.far.example[192.0.2.7] said: 450 4.2.0 <ann@far.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/far.example.html (in reply to RCPT TO command)'));
    const gaveUp = expired.replace('45A6C16A20C', '7C1D2E3F4A5');
    const [f] = (await diagnose([...grey, gaveUp].join('\n'))).findings;
    expect(f).toMatchObject({ reply: '450', enhanced: '4.2.0', reason: 'expired', permanent: true, whoActs: 'sender' });
    const [pending] = (await diagnose(grey.join('\n'))).findings;
    expect(pending).toMatchObject({ permanent: false, whoActs: 'nobody' });
  });
});

describe('a Postfix report', () => {
  const report = (fields: string[]) => [
    'This is the mail system at host mail.ours.example.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients. It\'s attached below.',
    '',
    'Reporting-MTA: dns; mail.ours.example',
    '',
    ...fields,
  ].join('\n');

  it('reads a next hop whose name does not resolve for now as a network problem', async () => {
    const d = await diagnose(report(['Final-Recipient: rfc822; bob@far.example', 'Action: failed', 'Status: 4.4.4',
      'Diagnostic-Code: X-Postfix; unable to look up host mx.far.example: Temporary', '    failure in name resolution']));
    expect(d.findings[0]).toMatchObject({ enhanced: '4.4.4', reason: 'networkerror', permanent: true, hardBounce: false });
  });

  it('reads postscreen turning our IP away as a block, still pending while the sending Postfix retries it', async () => {
    const fields = (action: string) => ['Final-Recipient: rfc822; bob@far.example', `Action: ${action}`, 'Status: 4.3.2',
      'Remote-MTA: dns; mx.far.example', 'Diagnostic-Code: smtp; 521 5.3.2 Service currently unavailable'];
    expect((await diagnose(report(fields('delayed')))).findings[0]).toMatchObject({ reason: 'blocked', permanent: false, hardBounce: false });
    // A 521, but the client that is refused, not a domain that takes no mail: never a hard bounce.
    expect((await diagnose(report(fields('failed')))).findings[0]).toMatchObject({ reason: 'blocked', permanent: true, hardBounce: false, whoActs: 'sender' });
  });

  it('lets a mail-system status code outrank the bare words "try again later"', async () => {
    const d = await diagnose(report(['Final-Recipient: rfc822; bob@far.example', 'Action: delayed', 'Status: 4.3.1',
      'Diagnostic-Code: smtp; 452 4.3.1 Temporary failure, please try again later']));
    expect(d.findings[0]).toMatchObject({ enhanced: '4.3.1', reason: 'systemfull', permanent: false });
  });

  it('gives an address an alias expanded one finding, under the address it was delivered to', async () => {
    const d = await diagnose(report(['Final-Recipient: rfc822; full@far.example', 'Original-Recipient: rfc822;team@far.example',
      'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: x-unix; input/output error']));
    expect(d.findings.map((f) => f.recipient)).toEqual(['full@far.example']);
    expect(d.findings[0]).toMatchObject({ reason: 'mailboxfull', hardBounce: false });
  });
});

describe('Postfix refusing a client itself, logged without its code', () => {
  const at = 'Nov 29 14:27:43 mx postfix';
  const cases: [string, string, string, boolean][] = [
    ['a message over the size limit', `${at}/smtpd[3126]: warning: 6EBFE16A163: queue file size limit exceeded`, 'mesgtoobig', true],
    ['a connection rate limit', `${at}/smtpd[3131]: warning: Connection rate limit exceeded: 2 from unknown[192.0.2.9] for service smtp`, 'toomanyconn', false],
    ['a concurrency limit', `${at}/smtpd[3131]: warning: Connection concurrency limit exceeded: 51 from unknown[192.0.2.9] for service smtp`, 'toomanyconn', false],
    ['a denylisted client', `${at}/postscreen[3132]: CONNECT from [192.0.2.9]:39894 to [198.51.100.1]:25\n${at}/postscreen[3132]: DENYLISTED [192.0.2.9]:39894`, 'blocked', true],
    ['a client that talked first', `${at}/postscreen[3132]: PREGREET 11 after 0.1 from [192.0.2.9]:53311: EHLO x\\r\\n`, 'blocked', true],
    ['a malformed address', `${at}/smtpd[3126]: warning: Illegal address syntax from unknown[192.0.2.9] in RCPT command: <bob@@ours.example>`, 'syntaxerror', true],
  ];
  for (const [name, line, reason, permanent] of cases) {
    it(`reads ${name}, when asked`, async () => {
      const d = await diagnose(line);
      expect(d.autoReply).toBe(false);
      expect(d.findings).toHaveLength(1);
      expect(d.findings[0]).toMatchObject({ reply: null, reason, permanent, hardBounce: false });
    });
  }
});
