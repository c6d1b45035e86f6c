/**
 * Sendmail's log in the shapes a running Sendmail writes it (checked against Sendmail 8.17 on
 * Debian): deliveries deferred until it returns the message, addresses it refuses itself with no
 * code in the log line, and the keys its log puts before an address.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

const AT = '2026-11-29T15:10:43.957833+00:00 mx sendmail';

describe('a Sendmail log', () => {
  const deferred = (n: number) =>
    `${AT}[71${n}0]: 6ATFAhxP007157: to=<ann@far.example>, ctladdr=<app@ours.example> (1000/1000), delay=00:0${n}:00, xdelay=00:00:00, ` +
    `mailer=esmtp, pri=30274, relay=mx.far.example. [192.0.2.7], dsn=4.4.1, stat=Deferred: Connection refused by mx.far.example.`;

  it('is final once Sendmail notifies the sender it cannot send, and never names its own user as a recipient', async () => {
    const text = [deferred(1), deferred(2), `${AT}[7290]: 6ATFAhxP007157: 6ATFEpsw011335: sender notify: Cannot send message for 5 days`].join('\n');
    const d = await diagnose(text);
    expect(d.findings.map((f) => f.recipient)).toEqual(['ann@far.example']);
    expect(d.findings[0]).toMatchObject({ enhanced: '4.4.1', permanent: true, hardBounce: false, whoActs: 'recipient-admin' });
  });

  it('is still retrying after only a warning', async () => {
    const text = [deferred(1), `${AT}[7290]: 6ATFAhxP007157: 6ATFBptv008191: sender notify: Warning: could not send message for past 4 hours`].join('\n');
    expect((await diagnose(text)).findings[0]).toMatchObject({ recipient: 'ann@far.example', permanent: false });
  });

  it('reads an address Sendmail refused itself, logged without the code', async () => {
    const d = await diagnose(`${AT}[7244]: 6ATFAiRi007244: <gone@ours.example>... User unknown`);
    expect(d.autoReply).toBe(false);
    expect(d.findings[0]).toMatchObject({ recipient: 'gone@ours.example', reason: 'userunknown', permanent: true, hardBounce: true });
    const route = await diagnose(`${AT}[8621]: 6ATFChim008621: <bad..user@@ours.example>... Invalid route address`);
    expect(route.findings[0]).toMatchObject({ reason: 'syntaxerror', permanent: true });
  });

  it('takes the address after "to=" without the key, bracketed or not', async () => {
    const line = `${AT}[7330]: 6ATFAmC7007330: to=gone2@ours.example, ctladdr=root (0/0), delay=00:00:00, mailer=relay, relay=[127.0.0.1] [127.0.0.1], dsn=5.1.1, stat=User unknown`;
    expect((await diagnose(line)).findings[0]).toMatchObject({ recipient: 'gone2@ours.example', enhanced: '5.1.1' });
  });

  it('never takes the sender Sendmail accepted in a session for the recipient', async () => {
    const transcript = ' -> MAIL FROM:<app@ours.example>\n<-  250 2.1.0 <app@ours.example>... Sender ok\n -> RCPT TO:<bad..user@@far.example>\n<** 553 5.1.3 <bad..user@@far.example>... Invalid route address';
    expect((await diagnose(transcript)).findings[0]).toMatchObject({ recipient: null, reply: '553', enhanced: '5.1.3' });
  });
});

describe('a swaks session against Sendmail that only succeeded', () => {
  it('has one finding, the reply that queued the message, not one per step', async () => {
    const transcript = [
      '<-  220 mx.ours.example ESMTP Sendmail 8.17.1.9/8.17.1.9; Sun, 29 Nov 2026 15:10:43 GMT',
      ' -> EHLO client.ours.example',
      '<-  250-mx.ours.example Hello client.ours.example [192.0.2.1], pleased to meet you',
      '<-  250 HELP',
      ' -> MAIL FROM:<app@ours.example>',
      '<-  250 2.1.0 <app@ours.example>... Sender ok',
      ' -> RCPT TO:<ann@far.example>',
      '<-  250 2.1.5 <ann@far.example>... Recipient ok',
      ' -> DATA',
      '<-  354 Enter mail, end with "." on a line by itself',
      ' -> .',
      '<-  250 2.0.0 6ATFAhBZ007099 Message accepted for delivery',
      ' -> QUIT',
      '<-  221 2.0.0 mx.ours.example closing connection',
    ].join('\n');
    const d = await diagnose(transcript);
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ recipient: 'ann@far.example', reply: '250', enhanced: '2.0.0', reason: 'delivered' });
  });
});
