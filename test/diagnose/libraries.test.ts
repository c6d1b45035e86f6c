/**
 * Mail libraries and tools in the shapes they really print their errors, checked by running
 * nodemailer, Python's smtplib, PHPMailer, Jakarta Mail, Ruby's and Perl's Net::SMTP, curl, msmtp
 * and mutt against a scripted SMTP server: what each keeps of the server's reply (often not the
 * code), and what it prints around it.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

const first = async (text: string) => (await diagnose(text)).findings[0];

describe('the recipient a library reports', () => {
  it('is the one the reply refuses, not an accepted one the error lists first (nodemailer)', async () => {
    // console.log(info) for a send that went to one of two recipients: the object's lines are
    // indented, so they read as one folded line.
    const text = [
      '{',
      "  accepted: [ 'ann@first.example' ],",
      "  rejected: [ 'ben@second.example' ],",
      '  rejectedErrors: [',
      '    Error: Recipient command failed: 550 5.1.1 <ben@second.example>: Recipient address rejected: User unknown in local recipient table',
      "      at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:807:19)",
      "      code: 'EENVELOPE',",
      '  ],',
      "  response: '250 2.0.0 Ok: queued as 4XyZ1234AB'",
      '}',
    ].join('\n');
    const d = await diagnose(text);
    expect(d.findings[0]).toMatchObject({ reply: '550', enhanced: '5.1.1', recipient: 'ben@second.example', reason: 'userunknown', hardBounce: true });
    expect(d.findings.some((f) => f.recipient === 'ann@first.example')).toBe(false);
  });

  it("reads msmtp's log: the key before a lone address, and the refused one of several", async () => {
    const one = "Mar 02 10:11:12 host=smtp.ours.example tls=on auth=on user=app from=app@ours.example recipients=kim@far.example smtpstatus=550 smtpmsg='550 5.1.1 <kim@far.example>: Recipient address rejected: User unknown' errormsg='recipient address kim@far.example not accepted by the server' exitcode=EX_DATAERR";
    expect(await first(one)).toMatchObject({ recipient: 'kim@far.example', reply: '550', enhanced: '5.1.1' });
    const two = one.replace('recipients=kim@far.example', 'recipients=lee@near.example,kim@far.example');
    expect(await first(two)).toMatchObject({ recipient: 'kim@far.example' });
  });

  it('is not an address a reply names as the sender it refuses', async () => {
    const d = await diagnose('Remote host said: 550 5.1.0 <news@ours.example> sender rejected (in reply to MAIL FROM command)');
    expect(d.findings[0]?.recipient).not.toBe('news@ours.example');
    // Haraka's refusal of a sender it lists.
    const haraka = await diagnose(' -> MAIL FROM:<news@ours.example>\n<** 550 news@ours.example That sender cannot send mail here');
    expect(haraka.findings[0]).toMatchObject({ reply: '550', recipient: null, hardBounce: false });
  });
});

describe("curl's one-line SMTP errors", () => {
  it('are the reply code they name, at the step they name', async () => {
    const rcpt = await diagnose('curl: (55) RCPT failed: 550');
    expect(rcpt.autoReply).toBe(true);
    expect(rcpt.findings[0]).toMatchObject({ reply: '550', enhanced: null, permanent: true });
    // Without the server's words nothing proves the address is bad.
    expect(rcpt.findings[0]!.hardBounce).toBe(false);
    expect(await first('curl: (55) MAIL failed: 530')).toMatchObject({ reply: '530', reason: 'securityerror', permanent: true });
    expect(await first('curl: (8) Got unexpected smtp-server response: 421')).toMatchObject({ reply: '421', permanent: false });
  });

  it('stay HTTP when curl fetched a URL', async () => {
    const d = await diagnose('curl: (22) The requested URL returned error: 503');
    expect(d.autoReply).toBe(false);
    expect(d.findings.filter((f) => f.reply)).toEqual([]);
  });
});

describe('a server that offers no STARTTLS to a client that requires it', () => {
  it.each([
    ['smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.'],
    ['Exception in thread "main" jakarta.mail.MessagingException: STARTTLS is required but host does not support STARTTLS'],
    ['msmtp: the server does not support TLS via the STARTTLS command'],
    ['SMTP Error: Could not connect to SMTP host. STARTTLS command failed Error: command not implemented'],
  ])('is a TLS failure, not the network: %s', async (text) => {
    const d = await diagnose(text);
    expect(d.autoReply).toBe(false); // no reply code: answered when asked, never unasked
    expect(d.findings[0]).toMatchObject({ reason: 'failedstarttls', hardBounce: false, whoActs: 'sender' });
  });

  it('is a TLS failure when the library quotes the refusal of the STARTTLS command', async () => {
    expect(await first('Error upgrading connection with STARTTLS: 502 5.5.1 Error: command not implemented')).toMatchObject({ reply: '502', reason: 'failedstarttls' });
    expect(await first('STARTTLS failed: 502 5.5.1 Error: command not implemented')).toMatchObject({ reason: 'failedstarttls' });
    // The same reply with no word of STARTTLS is only a command the server does not know.
    expect(await first('SMTP session failed: 502 5.5.1 Error: command not implemented')).toMatchObject({ reason: 'syntaxerror' });
  });
});

describe('what libraries keep of a reply', () => {
  it("reads Gmail's unauthenticated-sender refusal from its first line alone (Ruby keeps only that)", async () => {
    const text = "/usr/lib/ruby/gems/3.3.0/gems/net-smtp-0.5.0/lib/net/smtp.rb:1090:in `check_response': 550-5.7.26 This mail has been blocked because the sender is unauthenticated. (Net::SMTPFatalError)";
    expect(await first(text)).toMatchObject({ reply: '550', enhanced: '5.7.26', reason: 'authfailure', whoActs: 'sender' });
  });

  it("takes a dropped code's class from wording the catalog knows (PHPMailer's greylisting)", async () => {
    const text = 'SMTP Error: The following recipients failed: pat@far.example: <pat@far.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/far.example.html';
    const f = await first(text);
    expect(f).toMatchObject({ reply: null, enhanced: null, recipient: 'pat@far.example', reason: 'policyviolation', permanent: false, whoActs: 'nobody' });
  });

  it("reads RFC 5321's 421 wording as temporary where PHPMailer dropped the code", async () => {
    const f = await first('SMTP Error: The following recipients failed: pat@far.example: mx.far.example Service not available, closing transmission channel');
    expect(f).toMatchObject({ reply: null, recipient: 'pat@far.example', permanent: false, hardBounce: false });
  });

  it("does not read PHPMailer's own \"Mailer Error:\" as a local delivery program's failure", async () => {
    const text = 'Message could not be sent. Mailer Error: SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Temporary local problem, please try again\n SMTP code: 451 Additional SMTP info: 4.3.0';
    const f = await first(text);
    expect(f).toMatchObject({ reply: '451', enhanced: '4.3.0', permanent: false });
    expect(f!.reason).not.toBe('mailererror');
  });
});

describe('failures a library reports with no reply', () => {
  it.each([
    ['Exception in thread "main" jakarta.mail.MessagingException: Can\'t send command to SMTP host;\n  nested exception is:\n\tjava.net.SocketException: Broken pipe', 'networkerror'],
    ["/usr/lib/ruby/3.3.0/net/protocol.rb:237:in `rbuf_fill': end of file reached (EOFError)", 'networkerror'],
    ['curl: (67) Login denied', 'securityerror'],
    ['SASL authentication failed', 'securityerror'],
  ])('%s', async (text, reason) => {
    expect(await first(text)).toMatchObject({ reply: null, reason, hardBounce: false, whoActs: 'sender' });
  });
});
