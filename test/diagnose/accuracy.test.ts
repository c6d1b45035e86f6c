/**
 * Rules for reasons and hard bounces that follow how a class of servers words a failure, and the
 * reply shapes of mail libraries and MTAs the engine once missed. Every example is written here.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import { unknownUserOutsideRcpt } from '../../src/diagnose/classify/index.js';
import { reasonsInText } from '../../src/diagnose/reasons/index.js';
import type { Finding } from '../../src/diagnose/types.js';

async function first(text: string): Promise<Finding> {
  const d = await diagnose(text);
  expect(d.findings.length, JSON.stringify(d)).toBeGreaterThan(0);
  return d.findings[0]!;
}

function strongest(text: string): string | undefined {
  return [...reasonsInText(text)].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('unknown user, by the stage it was said in', () => {
  it('a terse "User unknown" with no sign of RCPT TO and no address code is a filter, not a hard bounce', async () => {
    const f = await first('Delivery to the following recipient failed permanently:\n\n  pat@example.net\n\nDiagnostic-Code: smtp; 550 User unknown\n');
    expect(f.reason).toBe('filtered');
    expect(f.hardBounce).toBe(false);
  });

  it('the same words in answer to RCPT TO stay a missing mailbox', async () => {
    const f = await first('pat@example.net\n  SMTP error from remote mail server after RCPT TO:<pat@example.net>: 550 User unknown\n');
    expect(f.reason).toBe('userunknown');
    expect(f.hardBounce).toBe(true);
  });

  it('an X.1.x code or a named RCPT stage keeps the address verdict', () => {
    expect(unknownUserOutsideRcpt('550 5.1.1 User unknown', '5.1.1', '')).toBe(false);
    expect(unknownUserOutsideRcpt('550 5.2.1 User unknown', '5.2.1', '')).toBe(false);
    expect(unknownUserOutsideRcpt('550 User unknown', null, '192.0.2.1 does not like recipient.\nRemote host said: 550 User unknown')).toBe(false);
    expect(unknownUserOutsideRcpt('550 User unknown', null, 'Remote host said:\n550 User unknown\n[RCPT_TO]')).toBe(false);
    expect(unknownUserOutsideRcpt('550 5.0.0 User unknown', '5.0.0', '')).toBe(true);
    expect(unknownUserOutsideRcpt('550 User unknown', null, 'host mx said: 550 User unknown (in reply to RCPT TO command)')).toBe(false);
    expect(unknownUserOutsideRcpt('550 Mailbox quota exceeded', null, '')).toBe(false);
  });
});

describe('reason wordings', () => {
  it('a bare host name that "does not exist" is an unknown host, an address that does not is not', () => {
    expect(strongest('553 relay.example.org does not exist')).toBe('hostunknown');
    expect(strongest('550 kim@example.org does not exist')).toBe('userunknown');
  });

  it('a list that refuses a post as spam says spam, whatever else it mentions', () => {
    expect(strongest('Your message to the group was rejected due to spam classification. Check your DKIM setup.')).toBe('spamdetected');
  });

  it('a server not configured to relay refuses relaying', () => {
    expect(strongest('501 RCPT TO not accepted: 5.7.1 This system is not configured to relay mail')).toBe('norelaying');
  });

  it("Postfix's refused greeting and a client host blocked for spam are blocks", () => {
    expect(strongest('connect to mx.example.com[192.0.2.7]: server refused to talk to me: 421 Service not available')).toBe('blocked');
    expect(strongest('550 Client host blocked for spamming issues')).toBe('blocked');
  });

  it('a mail loop is a network error, even when the server says it refused the message', () => {
    expect(strongest('server refused to accept your message: 554 5.4.6 Hop count exceeded - possible mail loop')).toBe('networkerror');
  });
});

describe('more wordings', () => {
  it('a helo name that does not match the client address, or an unverifiable sending IP, is a PTR check', () => {
    expect(strongest('550 domain [example.org] mismatches client ip 192.0.2.5.')).toBe('requireptr');
    expect(strongest('450 service permits 2 unverifyable sending IPs - mx.example.org is not 192.0.2.5')).toBe('requireptr');
  });

  it('a client library naming the SMTP step that failed is no local mailer or server error', () => {
    expect(strongest('SMTP server error: DATA END command failed')).toBeUndefined();
    expect(strongest('pipe to |/usr/bin/procmail: shell command failed')).toBe('mailererror');
  });

  it('a notice that only asks to check the address points to the address, weakly', () => {
    expect(strongest('Unable to deliver message to <jo@example.jp>. Please check if address is correct.')).toBe('userunknown');
    expect(strongest('Mailbox full. Please check if address is correct.')).toBe('mailboxfull');
  });
});

describe('verdicts the stage or the code decides', () => {
  it('a delay warning whose last error is a generic transient one is filed as expired', async () => {
    const f = await first('Subject: Delivery Status Notification (Delay)\n\nDelivery to kit@example.net is delayed.\n[Status: Error, Address: <kit@example.net>, ResponseCode 421, , Host not reachable.]\n');
    expect(f.reason).toBe('expired');
    expect(f.permanent).toBe(false);
  });

  it('a notice that calls the account disabled makes a "user unknown" a suspension', async () => {
    const f = await first('Subject: Undelivered Mail Returned to Sender\n\nYour message could not be delivered.\n\nThe user(s) account is disabled.\n\n<mo@example.jp>: host mx.example.jp[192.0.2.8] said: 550 user unknown (in reply to RCPT TO command)\n');
    expect(f.reason).toBe('suspend');
    expect(f.hardBounce).toBe(false);
  });

  it("Sendmail's own 5.1.1 line keeps an unknown user read after a pipelined DATA", async () => {
    const transcript = ['   ----- Transcript of session follows -----', '... while talking to mx.example.fr.:', '>>> DATA',
      '<<< 550 5.5.0 Invalid recipient', '550 5.1.1 <mo@example.fr>... User unknown', '<<< 554 5.5.1 Error: no valid recipients', ''].join('\n');
    const f = await first(`The following addresses had permanent fatal errors\n<mo@example.fr>\n${transcript}`);
    expect(f.reason).toBe('userunknown');
    expect(f.hardBounce).toBe(true);
  });

  it("the reporting MTA's specific Status beats a paired X.0.0", async () => {
    const text = ['Reporting-MTA: dns; out.example.org', '', 'Final-Recipient: rfc822; kit@example.net', 'Action: failed',
      'Status: 5.3.0', 'Diagnostic-Code: smtp; 550 5.0.0 <kit@example.net>... Insufficient permission', ''].join('\n');
    const f = await first(`Subject: Returned mail\n\n${text}`);
    expect(f.reply).toBe('550');
    expect(f.enhanced).toBe('5.3.0');
    expect(f.reason).not.toBe('mailboxfull');
  });


  it('a DNS query that failed until the message expired is a network error, not an unknown host', async () => {
    const f = await first('Delivery has failed to these recipients or groups:\nrio@example.com\nRemote Server returned \'550 5.4.312 Message expired, DNS query failed\'\n');
    expect(f.reason).toBe('networkerror');
    expect(f.hardBounce).toBe(false);
  });

  it('a refusal right after connecting is a block of the client', async () => {
    const f = await first('rio@example.com\n  SMTP error from remote mail server after initial connection:\n  554 mx1.example.com : You are not welcome here\n');
    expect(f.reason).toBe('blocked');
  });

  it('a catalogued wording under another code does not override the code the server sent', async () => {
    const f = await first('----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> RCPT To:<lou@example.org>\n<<< 550 5.7.1 IP address blacklisted by recipient\n550 5.7.1 <lou@example.org>... User unknown\n');
    expect(f.enhanced).toBe('5.7.1');
    expect(f.reason).toBe('blocked');
    expect(f.hardBounce).toBe(false);
  });
});

describe('reply shapes of MTAs and libraries', () => {
  it('Exchange: Remote Server returned a bare reply', async () => {
    const f = await first("Delivery has failed to these recipients or groups:\nkai@example.net\nRemote Server returned '550 Requested action not taken: mailbox unavailable'\n");
    expect(f.reply).toBe('550');
  });

  it('Exim: the command echoed before the answer, even without the report around it', async () => {
    const d = await diagnose('kai@nowhere.example\n    RCPT TO:<kai@nowhere.example>: 550 Unrouteable address\n');
    expect(d.autoReply).toBe(true);
    expect(d.findings[0]?.reply).toBe('550');
    expect(d.findings[0]?.recipient).toBe('kai@nowhere.example');
  });

  it('qmail: Remote host said', async () => {
    const f = await first('<kai@example.com>:\n192.0.2.9 does not like recipient.\nRemote host said: 550 sorry, no mailbox here by that name.\nGiving up on 192.0.2.9.\n');
    expect(f.reply).toBe('550');
    expect(f.hardBounce).toBe(true);
  });

  it('Python smtplib: the bytes form, with the recipient unquoted', async () => {
    const f = await first("smtplib.SMTPRecipientsRefused: {'kai@example.com': (550, b'5.1.1 <kai@example.com>: Recipient address rejected: User unknown in virtual mailbox table')}");
    expect(f.reply).toBe('550');
    expect(f.enhanced).toBe('5.1.1');
    expect(f.recipient).toBe('kai@example.com');
  });

  it('PHPMailer: SMTP code and Additional SMTP info', async () => {
    const f = await first('SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Message refused SMTP code: 554 Additional SMTP info: 5.7.1');
    expect(f.reply).toBe('554');
    expect(f.enhanced).toBe('5.7.1');
  });

  it('counts in chat are not codes and make no finding', async () => {
    const d = await diagnose('campaign report: 550 bounced, 421 complaints, 12000 delivered');
    expect(d.autoReply).toBe(false);
    expect(d.findings).toEqual([]);
  });

  it('a lone "queued" success is not worth an unasked answer', async () => {
    const d = await diagnose('250 2.0.0 Ok: queued as 4F2A91C03B');
    expect(d.autoReply).toBe(false);
    expect(d.findings[0]?.reason).toBe('delivered');
  });

  it('a software version in a Received: trace line is not an enhanced code', async () => {
    const d = await diagnose('The following address failed:\n\n  kim@example.org\n\nMail size limit exceeded.\n\nReceived: from a.example.net by b.example.com (Acme SMTP 2.4.12) with ESMTP id 77AB; Mon, 2 Mar 2020 10:00:00 +0000\n');
    expect(d.findings.every((f) => f.enhanced !== '2.4.12')).toBe(true);
  });
});
