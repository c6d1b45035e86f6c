import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import type { Diagnosis, Finding } from '../../src/diagnose/types.js';

function first(d: Diagnosis, recipient?: string): Finding {
  const f = recipient ? d.findings.find((x) => x.recipient === recipient) : d.findings[0];
  expect(f, `no finding${recipient ? ` for ${recipient}` : ''} in ${JSON.stringify(d)}`).toBeDefined();
  return f!;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

describe('raw DSN (multipart/report)', () => {
  const human = 'Your message could not be delivered to one recipient.\r\n\r\nThe mail server for lee@example.net answered: the mailbox is not known here.\r\n';
  const status = [
    'Reporting-MTA: dns; out1.example.org',
    '',
    'Final-Recipient: rfc822; lee@example.net',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.net',
    'Diagnostic-Code: smtp; 550 5.1.1 <lee@example.net>: Recipient address rejected: User unk=',
    ' nown in virtual mailbox table',
  ].join('\r\n');
  const qp = status.replace('User unk=\r\n nown', 'User unk=\r\nnown');
  const raw = [
    'From: Mail Delivery System <MAILER-DAEMON@out1.example.org>',
    'To: app@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(human),
    '--b1',
    'Content-Type: message/delivery-status',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qp,
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    'From: app@example.org',
    'To: lee@example.net',
    'Subject: invoice 5.1.1 for order 550 550',
    '',
    'Call 555 123 4567, version 5.7.26.',
    '--b1--',
    '',
  ].join('\r\n');

  it('decodes base64 and quoted-printable parts and pairs the codes for the recipient', async () => {
    const d = await diagnose(raw);
    const f = first(d, 'lee@example.net');
    expect(f.reply).toBe('550');
    expect(f.enhanced).toBe('5.1.1');
    expect(f.reason).toBe('userunknown');
    expect(f.hardBounce).toBe(true);
    expect(f.permanent).toBe(true);
    expect(d.autoReply).toBe(true);
    // The returned original message's numbers are no codes.
    expect(d.findings.every((x) => x.recipient === 'lee@example.net')).toBe(true);
  });
});

describe('log lines', () => {
  it('reads a Postfix bounce line', async () => {
    const d = await diagnose('Mar  3 04:12:55 mx1 postfix/smtp[20211]: 4Q1x2y3z: to=<kim@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))');
    const f = first(d);
    expect([f.reply, f.enhanced, f.recipient, f.reason]).toEqual(['550', '5.1.1', 'kim@example.com', 'userunknown']);
    expect(d.autoReply).toBe(true);
  });

  it('reads a Postfix deferral with a greylisting wait', async () => {
    const d = await diagnose('postfix/smtp[811]: 9AB12: to=<ana@example.net>, relay=mx.example.net[198.51.100.7]:25, dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.7] said: 450 4.7.1 <ana@example.net>: Recipient address rejected: Greylisted, please try again in 300 seconds (in reply to RCPT TO command))');
    const f = first(d);
    expect([f.reply, f.enhanced, f.permanent, f.hardBounce]).toEqual(['450', '4.7.1', false, false]);
    expect(f.retryAfterSeconds).toBe(300);
  });

  it('reads an Exim failure line and a deferral line', async () => {
    const fail = await diagnose('2024-05-01 10:11:12 1s2T3u-000Abc-4x ** joe@example.org R=dnslookup T=remote_smtp H=mx.example.org [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<joe@example.org>: 550 5.1.1 <joe@example.org>: no such user');
    expect([first(fail).reply, first(fail).enhanced, first(fail).recipient, first(fail).reason]).toEqual(['550', '5.1.1', 'joe@example.org', 'userunknown']);
    const defer = await diagnose('2024-05-01 10:11:12 1s2T3u-000Abc-4x == joe@example.org R=dnslookup T=remote_smtp defer (-45) H=mx.example.org [203.0.113.5]: SMTP error from remote mail server after MAIL FROM:<app@example.com> SIZE=2048: 451 4.7.1 Please try again in 5 minutes');
    const f = first(defer);
    expect([f.reply, f.enhanced, f.permanent]).toEqual(['451', '4.7.1', false]);
    expect(f.retryAfterSeconds).toBe(300);
  });

  it('tells a message still queued from one the queue gave up on', async () => {
    const line = (status: string) => `Nov 29 10:00:01 mail postfix/smtp[4242]: 1A2B3C4D5E: to=<ann@example.com>, relay=none, delay=30, dsn=4.4.1, ${status} (connect to mx.example.com[192.0.2.1]:25: Connection refused)`;
    // Still queued: the connection failure is the news, and the queue retries by itself.
    const deferred = first(await diagnose(line('status=deferred')));
    expect([deferred.reason, deferred.permanent, deferred.whoActs]).toEqual(['networkerror', false, 'nobody']);
    // Given up and returned: a final failure, though the last answer was a 4xx.
    const expired = first(await diagnose(line('status=expired, returned to sender')));
    expect([expired.reason, expired.permanent, expired.hardBounce]).toEqual(['expired', true, false]);
  });

  it('reads an Exim failure line that carries no code', async () => {
    const unrouteable = first(await diagnose('2026-11-29 10:46:09 1xXcQ5-0003qs-1q ** nobody@example.org: Unrouteable address'));
    expect([unrouteable.recipient, unrouteable.reason, unrouteable.permanent]).toEqual(['nobody@example.org', 'hostunknown', true]);
    const gaveUp = first(await diagnose('2026-11-29 10:00:00 1tGx00-0001AB-CD ** ann@example.com R=dnslookup T=remote_smtp: retry time not reached for any host after a long failure period'));
    expect([gaveUp.recipient, gaveUp.reason, gaveUp.permanent]).toEqual(['ann@example.com', 'expired', true]);
  });

  it('reads a Sendmail log line', async () => {
    const d = await diagnose('May  2 08:00:01 relay sm-mta[3301]: 442L01a9003301: to=<pat@example.com>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com. [192.0.2.33], dsn=5.2.2, stat=User unknown 552 5.2.2 Mailbox full');
    const f = first(d);
    expect(f.enhanced).toBe('5.2.2');
    expect(f.reason).toBe('mailboxfull');
    expect(f.hardBounce).toBe(false);
  });
});

describe('transcripts', () => {
  it('reads a swaks session', async () => {
    const text = [
      '=== Trying mx.example.com:25...',
      '=== Connected to mx.example.com.',
      '<-  220 mx.example.com ESMTP ready',
      ' -> EHLO client.example.org',
      '<-  250-mx.example.com',
      '<-  250 PIPELINING',
      ' -> MAIL FROM:<ops@example.org>',
      '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<gone@example.com>',
      '<** 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
    ].join('\n');
    const d = await diagnose(text);
    const f = first(d);
    expect([f.reply, f.enhanced, f.reason]).toEqual(['550', '5.1.1', 'userunknown']);
    expect(d.autoReply).toBe(true);
    // Successes around the failure are not verdicts of their own.
    expect(d.findings.some((x) => x.reply === '250' || x.reply === '220')).toBe(false);
  });

  it('gives each recipient of a swaks session its own answer, and no verdict to an intermediate 354', async () => {
    const text = [
      '=== Trying mx.example.com:25...', '<-  220 mx.example.com ESMTP', ' -> EHLO client.example.org', '<-  250 PIPELINING',
      ' -> MAIL FROM:<ops@example.org>', '<-  250 2.1.0 Ok',
      ' -> RCPT TO:<gone@example.com>', '<** 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown',
      ' -> RCPT TO:<kept@example.com>', '<-  250 2.1.5 Ok',
      ' -> DATA', '<-  354 go ahead', ' -> Subject: test', ' -> .', '<-  250 2.0.0 Ok: queued as 4F1E2A', ' -> QUIT', '<-  221 2.0.0 Bye',
    ].join('\n');
    const d = await diagnose(text);
    const gone = d.findings.find((f) => f.recipient === 'gone@example.com')!;
    expect([gone.reply, gone.enhanced, gone.reason, gone.hardBounce]).toEqual(['550', '5.1.1', 'userunknown', true]);
    // The reply line alone, not the client's next command folded into it.
    expect(gone.evidence).toBe('<** 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown');
    expect(d.findings.filter((f) => f.recipient === 'kept@example.com').every((f) => f.reason === 'delivered')).toBe(true);
    expect(d.findings.some((f) => f.reply === '354')).toBe(false);
  });

  it('reads a throttling reply in a telnet session', async () => {
    const d = await diagnose('$ telnet mx.example.net 25\nTrying 192.0.2.40...\nConnected to mx.example.net.\n421 4.7.0 Too many connections from your IP, try again later\nConnection closed by foreign host.');
    expect([first(d).reply, first(d).enhanced, first(d).reason]).toEqual(['421', '4.7.0', 'toomanyconn']);
  });
});

describe('mail library errors', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['nodemailer', "Error: Message failed: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:790:19) {\n  code: 'EMESSAGE',\n  responseCode: 550,\n  command: 'DATA'\n}", '550', '5.7.1'],
    ['PHPMailer', 'SMTP ERROR: RCPT TO command failed: 550 5.1.1 No such user here\nSMTP Error: The following recipients failed: nobody@example.com: No such user here', '550', '5.1.1'],
    ['smtplib', "smtplib.SMTPRecipientsRefused: {'nobody@example.com': (550, b'5.1.1 <nobody@example.com>: Recipient address rejected: User unknown')}", '550', '5.1.1'],
    ['smtplib data', "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected as spam')", '554', '5.7.1'],
    ['JavaMail', 'com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <nobody@example.com>... User unknown', '550', '5.1.1'],
    ['.NET', 'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown', null, '5.1.1'],
    ['Ruby', 'Net::SMTPFatalError: 550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', '550', '5.7.26'],
    ['Ruby busy', 'Net::SMTPServerBusy: 421 4.7.0 Try again later, closing connection.', '421', '4.7.0'],
  ];
  for (const [name, text, reply, enhanced] of cases) {
    it(`reads ${name}`, async () => {
      const d = await diagnose(text);
      const f = first(d);
      expect([f.reply, f.enhanced]).toEqual([reply, enhanced]);
      expect(d.autoReply).toBe(true);
    });
  }

  it('reads a library error that quotes the refusal without its code (PHPMailer), with no code of its own', async () => {
    const d = await diagnose('SMTP Error: The following recipients failed: bob@example.com: <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(d.findings[0]).toMatchObject({ reply: null, enhanced: null, recipient: 'bob@example.com', reason: 'userunknown', hardBounce: true, provider: 'postfix' });
    // The evidence is the line the wording came from, not only the address.
    expect(d.findings[0]!.evidence).toContain('Recipient address rejected: User unknown');
  });

  it('reads the reason from the server\'s words in a .NET error, not from .NET\'s name for the code', async () => {
    // "Mailbox unavailable." is .NET's fixed text for any 550; here the account may not send as the From address.
    const sendAs = await diagnose('System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender');
    expect(sendAs.findings[0]).toMatchObject({ enhanced: '5.7.1', reason: 'rejected', hardBounce: false, whoActs: 'sender' });
    const exchange = await diagnose('System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception');
    expect(exchange.findings[0]).toMatchObject({ enhanced: '5.2.0', reason: 'rejected', hardBounce: false });
    // The server's own words still decide when they name a missing address.
    const unknown = await diagnose('System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.1.1 User unknown');
    expect(unknown.findings[0]).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });

  it('takes no source line number or expected code for the server\'s answer', async () => {
    expect((await diagnose('Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "250/251/252" but got empty code. in /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342')).findings).toEqual([]);
    expect((await diagnose('Expected response code 220 but got an empty response; File: /srv/desk/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php (445)')).findings).toEqual([]);
    // The code it did get is the answer, once: the bare 530 and the paired one are the same reply.
    const d = await diagnose('Swift_TransportException: Expected response code 250 but got code "530", with message "530 5.7.1 Authentication required\n" in /srv/app/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php:457');
    expect(d.findings.map((f) => [f.reply, f.enhanced])).toEqual([['530', '5.7.1']]);
  });

  it('gives each recipient of a Python SMTPRecipientsRefused its own answer', async () => {
    const d = await diagnose("smtplib.SMTPRecipientsRefused: {'good.user@example.com': (451, b'4.3.0 Temporary lookup failure'), 'bad.user@example.com': (550, b'5.1.1 <bad.user@example.com>: Recipient address rejected: User unknown in virtual mailbox table')}");
    const by = Object.fromEntries(d.findings.map((f) => [f.recipient, f]));
    expect(by['bad.user@example.com']).toMatchObject({ reply: '550', enhanced: '5.1.1', reason: 'userunknown', hardBounce: true });
    expect(by['good.user@example.com']).toMatchObject({ reply: '451', enhanced: '4.3.0', permanent: false, hardBounce: false });
    expect(by['good.user@example.com']!.reason).not.toBe('userunknown');
  });

  it('reads the recipient of an e-mail API event from its key, never the sender\'s', async () => {
    const d = await diagnose('{"msys":{"message_event":{"type":"bounce","error_code":"550","msg_from":"sender@example.com","raw_reason":"550 5.1.1 <recipient@example.com>: Recipient address rejected: User unknown","rcpt_to":"recipient@example.com"}}}');
    expect(d.findings[0]).toMatchObject({ recipient: 'recipient@example.com', reason: 'userunknown' });
  });

  it('tells an address the sending service suppressed from one the server refused today', async () => {
    const ses = await diagnose('{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"old@example.com","action":"failed","status":"5.1.1","diagnosticCode":"Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."}]}}');
    expect(ses.findings[0]).toMatchObject({ recipient: 'old@example.com', reason: 'suppressed' });
    const mailgun = await diagnose('{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"alice@example.com","delivery-status":{"code":605,"description":"Not delivering to previously bounced address"}}');
    expect(mailgun.findings[0]).toMatchObject({ recipient: 'alice@example.com', reason: 'suppressed', reply: null });
  });

  it('reads an e-mail API event that wraps a reply', async () => {
    const d = await diagnose('{"event":"bounce","email":"lee@example.net","smtp-code":550,"reason":"smtp; 550 5.1.1 The email account that you tried to reach does not exist.","type":"bounce"}');
    const f = first(d);
    expect([f.reply, f.enhanced, f.reason]).toEqual(['550', '5.1.1', 'userunknown']);
  });
});

describe('multi-line replies and wrapping', () => {
  it('joins a Gmail multi-line reply into one finding', async () => {
    const text = [
      'host gmail-smtp-in.l.google.com[142.250.1.26] said:',
      '550-5.7.26 Unauthenticated email from example.org is not accepted due to',
      "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
      '550-5.7.26 example.org domain if this was a legitimate mail. To learn about the',
      '550 5.7.26 DMARC initiative, visit https://support.google.com/mail/answer/2451690',
    ].join('\n');
    const d = await diagnose(text);
    expect(d.findings).toHaveLength(1);
    const f = first(d);
    expect([f.reply, f.enhanced, f.reason, f.provider]).toEqual(['550', '5.7.26', 'authfailure', 'gmail']);
  });

  it('keeps a code split from its reply line by wrapping', async () => {
    const d = await diagnose('<sam@example.com>: host mx.example.com[192.0.2.1] said:\n    550 5.2.2 <sam@example.com>: mailbox full (in reply to RCPT TO command)');
    expect([first(d).reply, first(d).enhanced, first(d).recipient, first(d).reason]).toEqual(['550', '5.2.2', 'sam@example.com', 'mailboxfull']);
  });
});

describe('several recipients', () => {
  it('gives each recipient its own verdict', async () => {
    const text = [
      'From: MAILER-DAEMON@mx.example.org',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'I\'m sorry to have to inform you that your message could not',
      'be delivered to one or more recipients.',
      '',
      '<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <ann@example.com>:',
      '    Recipient address rejected: User unknown (in reply to RCPT TO command)',
      '',
      '<bob@example.net>: host mx.example.net[192.0.2.2] said: 552 5.2.2 <bob@example.net>:',
      '    Mailbox full, quota exceeded (in reply to RCPT TO command)',
      '',
      '<cy@example.edu>: host mx.example.edu[192.0.2.3] said: 554 5.7.1 Service unavailable;',
      '    Client host [198.51.100.9] blocked using zen.spamhaus.org (in reply to RCPT TO command)',
    ].join('\n');
    const d = await diagnose(text);
    expect(first(d, 'ann@example.com').reason).toBe('userunknown');
    expect(first(d, 'ann@example.com').hardBounce).toBe(true);
    expect(first(d, 'bob@example.net').reason).toBe('mailboxfull');
    expect(first(d, 'bob@example.net').hardBounce).toBe(false);
    expect(first(d, 'cy@example.edu').reason).toBe('blocked');
    expect(first(d, 'cy@example.edu').enhanced).toBe('5.7.1');
  });
});

describe('non-English wrappers and line endings', () => {
  it('reads a German NDR', async () => {
    const text = 'Betreff: Unzustellbar\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\n  eva@beispiel.de\n\nDer Server antwortete: 550 5.1.1 <eva@beispiel.de>: Recipient address rejected: User unknown';
    const f = first(await diagnose(text));
    expect([f.reply, f.enhanced, f.recipient]).toEqual(['550', '5.1.1', 'eva@beispiel.de']);
  });

  it('reads a French NDR', async () => {
    const text = "Objet : Non remis\n\nVotre message n'a pas pu être remis à luc@exemple.fr.\n\nRéponse du serveur distant : 552 5.2.2 Boîte aux lettres pleine (mailbox full)";
    const f = first(await diagnose(text));
    expect([f.reply, f.enhanced, f.reason]).toEqual(['552', '5.2.2', 'mailboxfull']);
  });

  it('reads a bare reply code after "reason:" in other languages, and their words for an unknown user', async () => {
    const cases: [string, string][] = [
      ['邮件投递失败\n收件人: li@example.cn\n原因: 550 用户不存在', 'li@example.cn'],
      ['配信エラー\n宛先：ken@example.jp\n理由：550 宛先不明', 'ken@example.jp'],
      ['Unzustellbar\nEmpfänger: eva@beispiel.de\nGrund: 550 Benutzer unbekannt', 'eva@beispiel.de'],
      ['Mail non distribuable\nDestinataire : luc@exemple.fr\nRaison : 550 Utilisateur inconnu', 'luc@exemple.fr'],
    ];
    for (const [text, recipient] of cases) {
      const d = await diagnose(text);
      expect(d.findings[0], text).toMatchObject({ reply: '550', recipient, reason: 'userunknown', hardBounce: true });
      expect(d.autoReply, text).toBe(true);
    }
    // The same labels before a version or a count are not replies.
    expect((await diagnose('Grund: Version 5.5.1 installiert, 550 Nutzer')).findings).toEqual([]);
  });

  it('reads Yahoo and AOL replies that carry a sub-code of their own, and no reference of theirs as a status code', async () => {
    expect((await diagnose('554 30 Sorry, your message to someone@aol.jp cannot be delivered. This mailbox is disabled (554.30)')).findings[0])
      .toMatchObject({ reply: '554', reason: 'suspend', hardBounce: false });
    expect((await diagnose('552 1 Requested mail action aborted, mailbox not found')).findings[0]).toMatchObject({ reply: '552', reason: 'userunknown' });
    const d = await diagnose('451 Resources temporarily unavailable. Please try again later [#4.16.1].');
    expect(d.findings.map((f) => [f.reply, f.enhanced])).toEqual([['451', null]]);
    // A count after a code is still a count.
    expect((await diagnose('Subject: Undelivered Mail\n550 12 recipients were processed')).findings.some((f) => f.reply === '550')).toBe(false);
  });

  it('reads CRLF and CR-only line endings the same way', async () => {
    const lf = '<kim@example.com>: host mx.example.com[192.0.2.1] said: 550-5.1.1 The email account\n550 5.1.1 that you tried to reach does not exist.';
    const crlf = await diagnose(lf.replace(/\n/g, '\r\n'));
    const cr = await diagnose(lf.replace(/\n/g, '\r'));
    const plain = await diagnose(lf);
    expect(crlf).toEqual(plain);
    expect(cr).toEqual(plain);
    expect([first(plain).reply, first(plain).enhanced]).toEqual(['550', '5.1.1']);
  });
});

describe('decoys', () => {
  const decoys = [
    'Received: from relay (192.0.2.55) by mx; Tue, 4 Jun 2024 10:20:30 +0000',
    'Yahoo said the message id was 4.16.55.1 in their logs',
    'We upgraded MySQL 5.7.26 and node v5.1.1 yesterday',
    'Call me at +1 555 421 5500 or 555-550-1234',
    'the attachment is 550 KB and the queue id is 550A3B21F',
    'our SMTP relay listens on port 587 and 465',
    'the webmail returned HTTP 500 Internal Server Error and then 503 Service Unavailable',
    'nginx: GET /api/send 502 Bad Gateway',
    'ftp> put report.csv\n200 PORT command successful\n150 Opening data connection\n550 Permission denied\nSTOR failed',
    'We sent 550 emails today, took 450 seconds, cost $550',
    'see issue #550 and PR 421 for the mail queue refactor',
    'e-mail volume went from 421 to 550 per hour after the campaign',
    // An HTTP API's error body, and a curl dump of one.
    '{"message":"Too Many Requests","code":421}',
    'curl: (22) The requested URL returned error: 421\n< HTTP/2 421\n< retry-after: 30\n{"message":"slow down","code":421}',
  ];
  for (const text of decoys) {
    it(`finds no code in: ${text.slice(0, 50).replace(/\n/g, ' ')}`, async () => {
      const d = await diagnose(text);
      expect(d.findings.filter((f) => f.reply !== null || f.enhanced !== null)).toEqual([]);
      expect(d.autoReply).toBe(false);
    });
  }
});

describe('provider and wording', () => {
  it('names Microsoft from its host and code', async () => {
    const d = await diagnose("Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.14]. To request removal from this list please visit https://sender.office.com/'\nRemote-MTA: dns; example-com.mail.protection.outlook.com");
    const f = first(d);
    expect([f.reply, f.enhanced]).toEqual(['550', '5.7.606']);
    expect(f.provider).toBe('microsoft');
  });

  it('answers a provider\'s own reply wording unasked, though it says nothing of mail or SMTP', async () => {
    const d = await diagnose('550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [Qw3rTy.eu12]');
    expect(d.findings[0]).toMatchObject({ reply: '550', provider: 'mimecast' });
    expect(d.findings[0]!.providerResponse).not.toBeNull();
    expect(d.autoReply).toBe(true);
    // The same words as chat, with a count where the code would be, are no reply.
    expect((await diagnose('we see Administrative prohibition - envelope blocked on 550 of our messages')).autoReply).toBe(false);
  });

  it('tells relaying from a block list under the same 550 5.7.1', async () => {
    const relay = first(await diagnose('said: 550 5.7.1 <x@example.com>: Relay access denied'));
    const block = first(await diagnose('said: 550 5.7.1 Client host [192.0.2.9] blocked using bl.spamcop.net'));
    expect(relay.reason).toBe('norelaying');
    expect(block.reason).toBe('blocked');
  });
});

describe('greylisting', () => {
  it('is a deferral nobody has to act on, whatever code and wording the server uses', async () => {
    const cases: [string, number | null][] = [
      // postgrey behind Postfix, as the sending Postfix logs it
      ['Jul  1 10:00:00 mx postfix/smtp[123]: 4F1A2: to=<bob@example.net>, relay=mx.example.net[192.0.2.7]:25, dsn=4.2.0, status=deferred (host mx.example.net[192.0.2.7] said: 450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO command))', null],
      // a greylisting filter that names its wait, in a swaks transcript
      ['-> RCPT TO:<bob@example.net>\n<** 451 4.7.1 Greylisted, please try again in 300 seconds', 300],
      // and one that answers with a generic 4.7.0
      ['<bob@example.net>: host mx.example.net[192.0.2.7] said: 450 4.7.0 Graylisting in action, please come back in 5 minutes (in reply to RCPT TO command)', 300],
    ];
    for (const [text, wait] of cases) {
      const f = (await diagnose(text)).findings[0]!;
      expect(f, text).toMatchObject({ recipient: 'bob@example.net', reason: 'policyviolation', permanent: false, hardBounce: false, whoActs: 'nobody' });
      if (wait !== null) expect(f.retryAfterSeconds, text).toBe(wait);
    }
  });

  it('leaves a permanent refusal that mentions a greylist to the sender', async () => {
    const f = (await diagnose('<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.7.1 Your IP is on our grey-list of spam sources (in reply to RCPT TO command)')).findings[0]!;
    expect(f.permanent).toBe(true);
    expect(f.whoActs).not.toBe('nobody');
  });
});

describe('the receiving organisation\'s content rules', () => {
  it('reads an attachment refusal as its policy, for the sender to act on', async () => {
    for (const text of [
      '<bob@example.net>: host mx.example.net[192.0.2.7] said: 554 5.7.1 Message rejected due to content restrictions (attachment type .exe not allowed) (in reply to end of DATA command)',
      '552 5.7.0 Attachment extension .js is blocked by our mail system; files of this type are not allowed',
    ]) {
      const f = (await diagnose(text)).findings[0]!;
      expect(f, text).toMatchObject({ reason: 'policyviolation', whoActs: 'sender', hardBounce: false });
    }
  });
});

describe('who acts on a transient failure at the receiving end', () => {
  it('is nobody while the queue retries, and the usual party once it is permanent', async () => {
    const wait = [
      '<bob@example.net>: host mx.example.net[192.0.2.7] said: 421 4.3.2 System not accepting network messages (in reply to MAIL FROM command)',
      '<bob@example.net>: host mx.example.net[192.0.2.7] said: 451 4.3.0 Temporary lookup failure (in reply to RCPT TO command)',
    ];
    for (const text of wait) expect((await diagnose(text)).findings[0], text).toMatchObject({ permanent: false, whoActs: 'nobody' });
    const f = (await diagnose('<bob@example.net>: host mx.example.net[192.0.2.7] said: 554 5.3.2 System not accepting network messages (in reply to MAIL FROM command)')).findings[0]!;
    expect(f.permanent).toBe(true);
    expect(f.whoActs).not.toBe('nobody');
  });
});

describe('verdicts that must not overreach', () => {
  it('never calls a transient failure a hard bounce, whatever its wording', async () => {
    for (const text of ['450 4.2.1 Requested mail action not taken: mailbox unavailable', '451 4.1.1 <pat@example.org>: user unknown, try again later']) {
      const f = (await diagnose(text)).findings[0]!;
      expect([f.permanent, f.hardBounce], text).toEqual([false, false]);
    }
    // The same wording, permanent, is the hard verdict it always was.
    expect((await diagnose('550 5.1.1 <pat@example.org>: user unknown')).findings[0]).toMatchObject({ permanent: true, hardBounce: true });
  });

  it('leaves a permanent refusal of unknown cause to the sender rather than telling everyone to wait', async () => {
    // A delivery-status block that gave up with a bare 5.0.0 and no wording at all.
    const f = (await diagnose('Final-Recipient: rfc822; pat@example.org\nAction: failed\nStatus: 5.0.0')).findings[0]!;
    expect([f.reason, f.permanent, f.whoActs]).toEqual(['undefined', true, 'sender']);
  });
});

describe('replies whose plain reading misleads (each checked against its provider\'s documentation)', () => {
  const cases: [string, string, Partial<Finding>][] = [
    ['Exchange submission quota', '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
      { reason: 'speeding', whoActs: 'sender' }],
    ['group for internal senders', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
      { reason: 'rejected', whoActs: 'recipient-admin' }],
    ['recipient for internal senders', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]', { reason: 'rejected', whoActs: 'recipient-admin' }],
    ['group for members', '550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn\'t a group member or external senders aren\'t permitted to send to this group.',
      { reason: 'rejected', whoActs: 'recipient-admin' }],
    ['no IPv6', '550 5.7.510 Access denied, contoso.com does not accept email over IPv6', { hardBounce: false, whoActs: 'sender' }],
    ['no IPv6 (5.2.1)', '550 5.2.1 Service unavailable, [contoso.com] does not accept email over IPv6', { hardBounce: false, whoActs: 'sender' }],
    ['authentication level', '550 5.7.515 Access denied, sending domain example.com doesn\'t meet the required authentication level.', { reason: 'authfailure' }],
    ['ambiguous address', '550 5.1.4 RESOLVER.ADR.Ambiguous; ambiguous address', { hardBounce: false, whoActs: 'recipient-admin' }],
    ['mailbox disabled (X.2.1)', '550 5.2.1 Mailbox cannot be accessed', { reason: 'suspend', hardBounce: false }],
    ['connection limit', '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel', { reason: 'toomanyconn', permanent: false }],
    ['submission throttling', '550 5.2.251 Sender throttled due to continuous mailbox full errors.', { reason: 'speeding', whoActs: 'sender' }],
    ['Gmail sending quota', '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 i2si1 - gsmtp',
      { reason: 'speeding', whoActs: 'sender' }],
    ['sender domain', '450 4.1.8 <kijitora@example.jp>: Sender address rejected: Domain not found', { reason: 'rejected', recipient: null, whoActs: 'sender' }],
  ];
  for (const [name, text, want] of cases) {
    it(name, async () => {
      expect((await diagnose(text)).findings[0]).toMatchObject(want);
    });
  }
});

describe('MTA and filter wordings (checked against their sources)', () => {
  const cases: [string, string, Partial<Finding>][] = [
    ['Sendmail, sender domain', '553 5.1.8 <alice@nosuchdomain.example>... Domain of sender address alice@nosuchdomain.example does not exist', { reason: 'rejected', recipient: null }],
    ['Exim sender callout', '550-Verification failed for <alice@nosuchdomain.example>\n550-Unrouteable address\n550 Sender verify failed', { reason: 'rejected', recipient: null }],
    ['Postfix, login does not own the sender', '550 5.7.1 <alice@example.net>: Sender address rejected: not owned by user bob@example.com', { reason: 'rejected', recipient: null }],
    // The logging server's own configuration (its domain lists, or an MX that points at it): our side.
    ['Postfix, mail loop', 'Jan 10 10:00:00 mail postfix/smtp[123]: 4F3A21234: to=<bob@example.com>, relay=none, delay=0.1, dsn=5.4.6, status=bounced (mail for example.com loops back to myself)',
      { hardBounce: false, whoActs: 'sender' }],
    // Postfix answers 450 by default: its own verdict that the lookup may yet succeed, so the queue retries.
    ['Postfix, recipient domain unknown (450)', '450 4.1.2 <bob@nosuchdomain.example>: Recipient address rejected: Domain not found', { recipient: 'bob@nosuchdomain.example', permanent: false, hardBounce: false }],
    ['Postfix, recipient domain unknown (550)', '550 5.1.2 <bob@nosuchdomain.example>: Recipient address rejected: Domain not found', { reason: 'hostunknown', hardBounce: true, whoActs: 'sender' }],
    ['Postfix, our HELO name', '450 4.7.1 <mail.local>: Helo command rejected: Host not found', { whoActs: 'sender' }],
    ['Postfix, no PTR (550)', '550 5.7.1 Client host rejected: cannot find your hostname, [203.0.113.5]', { reason: 'requireptr' }],
    ['spamass-milter', '550 5.7.1 Blocked by SpamAssassin', { reason: 'spamdetected' }],
    ['Amavis banned attachment', '554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=application/x-msdownload,T=exe,N=setup.exe', { reason: 'policyviolation' }],
    ['MDaemon backscatter', '550 5.7.1 Backscatter protection detected an invalid or expired email address', { reason: 'rejected' }],
    ['milter-greylist wait', '451 4.7.1 Greylisting in action, please come back in 00:05:00', { retryAfterSeconds: 300, whoActs: 'nobody' }],
    ['Exim deny', '550 Administrative prohibition', { reply: '550' }],
    ['Postfix milter-reject log', 'Nov 29 10:00:01 mail postfix/cleanup[4499]: CADB76676A3: milter-reject: END-OF-MESSAGE from mail.example.net[203.0.113.5]: 5.7.1 Blocked by SpamAssassin; from=<alice@example.net> to=<bob@example.com> proto=ESMTP',
      { enhanced: '5.7.1', recipient: 'bob@example.com', reason: 'spamdetected' }],
  ];
  for (const [name, text, want] of cases) {
    it(name, async () => {
      const d = await diagnose(text);
      expect(d.findings[0]).toMatchObject(want);
      expect(d.autoReply).toBe(true);
    });
  }

  it('answers an MTA report that gives its verdict in words only', async () => {
    const d = await diagnose('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.com\n    retry timeout exceeded');
    expect(d.findings[0]).toMatchObject({ recipient: 'bob@example.com', reason: 'expired', permanent: true });
    expect(d.autoReply).toBe(true);
  });
});

describe('report shapes (RFC 6533, charsets, auto-replies, success reports)', () => {
  const mime = (type: string, parts: string[]) =>
    ['From: MAILER-DAEMON@mx.example.cn', 'To: sender@example.org', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=${type}; boundary="b"`, '', ...parts.flatMap((p) => ['--b', p]), '--b--', ''].join('\n');

  it('reads a message/global-delivery-status report, not as the returned message', async () => {
    const d = await diagnose(mime('global-delivery-status', [
      'Content-Type: text/plain; charset=utf-8\n\nDelivery failed for wang@example.cn.\n',
      'Content-Type: message/global-delivery-status\n\nReporting-MTA: dns; mx.example.cn\n\nFinal-Recipient: utf-8; wang@example.cn\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <wang@example.cn>: Recipient address rejected: User unknown\n',
      'Content-Type: message/global-headers\n\nFrom: sender@example.org\nTo: wang@example.cn\nSubject: 550 5.7.1 in the original\n',
    ]));
    expect(d.findings.map((f) => [f.reply, f.enhanced, f.recipient, f.reason])).toEqual([['550', '5.1.1', 'wang@example.cn', 'userunknown']]);
    expect(d.autoReply).toBe(true);
  });

  it('decodes a part in another charset sent as 7bit (ISO-2022-JP)', async () => {
    const jis = Buffer.from('1b2442305073681b2842', 'hex').toString('latin1'); // 宛先 in ISO-2022-JP
    const d = await diagnose(mime('delivery-status', [`Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n<jiro@example.jp>: ${jis} 550 5.1.1 User unknown\n`]));
    expect(d.findings[0]).toMatchObject({ recipient: 'jiro@example.jp', reply: '550', enhanced: '5.1.1' });
    expect(d.findings[0]!.evidence.includes(String.fromCharCode(27))).toBe(false);
  });

  it('takes nothing from an old bounce an out-of-office reply quotes', async () => {
    const d = await diagnose([
      'From: bob@example.com', 'To: alice@example.org', 'Subject: Automatic reply: Re: Undelivered Mail Returned to Sender', 'Auto-Submitted: auto-replied', '',
      'I am out of the office until Monday.', '', '> <old@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <old@example.com>: Recipient address rejected: User unknown',
    ].join('\n'));
    expect(d.findings.some((f) => f.hardBounce)).toBe(false);
    expect(d.autoReply).toBe(false);
  });

  it('does not answer a success report unasked', async () => {
    const d = await diagnose(mime('delivery-status', [
      'Content-Type: text/plain\n\nYour message was successfully delivered to the destination(s) listed below.\n<ok@example.com>: delivery via mx.example.com[192.0.2.1]:25: 250 2.0.0 Ok: queued as 9F8E7D\n',
      'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; ok@example.com\nAction: delivered\nStatus: 2.0.0\n',
    ]));
    expect(d.findings[0]).toMatchObject({ recipient: 'ok@example.com', reason: 'delivered' });
    expect(d.autoReply).toBe(false);
  });

  it('reads localized Exchange and Gmail notices copied without their codes', async () => {
    const cases: [string, string, string][] = [
      ['Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:\n\nbob@example.com\nDie eingegebene E-Mail-Adresse wurde nicht gefunden.', 'bob@example.com', 'userunknown'],
      ["Adresse introuvable\n\nVotre message n'a pas été distribué à bob@example.fr, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.", 'bob@example.fr', 'userunknown'],
      ['无法传递到以下收件人或组:\n\nbob@example.cn\n找不到您输入的电子邮件地址。', 'bob@example.cn', 'userunknown'],
      ['Échec de la remise pour ces destinataires ou groupes :\n\nbob@example.fr\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.', 'bob@example.fr', 'mailboxfull'],
    ];
    for (const [text, recipient, reason] of cases) {
      expect((await diagnose(text)).findings[0], text).toMatchObject({ recipient, reason, permanent: true });
    }
  });
});

describe('a rendered Outlook non-delivery report', () => {
  it('reads "the email address you entered couldn\'t be found" as an unknown address, code or not', async () => {
    const f = (await diagnose("Delivery has failed to these recipients or groups:\n\nbob@example.com\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.")).findings[0]!;
    expect(f).toMatchObject({ recipient: 'bob@example.com', reason: 'userunknown', hardBounce: true });
  });

  it('reads the newer report\'s "… wasn\'t found at example.org" the same way', async () => {
    const f = (await diagnose("Your message to bob@example.org couldn't be delivered.\nbob wasn't found at example.org.\nann     Office 365      bob\nAction Required     Recipient\nUnknown To address")).findings[0]!;
    expect(f).toMatchObject({ recipient: 'bob@example.org', reason: 'userunknown', hardBounce: true });
  });
});

describe('a Gmail notice copied without its codes', () => {
  const notice = (to: string, why: string, response: string) =>
    `Address not found\n\nYour message wasn't delivered to ${to} because ${why}\n\nThe response was:\n\n${response}`;

  it('is answered unasked, with the verdict its quoted response gives', async () => {
    const user = await diagnose(notice('jane.typo@gmail.com', 'the address couldn\'t be found, or is unable to receive mail.',
      'The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. - gsmtp'));
    expect(user.findings[0]).toMatchObject({ recipient: 'jane.typo@gmail.com', reason: 'userunknown', hardBounce: true });
    expect(user.autoReply).toBe(true);
    // NXDOMAIN is the domain's authoritative absence, whatever "try again" advice comes with it.
    const domain = await diagnose(notice('someone@exmaple-typo.com', 'the domain exmaple-typo.com couldn\'t be found. Check for typos or unnecessary spaces and try again.',
      'DNS Error: DNS type \'mx\' lookup of exmaple-typo.com responded with code NXDOMAIN Domain name not found: exmaple-typo.com'));
    expect(domain.findings[0]).toMatchObject({ recipient: 'someone@exmaple-typo.com', reason: 'hostunknown', hardBounce: true });
    expect(domain.autoReply).toBe(true);
  });

  it('is not confused with chat that says a message was not delivered', async () => {
    expect((await diagnose("my mail to bob@example.com wasn't delivered, gmail says address not found. any idea?")).autoReply).toBe(false);
  });
});

describe('a non-delivery report that gave up', () => {
  it('is a final failure, even on a 4xx', async () => {
    const d = await diagnose([
      'Hi. This is the qmail-send program at mail.example.com.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.", '',
      '<pat@example.org>:', 'Remote host said: 421 4.7.0 Too many connections from your host, try again later',
    ].join('\n'));
    expect(d.findings[0]).toMatchObject({ recipient: 'pat@example.org', reply: '421', permanent: true });
  });
});

describe('a delay warning pasted without its headers', () => {
  it('is still being retried: not a permanent failure', async () => {
    const d = await diagnose([
      'Delivery incomplete',
      'There was a temporary problem delivering your message to bob@example.com. Gmail will retry for 46 more hours. You\'ll be notified if the delivery fails permanently.',
      'The response was:',
      'The recipient server did not accept our requests to connect. [mx.example.com 192.0.2.1: timed out]',
    ].join('\n'));
    expect(d.findings[0]).toMatchObject({ recipient: 'bob@example.com', permanent: false, hardBounce: false });
  });
});

describe('a Postfix report pasted without its headers', () => {
  it('gives every recipient a verdict, the one with no reply code too', async () => {
    const d = await diagnose([
      'This is the mail system at host mail.example.com.', '',
      "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', '',
      '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient',
      '    address rejected: User unknown in virtual mailbox table (in reply to RCPT', '    TO command)', '',
      '<b@example.net>: connect to mx.example.net[192.0.2.3]:25: Connection refused',
    ].join('\n'));
    expect(d.findings.map((f) => [f.recipient, f.reason])).toEqual([['a@example.org', 'userunknown'], ['b@example.net', 'networkerror']]);
  });
});

describe('a report of several recipients without codes', () => {
  it("shows each recipient's own line as the evidence, not the first recipient's", async () => {
    const text = [
      'From: postmaster@mail.example.net', 'Subject: Delivery failure', '',
      'We could not deliver your message to these recipients.', '',
      '<ana@example.net>:', 'No such user here (ana@example.net)', '',
      '<bo@example.net>:', 'The account bo@example.net has been disabled', '',
      '<cy@example.net>:', 'No such user here (cy@example.net)', '',
    ].join('\n');
    const d = await diagnose(text);
    expect(first(d, 'cy@example.net').reason).toBe(first(d, 'ana@example.net').reason);
    expect(first(d, 'bo@example.net').evidence).toContain('has been disabled');
    expect(first(d, 'cy@example.net').evidence).toContain('(cy@example.net)');
    expect(first(d, 'ana@example.net').evidence).toContain('(ana@example.net)');
  });
});

describe('a failure below SMTP (no server reply at all)', () => {
  const cases: [string, string, boolean][] = [
    ['Error: Greeting never received', 'networkerror', false],
    ['Error: connect ECONNREFUSED 192.0.2.10:587', 'networkerror', false],
    ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed', 'networkerror', false],
    ['javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587; nested exception is: java.net.ConnectException: Connection refused', 'networkerror', false],
    ['System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.Sockets.SocketException: No connection could be made because the target machine actively refused it 192.0.2.5:25', 'networkerror', false],
    // Ruby's timeout says "expired", but no queue expired: nothing was ever handed over.
    ['Net::OpenTimeout: execution expired', 'networkerror', false],
    ['Error: getaddrinfo ENOTFOUND smtp.exmaple.com', 'hostunknown', true],
    // Postfix's wording for a lookup the resolver could not finish: try again, not "no such domain".
    ['Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again', 'networkerror', false],
    ["ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.example.com'", 'failedstarttls', false],
    ['javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target', 'failedstarttls', false],
    ['x509: certificate signed by unknown authority', 'failedstarttls', false],
    ['java.net.UnknownHostException: smtp.exmaple.com', 'hostunknown', true],
    // A login the library reports without the server's code: Sisimai's securityerror (its authfailure is SPF/DKIM/DMARC).
    ['SMTP Error: Could not authenticate.', 'securityerror', true],
    ['smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'securityerror', true],
  ];
  for (const [text, reason, permanent] of cases) {
    it(`is a sender-side ${reason}, never a hard bounce and never answered unasked: ${text.slice(0, 50)}`, async () => {
      const d = await diagnose(text);
      expect(d.autoReply).toBe(false);
      expect(d.findings).toHaveLength(1);
      expect(d.findings[0]).toMatchObject({ reply: null, enhanced: null, reason, permanent, hardBounce: false, whoActs: 'sender' });
      expect(text).toContain(d.findings[0]!.evidence);
    });
  }

  it('is the outcome of a session the client broke off after replies that all succeeded', async () => {
    // swaks --tls against a server whose EHLO lists no STARTTLS: the 220 and 250s were steps, not deliveries.
    const transcript = [
      '=== Trying 192.0.2.25:25...',
      '=== Connected to 192.0.2.25.',
      '<-  220 mx.example.net ESMTP',
      ' -> EHLO client.example.org',
      '<-  250-mx.example.net',
      '<-  250-PIPELINING',
      '<-  250 SIZE 20000',
      '*** Host did not advertise STARTTLS',
      ' -> QUIT',
      '<-  221 2.0.0 Bye',
      '=== Connection closed with remote host.',
    ].join('\n');
    const d = await diagnose(transcript);
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ reply: null, reason: 'failedstarttls', hardBounce: false, evidence: '*** Host did not advertise STARTTLS' });
    // A relay that timed out on one host and then delivered to the next ended in success.
    const relayed = 'connect to mx1.example.net[192.0.2.1]:25: Connection timed out\n' +
      'postfix/smtp[7]: 4F1A2B3C4D: to=<ana@example.net>, relay=mx2.example.net[192.0.2.2]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9C8B7A)';
    expect(first(await diagnose(relayed))).toMatchObject({ reply: '250', reason: 'delivered' });
  });

  it('leaves a reply with a code to the code, and plain words without a failure alone', async () => {
    expect(first(await diagnose('421 4.4.2 mx.example.net Error: timeout exceeded, connection timed out')).enhanced).toBe('4.4.2');
    expect((await diagnose('the deploy is done, all green')).findings).toEqual([]);
  });
});

describe('the provider that answered', () => {
  it('is the server named in the reply, not the blocklist its removal link points to', async () => {
    const d = await diagnose('550 5.7.1 Service unavailable, Client host [192.0.2.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.9 [BN8NAM12FT009.eop-nam12.prod.protection.outlook.com]');
    expect(first(d)).toMatchObject({ reply: '550', enhanced: '5.7.1', provider: 'microsoft', reason: 'blocked' });
  });
});

describe('an internationalized address (SMTPUTF8)', () => {
  it('is the recipient of its failure', async () => {
    const d = await diagnose('<用户@例子.广告>: host mx.例子.广告[192.0.2.8] said: 553 5.6.7 Recipient address requires SMTPUTF8 (in reply to RCPT TO command)');
    expect(first(d)).toMatchObject({ reply: '553', enhanced: '5.6.7', recipient: '用户@例子.广告' });
  });
});

describe('addresses that are not the failed recipient', () => {
  const cases: [string, string][] = [
    ['551 5.1.6 User has moved; please try <bo@new.example>', 'the new address a 551 points to'],
    ["smtplib.SMTPSenderRefused: (552, b'5.3.4 Message size exceeds fixed limit', 'alerts@example.com')", 'the sender smtplib refused'],
    ['554 5.7.1 The message from (<news@ourco.example>) with the subject of (Monthly update) matches a profile the Internet community may consider spam.', 'our sender, named by a content filter'],
    ['550 Rejected by header based manually Blocked Senders: news@ourco.example', 'our sender, on a blocked-senders list'],
    ['550 5.7.1 Message rejected. Please contact postmaster@example.org with this reference: 1234abc', 'whom to contact'],
    ['554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: noreply@ourco.example', 'the sending identity'],
  ];
  for (const [text, what] of cases) {
    it(`names no recipient for ${what}`, async () => {
      expect(first(await diagnose(text)).recipient).toBeNull();
    });
  }
});

describe('a queue that gave up', () => {
  it('is final even when its last attempt got a 4xx', async () => {
    const d = await diagnose('Final-Recipient: rfc822; sam@example.net\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>');
    expect(first(d, 'sam@example.net')).toMatchObject({ permanent: true });
  });
});

describe("RFC 5321's 551", () => {
  it('is a moved mailbox, read even without SMTP words around it', async () => {
    const d = await diagnose('551 User not local; please try <bo@new.example>');
    expect(d.autoReply).toBe(true);
    expect(first(d)).toMatchObject({ reply: '551', reason: 'hasmoved', recipient: null });
  });
});

describe('a library exception that quotes the server without a code', () => {
  it('is diagnosed from the quoted words when asked', async () => {
    const d = await diagnose('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: User unknown');
    expect(first(d)).toMatchObject({ reply: null, enhanced: null, whoActs: 'sender', hardBounce: false });
    expect(['userunknown', 'filtered']).toContain(first(d).reason);
  });
});

describe("Postfix's address verification", () => {
  it('is the 450 it sent, not the 550 its probe got', async () => {
    const d = await diagnose('450 4.1.1 <bo@example.org>: Recipient address rejected: unverified address: host mx2.example.org[192.0.2.9] said: 550 5.1.1 <bo@example.org>: User unknown in virtual mailbox table');
    expect(first(d)).toMatchObject({ reply: '450', enhanced: '4.1.1', permanent: false, hardBounce: false });
  });
});

describe("a provider's own code", () => {
  it('is reported only where the text shows it', async () => {
    const bare = await diagnose('550 5.4.1 Recipient address rejected: Access denied. [BN1NAM02FT010.eop-nam02.prod.protection.outlook.com]');
    expect(first(bare)).toMatchObject({ provider: 'microsoft', providerCode: null });
    const tagged = await diagnose('550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN1NAM02FT010.eop-nam02.prod.protection.outlook.com]');
    expect(first(tagged)).toMatchObject({ provider: 'microsoft', providerCode: 'AS(201806281)' });
  });
});
