/**
 * Exim's main log and its delivery reports, in the shapes a running Exim writes them (checked
 * against Exim 4.96 on Debian): a delivery it failed ("id ** a@b …") or deferred ("id == a@b …"),
 * and a client it refused itself ("H=… F=<sender> rejected RCPT <a@b>: …"), which it often logs
 * without the reply code it sent.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import type { Finding } from '../../src/diagnose/types.js';

async function only(text: string): Promise<Finding & { autoReply: boolean }> {
  const d = await diagnose(text);
  expect(d.findings, JSON.stringify(d)).toHaveLength(1);
  return { ...d.findings[0]!, autoReply: d.autoReply };
}

const AT = '2026-03-02 10:11:12';
const CLIENT = 'H=(mta.client.example) [192.0.2.44]:41022';

describe('Exim refusing a client, in its main log', () => {
  it('reads a refusal logged without its code: the recipient after RCPT, never the sender after F=', async () => {
    const f = await only(`${AT} ${CLIENT} F=<news@client.example> rejected RCPT <gone@ours.example>: Unknown user`);
    expect(f).toMatchObject({ recipient: 'gone@ours.example', reply: null, reason: 'userunknown', permanent: true, hardBounce: true });
    // No code was quoted: answered when asked, never unasked in a channel.
    expect(f.autoReply).toBe(false);
  });

  it('takes the recipient, not the sender, where the code is logged', async () => {
    const f = await only(`${AT} ${CLIENT} F=<news@client.example> rejected RCPT <ann@ours.example>: 530 5.7.0 Authentication required`);
    expect(f).toMatchObject({ recipient: 'ann@ours.example', reply: '530', enhanced: '5.7.0' });
  });

  it('reads "temporarily rejected" as transient and a refusal by size or syntax as permanent', async () => {
    const excess = await only(`${AT} too many recipients: excess temporarily rejected: sender=<news@client.example> ${CLIENT}`);
    expect(excess).toMatchObject({ recipient: null, permanent: false, hardBounce: false });
    const big = await only(`${AT} 1xAbCd-0001Ef-2g rejected from <news@client.example> ${CLIENT}: message too big: read=41166 max=20480`);
    expect(big).toMatchObject({ recipient: null, reason: 'mesgtoobig', permanent: true });
    const helo = await only(`${AT} rejected EHLO from [192.0.2.44]:33026: syntactically invalid argument(s): bad_helo!.example`);
    expect(helo).toMatchObject({ reason: 'syntaxerror', permanent: true });
    const ehlo = await only('<-  220 mx.ours.example ESMTP Exim 4.96\n -> EHLO bad_helo!.example\n<** 501 Syntactically invalid EHLO argument(s)');
    expect(ehlo).toMatchObject({ reply: '501', reason: 'syntaxerror', whoActs: 'sender' });
    const rcpt = await only(`${AT} SMTP syntax error in "RCPT TO:<bob@@ours.example>" ${CLIENT} domain missing or malformed`);
    expect(rcpt).toMatchObject({ reason: 'syntaxerror', hardBounce: false });
  });
});

describe("Exim's own deliveries, in its main log", () => {
  it('is final once a recipient is marked failed, and still retrying while it is only deferred', async () => {
    const deferred = `${AT} 1xAbCd-0001Ef-2g == bob@far.example R=dnslookup T=remote_smtp defer (111): Connection refused`;
    expect(await only(deferred)).toMatchObject({ recipient: 'bob@far.example', permanent: false, hardBounce: false });
    const gaveUp = `${deferred}\n${AT} 1xAbCd-0001Ef-2g ** bob@far.example: retry timeout exceeded`;
    expect(await only(gaveUp)).toMatchObject({ recipient: 'bob@far.example', reason: 'expired', permanent: true, hardBounce: false, whoActs: 'recipient-admin' });
    // "retry timeout exceeded" alone names no unreachable host: the queue's own limit, ours to look at.
    expect(await only(`${AT} 1xAbCd-0001Ef-2g ** bob@far.example: retry timeout exceeded`)).toMatchObject({ reason: 'expired', whoActs: 'sender' });
  });

  it('reads the failure line after deferrals that carried a code', async () => {
    const text = [
      `${AT} 1xAbCd-0001Ef-2g == grey@far.example R=dnslookup T=remote_smtp defer (-44) H=mx.far.example [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<grey@far.example>: 451 4.7.1 Greylisted: please try again later`,
      `${AT} 1xAbCd-0001Ef-2g ** grey@far.example: retry timeout exceeded`,
    ].join('\n');
    expect(await only(text)).toMatchObject({ reply: '451', reason: 'expired', permanent: true, whoActs: 'sender' });
    expect(await only(text.split('\n')[0]!)).toMatchObject({ reply: '451', permanent: false, whoActs: 'nobody' });
  });

  it('keeps the cause a deferral named once the queue gave up on it', async () => {
    const text = [
      `${AT} 1xAbCd-0001Ef-2g == full@ours.example R=local_user T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/full)`,
      `${AT} 1xAbCd-0001Ef-2g ** full@ours.example: retry timeout exceeded`,
    ].join('\n');
    expect(await only(text)).toMatchObject({ reason: 'mailboxfull', permanent: true, hardBounce: false, whoActs: 'recipient' });
  });

  it('reads an address retired with a message of its own, and a host name that did not resolve', async () => {
    const leaver = await only(`${AT} 1xAbCd-0001Ef-2g ** leaver@ours.example R=system_aliases: This address is no longer in use; the employee has left the company`);
    expect(leaver).toMatchObject({ reason: 'userunknown', permanent: true, hardBounce: true });
    const noHost = await only(`${AT} 1xAbCd-0001Ef-2g ** bob@far.example R=smarthost: lookup of host "mx.far.example" failed in smarthost router`);
    expect(noHost).toMatchObject({ reason: 'hostunknown', permanent: true });
  });
});

describe("a queue's deferrals without a code, beside others with one", () => {
  // Exim 4.96's main log and message log (exim -Mvl) of one message to three recipients, as it
  // deferred them: two with the server's reply, one whose host refused the connection.
  const ID = '1xXk96-00041N-0x';
  const mainlog = [
    `${AT} ${ID} == grey@far.example R=dnslookup T=remote_smtp defer (-44) H=mx.far.example [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<grey@far.example>: 450 4.2.0 <grey@far.example>: Recipient address rejected: Greylisted`,
    `${AT} ${ID} == full@far.example R=dnslookup T=remote_smtp defer (-44) H=mx.far.example [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<full@far.example>: 452 4.2.2 <full@far.example>: Mailbox over quota, try again later`,
    `${AT} ${ID} == kim@other.example R=dnslookup T=remote_smtp defer (111): Connection refused`,
    `${AT} ${ID} == lou@third.example R=dnslookup T=remote_smtp defer (-18) H=mx.third.example [192.0.2.9]: Remote host closed connection in response to initial connection`,
  ];
  // The message log names each recipient without the "==" and the message ID.
  const msglog = mainlog.map((l) => l.replace(`${ID} == `, ''));

  for (const [name, lines] of [['main log', mainlog], ['message log', msglog]] as const) {
    it(`gives the code-less deferrals their own findings (${name})`, async () => {
      const { findings } = await diagnose(lines.join('\n'));
      const by = new Map(findings.map((f) => [f.recipient, f]));
      expect([...by.keys()].sort()).toEqual(['full@far.example', 'grey@far.example', 'kim@other.example', 'lou@third.example']);
      expect(by.get('grey@far.example')).toMatchObject({ reply: '450', permanent: false });
      expect(by.get('kim@other.example')).toMatchObject({ reply: null, reason: 'networkerror', permanent: false, hardBounce: false, whoActs: 'nobody' });
      expect(by.get('kim@other.example')!.evidence).toContain('Connection refused');
      expect(by.get('lou@third.example')).toMatchObject({ reply: null, reason: 'networkerror', permanent: false });
    });
  }

  it('reads "retry time not reached" as a skipped queue run, not as the queue giving up', async () => {
    const text = [
      `${AT} ${ID} == kim@other.example R=dnslookup T=remote_smtp defer (111): Connection refused`,
      `${AT} ${ID} == kim@other.example R=dnslookup T=remote_smtp defer (-54): retry time not reached for any host for 'other.example'`,
    ].join('\n');
    expect(await only(text)).toMatchObject({ reason: 'networkerror', permanent: false });
    // After a long failure period it is Exim's give-up.
    const late = `${AT} ${ID} ** kim@other.example: retry time not reached for any host after a long failure period`;
    expect(await only(late)).toMatchObject({ reason: 'expired', permanent: true });
  });

  it('gives no finding to an address a message only names', async () => {
    const d = await diagnose(['You are not a member of this mailing list.', '', 'To subscribe, write to', '', '\tlist-request@lists.example.org', '', 'with "subscribe" in the body.'].join('\n'));
    expect(d.findings).toEqual([]);
  });
});

/** Exim's delivery report, its human-readable part, with the lines it gives one failed address. */
function eximReport(failed: string[]): string {
  return [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    ...failed,
  ].join('\n');
}

describe("Exim's delivery report", () => {
  it('gives the cause before "retry timeout exceeded", not only that the queue gave up', async () => {
    const text = eximReport(['  full@ours.example', '    mailbox is full: retry timeout exceeded']);
    expect(await only(text)).toMatchObject({ recipient: 'full@ours.example', reason: 'mailboxfull', whoActs: 'recipient', hardBounce: false });
  });

  it('has one finding, for the recipient, where the reply names our sender between its lines', async () => {
    const text = eximReport([
      '  bob@remote.example',
      '    host 192.0.2.7 [192.0.2.7]',
      '    SMTP error from remote mail server after pipelined end of data:',
      '    550-5.7.1 <we@sender.example>: Sender address rejected:',
      '    550 5.7.1 domain sender.example is blacklisted',
    ]);
    expect(await only(text)).toMatchObject({ recipient: 'bob@remote.example', reply: '550', enhanced: '5.7.1', hardBounce: false });
  });
});
