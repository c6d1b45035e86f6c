/**
 * Provider matching beyond the reply line: a notice's Subject and banner name Sendmail's delay
 * warning (without ever giving a reason, a finding or an autoReply of their own), a session
 * banner yields to the specific line under it, and catalogued wordings stay with their codes.
 * Every example is written for this test in the shape each server uses.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

async function first(text: string) {
  const d = await diagnose(text);
  expect(d.findings.length, 'no finding').toBeGreaterThan(0);
  return { ...d.findings[0]!, autoReply: d.autoReply };
}

const SENDMAIL_WARNING_BODY = [
  '    **********************************************',
  '    **      THIS IS A WARNING MESSAGE ONLY      **',
  '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
  '    **********************************************',
  '',
  'The original message was received at Sat, 21 Nov 2026 02:10:44 GMT',
  '   ----- Transcript of session follows -----',
  '<dora@example.org>... Deferred: Connection timed out with mx.example.org.',
  '',
  'Reporting-MTA: dns; out7.example.com',
  '',
  'Final-Recipient: RFC822; dora@example.org',
  'Action: delayed',
  'Status: 4.4.1',
  'Remote-MTA: DNS; mx.example.org',
].join('\n');

describe('a notice\'s Subject and banner', () => {
  it('name Sendmail\'s delay warning, and the reason stays the queue\'s', async () => {
    const f = await first(`Subject: Warning: could not send message for past 4 hours\n\n${SENDMAIL_WARNING_BODY}`);
    expect(f.provider).toBe('sendmail');
    expect(f.providerResponse).toBe('sendmail-warning-could-not-send-for-past');
    expect(f.reason).toBe('expired');
    expect(f.whoActs).toBe('nobody');
  });

  it('the banner alone is enough', async () => {
    const f = await first(SENDMAIL_WARNING_BODY);
    expect(f.providerResponse).toBe('sendmail-warning-could-not-send-for-past');
  });

  it('never give the reason: a specific cause in the transcript stays', async () => {
    const text = SENDMAIL_WARNING_BODY.replace(
      '<dora@example.org>... Deferred: Connection timed out with mx.example.org.',
      '<<< 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]\n<dora@example.org>... Deferred: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]',
    ).replace('Status: 4.4.1', 'Status: 4.7.1');
    const f = await first(`Subject: Warning: could not send message for past 4 hours\n\n${text}`);
    expect(f.reason).toBe('requireptr');
  });

  it('make no finding and no autoReply by themselves', async () => {
    const d = await diagnose('Subject: Warning: could not send message for past 4 hours\n\nanyone seen this before? the queue looks fine to me');
    expect(d.findings).toEqual([]);
    expect(d.autoReply).toBe(false);
  });

  it('do not replace another provider\'s response in the body', async () => {
    const f = await first([
      'Subject: Warning: could not send message for past 4 hours',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mta7.am0.yahoodns.net.:',
      '<<< 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      '<erin@yahoo.com>... Deferred: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred',
    ].join('\n'));
    expect(f.provider).toBe('yahoo');
    expect(f.providerCode).toBe('TSS04');
  });
});

describe('a session banner that frames the refusal', () => {
  const gmx = (lines: string[]) =>
    `<frank@web.de>: host mx-ha.web.de[198.51.100.111] refused to talk to me: ${lines.join(' ')}`;

  it('yields its reason to the specific line under it (missing reverse DNS)', async () => {
    const f = await first(gmx([
      '554-web.de (mxweb113) Nemesis ESMTP Service not available',
      '554-No SMTP service',
      '554-Bad DNS PTR resource record.',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=203.0.113.9&r=1Abc-2Def',
    ]));
    expect(f.provider).toBe('gmx');
    expect(f.providerResponse).toBe('gmx-554-nemesis-service-not-available');
    expect(f.reason).toBe('requireptr');
  });

  it('still gives its own reason when the reply says nothing more', async () => {
    const f = await first(gmx([
      '554-web.de (mxweb113) Nemesis ESMTP Service not available',
      '554 For explanation visit https://postmaster.gmx.net/en/case?c=r9999&i=ip&v=203.0.113.9&r=1Abc-2Def',
    ]));
    expect(f.providerResponse).toBe('gmx-554-nemesis-service-not-available');
    expect(f.reason).toBe('blocked');
  });
});

describe('catalogued wordings keep their codes', () => {
  it('a 5.7.1 refusal in sendmail\'s "<address>... text" shape is not sendmail\'s 5.1.1 user unknown', async () => {
    const f = await first('<<< 550 5.7.1 <gina@example.net>... User unknown or sender 203.0.113.9 blacklisted\n550 5.7.1 <gina@example.net>... Sender blacklisted');
    expect(f.providerResponse).not.toBe('sendmail-550-5.1.1-user-unknown');
  });

  it('nor is another server\'s 5.2.1 in that shape', async () => {
    const f = await first('Diagnostic-Code: smtp; 550 5.2.1 <gina@example.net>... User unknown');
    expect(f.providerResponse).not.toBe('sendmail-550-5.1.1-user-unknown');
  });

  it('sendmail\'s own 5.1.1 line and log line are still its user unknown', async () => {
    expect((await first('<<< 550 5.1.1 <hank@example.net>... User unknown\n550 5.1.1 <hank@example.net>... User unknown')).providerResponse)
      .toBe('sendmail-550-5.1.1-user-unknown');
    const log = 'Nov 21 04:12:09 mx2 sm-mta[8812]: 4AL4C9xY008812: to=<hank@example.net>, delay=00:00:01, mailer=esmtp, pri=30500, relay=mail.example.net. [192.0.2.40], dsn=5.1.1, stat=User unknown';
    expect((await first(log)).providerResponse).toBe('sendmail-550-5.1.1-user-unknown');
  });
});

describe('Exim\'s "Unrouteable address"', () => {
  it('in Exim\'s own bounce (no remote reply) is a domain it could not route', async () => {
    const f = await first('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ivy@misspelt-domain.example\n    Unrouteable address');
    expect(f.providerResponse).toBe('exim-unrouteable-address-own-bounce');
    expect(f.reason).toBe('hostunknown');
    expect(f.hardBounce).toBe(true);
  });

  it('as a remote server\'s 550 to RCPT TO is a local part it has no route for', async () => {
    const f = await first('SMTP error from remote mail server after RCPT TO:<jack@example.net>:\n    host mx.example.net [192.0.2.25]: 550 Unrouteable address');
    expect(f.providerResponse).toBe('exim-550-unrouteable-address');
    expect(f.reason).toBe('userunknown');
  });
});

describe('Microsoft 5.4.312', () => {
  it('a DNS query that failed until the message expired is a network failure, not a missing domain', async () => {
    const f = await first([
      'Delivery has failed to these recipients or groups:',
      'kim@example.net',
      'Diagnostic information for administrators:',
      'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
      'kim@example.net',
      'Remote Server returned \'550 5.4.312 Message expired, DNS query failed [Message=ServerFailure (DNS server returned ServerFailure)] [LastAttemptedServerName=example.net]\'',
    ].join('\n'));
    expect(f.providerResponse).toBe('microsoft-5.4.312-dns-query-failed');
    expect(f.reason).toBe('networkerror');
    expect(f.hardBounce).toBe(false);
  });
});

describe('a provider entry of the other class', () => {
  it('never explains a reply: a 5.7.32 rejection is not the 4.7.32 deferral that shares its sentence', async () => {
    const d = await diagnose("550-5.7.32 Your email has been rejected because the From: header isn't aligned\n550-5.7.32 with either the authenticated SPF or DKIM organizational domain.\n550 5.7.32  https://support.google.com/mail/?p=DmarcRejection g7si8 - gsmtp");
    expect(d.findings[0]).toMatchObject({ enhanced: '5.7.32', provider: 'gmail', providerResponse: 'gmail-5.7.32-dmarc-alignment-blocked', reason: 'authfailure' });
  });
});
