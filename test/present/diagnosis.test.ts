/**
 * A diagnosis answer cites the provider entry a reply matched: its title, its fix before the
 * generic code's, its warnings (which stop the usual misdiagnoses) and its pages.
 */
import { describe, expect, it } from 'vitest';
import { lookup, providerResponseById } from '../../src/catalog/index.js';
import { answerPaste, answerQuery } from '../../src/present/respond.js';
import { diagnosisAnswer } from '../../src/present/diagnosis.js';
import { renderText } from '../../src/present/text/render.js';
import { messages } from '../../src/present/i18n/index.js';

const GMAIL_UNAUTHENTICATED =
  'Nov 28 10:01:02 mx1 postfix/smtp[123]: 4F1A2B3C4D: to=<ana@example.com>, relay=gmail-smtp-in.l.google.com[192.0.2.7]:25, ' +
  'dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.7] said: 550-5.7.26 This mail has been blocked because the ' +
  'sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 Please fix (in reply to end of DATA command))';

describe('a diagnosis cites the provider entry', () => {
  it('shows the provider response title, fix, warnings and links', async () => {
    const { diagnosis, answer } = await answerPaste(GMAIL_UNAUTHENTICATED, { lang: 'en' });
    const id = diagnosis.findings[0]?.providerResponse;
    expect(id).toBeTruthy();
    const cited = providerResponseById(id!)!;
    expect(cited.provider.id).toBe('gmail');
    const text = renderText(answer, messages('en')).replace(/\s+/g, ' ');
    expect(text).toContain(cited.response.title);
    expect(text).toContain(cited.response.fix[0]!);
    expect(cited.response.warnings.length).toBeGreaterThan(0);
    expect(answer.warnings).toEqual(expect.arrayContaining(cited.response.warnings));
    expect(answer.links.map((l) => l.url)).toEqual(expect.arrayContaining(cited.response.links.map((l) => l.url)));
  });

  it('names the provider and titles its pages in the reader\'s language', async () => {
    const { answer } = await answerPaste(GMAIL_UNAUTHENTICATED, { lang: 'ko' });
    const gmailGuidelines = 'https://support.google.com/mail/answer/81126';
    expect(answer.links.find((l) => l.url === gmailGuidelines)?.title).toBe('Gmail 발신자 가이드라인');
    // A Spamhaus listing reported by the server that refused: the list's name is translated, its zones kept.
    const spamhaus = await answerPaste(
      'host mx.example.net[192.0.2.9] said: 554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org; ' +
      'https://check.spamhaus.org/query/ip/198.51.100.4 (in reply to RCPT TO command)', { lang: 'ko' });
    const text = renderText(spamhaus.answer, messages('ko')).replace(/\s+/g, ' ');
    expect(text).toContain('Spamhaus 차단 목록 (ZEN, SBL, CSS, XBL, PBL, DBL)');
    expect(text).not.toContain('Spamhaus blocklists');
    // English answers keep the catalog's own words.
    const en = await answerPaste(GMAIL_UNAUTHENTICATED, { lang: 'en' });
    expect(en.answer.links.find((l) => l.url === gmailGuidelines)?.title).toBe('Gmail email sender guidelines');
  });

  it('says a queue that gave up no longer retries, even where the cited deferral entry says it would', async () => {
    const log = [
      '2026-03-02 10:11:12 1xAbCd-0001Ef-2g == full@ours.example R=local_user T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/full)',
      '2026-03-02 10:11:12 1xAbCd-0001Ef-2g ** full@ours.example: retry timeout exceeded',
    ].join('\n');
    const m = messages('en');
    const text = renderText((await answerPaste(log, { lang: 'en' })).answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(`Retry: ${m.retryPolicy['after-fix']}`);
    expect(text).not.toContain(m.retryPolicy.automatic);
  });

  it('tells an address our Exim refused from a host name that never resolved', async () => {
    const m = messages('en');
    const line = '2026-03-02 10:11:12 H=(mta.client.example) [192.0.2.44]:41022 F=<news@client.example> rejected RCPT <nobody@ours.example>: Unrouteable address';
    const text = renderText((await answerPaste(line, { lang: 'en' })).answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.inboundNote.slice(0, 40));
    expect(text).not.toContain(m.diagnose.noReply.hostunknown);
    // Postfix's postscreen turning a client away is our server's refusal too.
    const dropped = 'Nov 29 14:27:43 mx postfix/postscreen[3132]: DENYLISTED [192.0.2.9]:39894';
    expect(renderText((await answerPaste(dropped, { lang: 'en' })).answer, m).replace(/\s+/g, ' ')).toContain(m.diagnose.inboundNote.slice(0, 40));
  });

  it('says the server offered no STARTTLS, not that no server replied, when the client broke off for it', async () => {
    const m = messages('en');
    const answer = await answerQuery('<-  250 SIZE 20000\n*** Host did not advertise STARTTLS\n -> QUIT\n<-  221 2.0.0 Bye', { lang: 'en' });
    const text = renderText(answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.noReply.tlsNotOffered);
    expect(text).toContain(m.diagnose.noReplyFix.tlsNotOffered.slice(0, 40));
  });

  it('keeps the generic fix where no provider entry matched', async () => {
    const { diagnosis, answer } = await answerPaste('<- RCPT TO:<bo@example.org>\n-> 550 5.1.1 bo@example.org is not a known mailbox here', { lang: 'en' });
    expect(diagnosis.findings[0]?.providerResponse ?? null).toBeNull();
    expect(answer.warnings).toEqual([]);
    expect(diagnosis.findings[0]?.enhanced).toBe('5.1.1');
    expect(renderText(answer, messages('en')).replace(/\s+/g, ' ')).toContain(`How to fix: ${lookup('5.1.1', 'en')!.fix[0]}`);
  });
});

describe('a short paste after /smtp', () => {
  it('is diagnosed when it is a server reply, searched when it is words', async () => {
    expect((await answerQuery('550 5.1.1 Recipient address rejected: User unknown', { lang: 'en' })).kind).toBe('diagnose');
    expect((await answerQuery('421 4.7.0 Try again later, closing connection.', { lang: 'en' })).kind).toBe('diagnose');
    expect((await answerQuery('mailbox full', { lang: 'en' })).kind).toBe('search');
    // A code with a word is still a lookup, not a reply.
    expect((await answerQuery('5.7.26 dmarc', { lang: 'en' })).kind).toBe('search');
    expect((await answerQuery('search 550 5.1.1 user unknown', { lang: 'en' })).kind).toBe('search');
  });

  it('diagnoses a mail server\'s log line that carries no code, and still searches plain words', async () => {
    const exim = '2026-03-02 10:11:12 H=(mta.client.example) [192.0.2.44]:41022 F=<news@client.example> rejected RCPT <gone@ours.example>: Unknown user';
    expect((await answerQuery(exim, { lang: 'en' })).kind).toBe('diagnose');
    expect((await answerQuery('Nov 29 14:27:43 mx postfix/postscreen[3132]: DENYLISTED [192.0.2.9]:39894', { lang: 'en' })).kind).toBe('diagnose');
    expect((await answerQuery('undeliverable mailbox full', { lang: 'en' })).kind).toBe('search');
  });

  it('says that no server answered a failed connection, and what to check', async () => {
    const answer = await answerQuery('Error: connect ECONNREFUSED 192.0.2.10:587', { lang: 'en' });
    expect(answer.kind).toBe('diagnose');
    const m = messages('en');
    const text = renderText(answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.noReply.networkerror);
    expect(text).toContain(m.diagnose.noReplyFix.networkerror.slice(0, 40));
    const ko = renderText(await answerQuery('Error: getaddrinfo ENOTFOUND smtp.exmaple.com', { lang: 'ko' }), messages('ko')).replace(/\s+/g, ' ');
    expect(ko).toContain(messages('ko').diagnose.noReply.hostunknown);
    // Not "the recipient domain does not exist": the host is the sender's own relay.
    expect(ko).not.toContain(messages('ko').reason.hostunknown);
  });
});

describe('the provider line', () => {
  it("shows the catalog's name of a provider found by its host alone, not its id", async () => {
    const reply = '550 5.7.1 Service unavailable, Client host [192.0.2.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.9 [BN8NAM12FT009.eop-nam12.prod.protection.outlook.com]';
    const { diagnosis, answer } = await answerPaste(reply, { lang: 'en' });
    expect(diagnosis.findings[0]).toMatchObject({ provider: 'microsoft', providerResponse: null });
    expect(JSON.stringify(answer.sections)).toContain('"value":"Microsoft 365 / Exchange Online / Outlook.com"');
  });
});

describe('a delay notice', () => {
  it('says delivery is delayed and still retried, with nobody to act yet', async () => {
    const notice = [
      'From: MAILER-DAEMON@out.example.org', 'Subject: Delayed Mail (still being retried)', '',
      'This is the mail system at host out.example.org.', '',
      '####################################################################', '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '####################################################################', '',
      '<dave@partner.example>: host mx.partner.example[192.0.2.30] said: 451 4.3.0 Temporary system problem (in reply to RCPT TO command)', '',
      'Final-Recipient: rfc822; dave@partner.example', 'Action: delayed', 'Status: 4.3.0',
    ].join('\n');
    const { diagnosis, answer } = await answerPaste(notice, { lang: 'en' });
    expect(diagnosis.findings[0]).toMatchObject({ permanent: false, whoActs: 'nobody' });
    const m = messages('en');
    const text = renderText(answer, m);
    expect(text.replace(/\s+/g, ' ')).toContain(m.diagnose.stillRetrying);
    expect(text).not.toContain(m.reason.expired);
  });
});

describe('a login a library reports without a code', () => {
  it('says the login failed and what to check, not a security policy', async () => {
    const m = messages('en');
    const text = renderText(await answerQuery('diagnose SMTP Error: Could not authenticate.', { lang: 'en' }), m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.noReply.securityerror);
    expect(text).toContain('app password');
  });
});

describe('a code whose meaning the wording overrules', () => {
  it("gives the network's fix and retry, not the code entry's (Haraka's \"5.1.2 … Tried all MXs\")", async () => {
    const report = ['Content-Type: message/delivery-status', '', 'Reporting-MTA: dns;mx.ours.example', '',
      'Final-Recipient: rfc822;lee@far.example', 'Action: failed', 'Status: 5.1.2 (550 Tried all MXs far.example)', ''].join('\n');
    const m = messages('en');
    const { diagnosis, answer } = await answerPaste(report, { lang: 'en' });
    expect(diagnosis.findings[0]).toMatchObject({ enhanced: '5.1.2', reason: 'networkerror', hardBounce: false });
    const text = renderText(answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.noReplyFix.networkerror);
    expect(text).toContain(m.retryPolicy['after-fix']);
    expect(text).not.toContain(lookup('5.1.2', 'en')!.fix[0]!);
  });
});

describe('a reason whose own fix beats the code entry', () => {
  it("gives a suppression the suppression list's fix, not the 5.0.0 entry's (SendGrid's dropped event)", async () => {
    const m = messages('en');
    const event = JSON.stringify({ email: 'old@example.com', timestamp: 1764400000, event: 'dropped', reason: 'Bounced Address', status: '5.0.0', sg_event_id: 'ev-9' });
    const { diagnosis, answer } = await answerPaste(event, { lang: 'en' });
    expect(diagnosis.findings[0]).toMatchObject({ enhanced: '5.0.0', reason: 'suppressed' });
    const text = renderText(answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.reasonFix.suppressed!);
    expect(text).not.toContain(lookup('5.0.0', 'en')!.fix[0]!);
  });

  it('gives a complaint a fix, in each language', async () => {
    const event = JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'ines@example.com' }], complaintFeedbackType: 'abuse' } });
    for (const lang of ['en', 'ko'] as const) {
      const m = messages(lang);
      const text = renderText((await answerPaste(event, { lang })).answer, m).replace(/\s+/g, ' ');
      expect(text, lang).toContain(m.diagnose.reasonFix.feedback!);
    }
  });
});

describe('recipients with the same verdict', () => {
  // A pasted Postfix mailq: 12 greylisted recipients and 2 whose server refused the connection.
  const pad = ' '.repeat(41);
  const entry = (i: number, reason: string) => [`${(0x3f1b21c0a00 + i).toString(16).toUpperCase()}     2048 Sun Nov 29 09:14:07  alerts@ours.example`, reason, `${pad}u${i}@example.com`, ''];
  const listing = ['-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------',
    ...Array.from({ length: 14 }, (_, i) => entry(i, i < 12
      ? `(host mx.example.com[192.0.2.11] said: 450 4.2.0 <u${i}@example.com>: Recipient address rejected: Greylisted (in reply to RCPT TO command))`
      : `(connect to mx.${i === 12 ? 'other' : 'third'}.example[192.0.2.${i}]:25: Connection refused)`)).flat(),
    '-- 28 Kbytes in 14 Requests.'].join('\n');

  it('share one explanation that names them all, in every form and language', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const m = messages(lang);
      const { diagnosis, answer } = await answerPaste(listing, { lang });
      expect(diagnosis.findings).toHaveLength(14);
      const explained = answer.sections.filter((s) => s.fields?.length);
      expect(explained, lang).toHaveLength(2);
      expect(explained[0]!.fields![0]).toEqual({ label: m.diagnose.recipients(12), value: m.diagnose.recipientsMore('u0@example.com, u1@example.com, u2@example.com', 9) });
      expect(explained[1]!.fields![0]).toEqual({ label: m.diagnose.recipients(2), value: 'u12@example.com, u13@example.com' });
      // One evidence line for the twelve that differ only by address; both hosts that refused.
      expect(explained[0]!.preformatted!.split('\n')).toHaveLength(1);
      expect(explained[1]!.preformatted!.split('\n')).toEqual([
        '(connect to mx.other.example[192.0.2.12]:25: Connection refused)', '(connect to mx.third.example[192.0.2.13]:25: Connection refused)']);
      expect(answer.title).toBe(m.diagnose.title(14));
    }
  });

  it('keep the compact channel reply to explanations, counting the findings left out', async () => {
    const m = messages('en');
    const d = await answerPaste(listing, { lang: 'en' });
    const compact = diagnosisAnswer(d.diagnosis, m, { compact: true, max: 1 });
    expect(compact.sections.filter((s) => s.fields?.length)).toHaveLength(1);
    expect(compact.sections.some((s) => s.context === m.diagnose.more(2))).toBe(true);
  });
});

describe("Exim's queue listing", () => {
  it('says where its errors are, since it shows none', async () => {
    const listing = [' 25m  2.9K 1xXk95-00040P-1W <alerts@ours.example>', '          ines@example.com', '',
      ' 2h   363 1xXk96-00041F-0g <alerts@ours.example> *** frozen ***', '          omar@example.net', ''].join('\n');
    for (const lang of ['en', 'ko'] as const) {
      const m = messages(lang);
      const { diagnosis, answer } = await answerPaste(listing, { lang });
      expect(diagnosis.findings).toEqual([]);
      expect(answer.sections.map((s) => s.text)).toContain(m.diagnose.eximQueueHint);
    }
    // Any other text with nothing to diagnose keeps the general hint.
    const other = (await answerPaste('the queue is growing since 10:00', { lang: 'en' })).answer;
    expect(other.sections.map((s) => s.text)).toContain(messages('en').diagnose.nothingHint);
  });
});

describe('the hard-bounce verdict', () => {
  it('says to keep the address only where the failure says nothing against it', async () => {
    const m = messages('en');
    const disabled = renderText((await answerPaste('550-5.2.1 The email account that you tried to reach is disabled. - gsmtp', { lang: 'en' })).answer, m);
    expect(disabled).toContain(m.diagnose.notHardOnly);
    expect(disabled).not.toContain(m.diagnose.notHard);
    const blocked = renderText((await answerPaste('554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', { lang: 'en' })).answer, m);
    expect(blocked.replace(/\s+/g, ' ')).toContain(m.diagnose.notHard);
  });
});

describe('a terse "User unknown" with nothing to tie it to the address', () => {
  it("stays Sisimai's 'filtered', but the reader hears what the server said and checks the address", async () => {
    const { diagnosis, answer } = await answerPaste('550 User unknown', { lang: 'en' });
    expect(diagnosis.findings[0]).toMatchObject({ reason: 'filtered', hardBounce: false, whoActs: 'sender' });
    const m = messages('en');
    expect(renderText(answer, m).replace(/\s+/g, ' ')).toContain(m.diagnose.unknownUnproven);
  });
});

describe('a DNS lookup that failed', () => {
  it('is told apart from a failed connection', async () => {
    const m = messages('en');
    const notice = "Message not delivered\nThere was a problem delivering your message to bo@example.org.\n\nThe response was:\nDNS Error: DNS type 'mx' lookup of example.org responded with code SERVFAIL";
    const text = renderText((await answerPaste(notice, { lang: 'en' })).answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.noReply.dns);
    expect(text).not.toContain(m.diagnose.noReply.networkerror);
  });
});

describe("a mail library's temporary failure", () => {
  it('is for the application to retry: a library has no queue', async () => {
    const m = messages('en');
    const lib = await answerPaste("smtplib.SMTPConnectError: (421, b'mx.example.org Service not available, too busy')", { lang: 'en' });
    const text = renderText(lib.answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.appRetries);
    expect(text).toContain(m.diagnose.appRetryFix);
    expect(text).toContain(`${m.heading.whoActs}: ${m.whoActs.sender}`);
    // The same reply in an MTA's log is retried by its queue.
    const mta = await answerPaste('postfix/smtp[1]: A1: to=<a@example.org>, relay=x[192.0.2.1]:25, dsn=4.7.0, status=deferred (host x[192.0.2.1] said: 421 4.7.0 busy (in reply to RCPT TO command))', { lang: 'en' });
    expect(renderText(mta.answer, m).replace(/\s+/g, ' ')).not.toContain(m.diagnose.appRetries);
  });
});

describe("our own server's refusal of an incoming message", () => {
  it('says so, and that the sender is the outside client', async () => {
    const m = messages('en');
    const log = 'Nov 28 10:00:01 mx postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <victim@elsewhere.example>: Relay access denied; from=<spam@bad.example> to=<victim@elsewhere.example> proto=ESMTP helo=<WIN-123>';
    const text = renderText((await answerPaste(log, { lang: 'en' })).answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(m.diagnose.inboundNote);
    expect(text).toContain(m.whoActsInbound.sender);
    expect(text).not.toContain(m.whoActs.sender);
  });
});

describe('the retry line', () => {
  it("follows the provider's own entry over the generic code's", async () => {
    const m = messages('en');
    const reply = 'host example-org.mail.protection.outlook.com[192.0.2.1] said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM04FT.eop.prod.protection.outlook.com] (in reply to RCPT TO command)';
    const text = renderText((await answerPaste(reply, { lang: 'en' })).answer, m).replace(/\s+/g, ' ');
    expect(text).toContain(`${m.heading.retry}: ${m.retryPolicy.never}`);
  });
});
