/**
 * OpenSMTPD's reports and log as a running OpenSMTPD 6.8 writes them. When an envelope expires it
 * reports it on its delay-notice form ("Action: delayed", "only a temporary failure report") with
 * the line "<a@b>: Envelope expired", and logs "Expire for …"; the envelope is gone from the queue.
 * Its delay warnings name the last error instead.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

const notice = (line: string, status: string) => [
  'Subject: Delivery status notification: delayed',
  '',
  '    Hi!',
  '',
  '    This is the MAILER-DAEMON, please DO NOT REPLY to this email.',
  '',
  '    A message is delayed for more than 0 seconds for the following',
  '    list of recipients:',
  '',
  line,
  '',
  '    Please note that this is only a temporary failure report.',
  '    The message is kept in the queue for up to 7 days.',
  '    You DO NOT NEED to re-send the message to these recipients.',
  '',
  'Reporting-MTA: dns; mx.ours.example',
  '',
  'Final-Recipient: rfc822; ann@far.example',
  'Action: delayed',
  `Status: ${status}`,
].join('\n');

describe('OpenSMTPD', () => {
  it('has given up where its notice says the envelope expired, whatever the notice form says', async () => {
    const [f] = (await diagnose(notice('ann@far.example: Envelope expired', '4.4.7'))).findings;
    expect(f).toMatchObject({ recipient: 'ann@far.example', reason: 'expired', permanent: true, hardBounce: false });
  });

  it('is still retrying where its notice names the last error', async () => {
    const [f] = (await diagnose(notice('ann@far.example: Network error on destination MXs', '4.0.0'))).findings;
    expect(f).toMatchObject({ recipient: 'ann@far.example', permanent: false, hardBounce: false });
  });

  it('reads its log the same way, the expiry line coming after many failed attempts', async () => {
    const attempt = (n: number) => [
      `7d5638${n}f456da9d5 mta connected`,
      `7d5638${n}f456da9d5 mta delivery evpid=da64464ba75c1175 from=<app@ours.example> to=<ann@far.example> rcpt=<-> source="192.0.2.1" ` +
        `relay="192.0.2.7 (mx.far.example)" delay=${n}m result="TempFail" stat="452 4.2.2 <ann@far.example>: mailbox full"`,
      `7d5638${n}f456da9d5 mta disconnected reason=quit messages=0`,
    ].join('\n');
    const attempts = Array.from({ length: 40 }, (_, n) => attempt(n)).join('\n');
    const expired = 'relay: Expire for da64464ba75c1175: from=<app@ours.example>, to=<ann@far.example>, rcpt=<->, delay=4m, stat=Envelope expired';
    expect((await diagnose(attempts)).findings[0]).toMatchObject({ recipient: 'ann@far.example', reason: 'mailboxfull', permanent: false });
    expect((await diagnose(`${attempts}\n${expired}`)).findings[0]).toMatchObject({ recipient: 'ann@far.example', reason: 'mailboxfull', permanent: true });
  });
});
