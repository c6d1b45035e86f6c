/**
 * The SMTP command a reply answered changes what it means: an address refused in answer to MAIL
 * FROM is our own sender, never the recipient's address, and so never a hard bounce.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import { commandBefore } from '../../src/diagnose/stage.js';

const first = async (text: string) => (await diagnose(text)).findings[0];

describe('a refusal in answer to MAIL FROM', () => {
  it.each([
    ['a Postfix report', '<kim@far.example>: host mx.far.example[192.0.2.5] said: 550 5.1.0 Domain of sender address news@ours.example does not exist (in reply to MAIL FROM command)'],
    ['a Postfix log line', 'Mar  2 10:00:00 mx postfix/smtp[4410]: 4XyZ1: to=<kim@far.example>, relay=mx.far.example[192.0.2.5]:25, dsn=5.1.0, status=bounced (host mx.far.example[192.0.2.5] said: 550 5.1.0 <news@ours.example>... User unknown (in reply to MAIL FROM command))'],
    ['an Exim report', 'kim@far.example\n    SMTP error from remote mail server after MAIL FROM:<news@ours.example> SIZE=2048:\n    550 5.1.8 Sender domain does not exist'],
    ['a swaks transcript', ' -> MAIL FROM:<news@nowhere.example>\n<** 550 5.1.8 Domain does not exist\n -> QUIT\n<-  221 Bye'],
    ["Courier's log of its own refusal", '2026-03-02T10:00:00.1+00:00 mx courieresmtpd: error,relay=::ffff:192.0.2.8,port=41000,from=<news@nowhere.example>: 517 Domain does not exist: nowhere.example.'],
  ])('is our sender refused, not a bad recipient: %s', async (_, text) => {
    const f = await first(text);
    expect(f).toMatchObject({ reason: 'rejected', hardBounce: false, whoActs: 'sender' });
  });

  it('keeps a recipient refused at RCPT TO a hard bounce', async () => {
    const f = await first(' -> MAIL FROM:<news@ours.example>\n<-  250 2.1.0 Ok\n -> RCPT TO:<kim@far.example>\n<** 550 5.1.1 User unknown\n -> QUIT');
    expect(f).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });

  it('keeps a refusal at MAIL FROM that is about something else (a block) as it is', async () => {
    const f = await first(' -> MAIL FROM:<news@ours.example>\n<** 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org');
    expect(f).toMatchObject({ reason: 'blocked' });
  });
});

describe('the command before a reply in a transcript', () => {
  it('is the client line just before the reply, or unknown when other lines stand between', () => {
    expect(commandBefore([' -> MAIL FROM:<a@b.example>', '<** 550 5.1.8 no'], 1)).toBe('MAIL');
    expect(commandBefore(['2026-03-02 10:00:00\tCLIENT -> SERVER: STARTTLS', '2026-03-02 10:00:00\tSERVER -> CLIENT: 502 5.5.1 no'], 1)).toBe('STARTTLS');
    expect(commandBefore(['>>> RCPT TO:<a@b.example>', '<<< 550-5.1.1 first', '<<< 550 5.1.1 last'], 2)).toBe('RCPT');
    expect(commandBefore([' -> MAIL FROM:<a@b.example>', 'some note', '<** 550 no'], 2)).toBeNull();
  });

  it("turns a 502 to STARTTLS into the TLS the client wanted (PHPMailer's debug output)", async () => {
    const text = ['2026-03-02 10:00:00\tCLIENT -> SERVER: EHLO app.ours.example', '2026-03-02 10:00:00\tSERVER -> CLIENT: 250 mx.far.example',
      '2026-03-02 10:00:00\tCLIENT -> SERVER: STARTTLS', '2026-03-02 10:00:00\tSERVER -> CLIENT: 502 5.5.1 Error: command not implemented'].join('\n');
    expect(await first(text)).toMatchObject({ reply: '502', reason: 'failedstarttls' });
  });
});

describe('a bare command error', () => {
  it.each(['500', '501', '502', '503', '504'])('%s is a syntax error, as RFC 5321 defines it and Sisimai files it', async (code) => {
    expect(await first(`curl: (55) RCPT failed: ${code}`)).toMatchObject({ reply: code, reason: 'syntaxerror' });
  });
});
