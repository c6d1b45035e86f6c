/**
 * Courier, Haraka, dma and nullmailer in the shapes they really write (checked by running each
 * against a scripted server): the words each queue uses when it finally gives up, their reports'
 * odd fields, and Courier's and Haraka's own refusals seen from swaks.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

const first = async (text: string) => (await diagnose(text)).findings[0];
const greylisted = '450 4.2.0 <lee@far.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/far.example.html';

describe('a queue that gave up after deferrals, in its own words', () => {
  const nullmailer = (end: string[]) => [
    'Starting delivery: host: mx.far.example protocol: smtp file: 1790000000.4242',
    'From: <app@ours.example> to: <lee@far.example>',
    `smtp: Failed: ${greylisted}`,
    'Sending failed: Temporary error in sending the message',
    ...end,
  ].join('\n');

  it('nullmailer: still retrying until it moves the message into failed', async () => {
    expect(await first(nullmailer(['Delivery complete, 1 message(s) remain.']))).toMatchObject({ recipient: 'lee@far.example', permanent: false, reason: 'policyviolation', whoActs: 'nobody' });
    const gaveUp = await first(nullmailer(['Moving message 1790000000.4242 into failed', 'Generating bounce for 1790000000.4242']));
    expect(gaveUp).toMatchObject({ recipient: 'lee@far.example', permanent: true, reason: 'expired', hardBounce: false });
  });

  it('dma: "delivery failed, bouncing as"', async () => {
    const text = [
      `2026-03-02T10:00:00.1+00:00 mx dma[1a2b.3c4d]: remote delivery deferred: mx.far.example [192.0.2.5] failed after RCPT TO: ${greylisted}`,
      '2026-03-02T10:00:00.2+00:00 mx dma[1a2b.3c4d]: delivery failed, bouncing as 1a2c',
    ].join('\n');
    expect(await first(text)).toMatchObject({ permanent: true, reason: 'expired' });
  });

  it('Haraka: "bouncing mail: Too many failures"', async () => {
    const text = [
      `2026-03-02T10:00:00.100Z [NOTICE] [5D0C1E2A-7F3B-4C8D-9E10-A1B2C3D4E5F6.1.1] [outbound] recipient <lee@far.example> deferred: ${greylisted}`,
      '2026-03-02T10:05:00.100Z [INFO] [5D0C1E2A-7F3B-4C8D-9E10-A1B2C3D4E5F6.1.1] [outbound] bouncing mail: Too many failures (Some recipients temp failed: <lee@far.example>)',
    ].join('\n');
    expect(await first(text)).toMatchObject({ recipient: 'lee@far.example', permanent: true, reason: 'expired' });
  });

  it("never takes another message's give-up for this one's", async () => {
    const text = [
      `2026-03-02T10:00:00.1+00:00 mx dma[1a2b.3c4d]: remote delivery deferred: mx.far.example [192.0.2.5] failed after RCPT TO: ${greylisted}`,
      '2026-03-02T10:00:00.2+00:00 mx dma[9f8e.7d6c]: delivery failed, bouncing as 9f8f',
    ].join('\n');
    expect(await first(text)).toMatchObject({ permanent: false });
  });

  it('Courier: its final report (a delay warning says host=deferred)', async () => {
    const attempt = `2026-03-02T10:00:00.1+00:00 mx courieresmtp: id=00A1.00B2,from=<app@ours.example>,addr=<lee@far.example>: ${greylisted}`;
    const report = (host: string) => `2026-03-02T10:09:00.1+00:00 mx courierd: started,id=00A1.00B2,from=<>,module=dsn,host=${host},addr=<app@ours.example>`;
    expect(await first([attempt, report('deferred')].join('\n'))).toMatchObject({ recipient: 'lee@far.example', permanent: false });
    expect(await first([attempt, report('deferred'), attempt, report('')].join('\n'))).toMatchObject({ recipient: 'lee@far.example', permanent: true });
  });
});

describe("a queue's own log that the recipient's domain has no mail host", () => {
  it.each([
    ['Courier', [
      '2026-03-02T10:00:00.1+00:00 mx courieresmtp: id=00A1.00B2,from=<app@ours.example>,addr=<lee@gone.example>: No such domain.',
      '2026-03-02T10:00:00.1+00:00 mx courieresmtp: id=00A1.00B2,from=<app@ours.example>,addr=<lee@gone.example>,status: failure',
      '2026-03-02T10:00:00.2+00:00 mx courierd: started,id=00A1.00B2,from=<>,module=dsn,host=,addr=<app@ours.example>',
    ]],
    ['Haraka', [
      '2026-03-02T10:00:00.100Z [NOTICE] [5D0C1E2A-7F3B-4C8D-9E10-A1B2C3D4E5F6.1] [core] recipient <lee@gone.example> code=OK msg="" sender=app@ours.example',
      '2026-03-02T10:00:00.300Z [INFO] [5D0C1E2A-7F3B-4C8D-9E10-A1B2C3D4E5F6.1.1] [outbound] bouncing mail: Nowhere to deliver mail to for domain: gone.example',
    ]],
  ])('%s: the name does not resolve, for that recipient (asked only: no code)', async (_, lines) => {
    const d = await diagnose(lines.join('\n'));
    expect(d.autoReply).toBe(false);
    // The recipient's own domain is gone and the queue gave up: the address is bad, as Postfix's
    // "dsn=5.4.4, status=bounced (Host or domain name not found …)" for the same domain says.
    expect(d.findings[0]).toMatchObject({ reply: null, recipient: 'lee@gone.example', reason: 'hostunknown', permanent: true, hardBounce: true });
  });
});

describe('Courier', () => {
  it("reads its log's reply for an address, and its own unknown-user wording", async () => {
    const f = await first('2026-03-02T10:00:00.1+00:00 mx courierd: id=00A1.00B2,from=<app@ours.example>,addr=<nobody@ours.example>: 550 User <nobody> unknown');
    expect(f).toMatchObject({ reply: '550', recipient: 'nobody@ours.example', reason: 'userunknown', hardBounce: true });
  });

  it('reads "523 Message length (N bytes) exceeds administrative limit" as a message too big', async () => {
    const text = ' -> MAIL FROM:<app@ours.example>\n<-  250 Ok.\n -> RCPT TO:<lee@far.example>\n<-  250 Ok.\n -> DATA\n<-  354 Ok.\n -> .\n<** 523 Message length (204800 bytes) exceeds administrative limit(102400).';
    expect(await first(text)).toMatchObject({ reply: '523', reason: 'mesgtoobig' });
  });
});

describe('Haraka', () => {
  // Its summary when a client disconnects: the client's own rDNS and HELO checks, then the last response.
  const disconnect = (lr: string) =>
    `2026-03-02T10:00:00.100Z [NOTICE] [C0FFEE01.1] [core] disconnect ip=192.0.2.44 rdns=NXDOMAIN helo=client.example relay=N early=N esmtp=Y tls=N pipe=N errors=0 txns=1 rcpts=0/0/1 msgs=0/0/0 bytes=0 lr="${lr}" time=0.05`;
  const plugins = '2026-03-02T10:00:00.050Z [INFO] [C0FFEE01] [access] msg:unlisted(conn), fail:invalid domain: client';

  it('reads the last response of its disconnect line, not the client checks around it', async () => {
    const unknown = await first([plugins, disconnect('550 I cannot deliver mail for <nobody@ours.example>')].join('\n'));
    expect(unknown).toMatchObject({ reply: '550', recipient: 'nobody@ours.example', hardBounce: false });
    // "rdns=NXDOMAIN" is the client's reverse name and "invalid domain" its HELO: neither is this reply's reason.
    expect(['hostunknown', 'requireptr']).not.toContain(unknown!.reason);
    expect(await first(disconnect('501 Invalid RCPT TO address <bob@@ours..example>'))).toMatchObject({ reply: '501', reason: 'syntaxerror' });
  });

  it('reads a client refused for its IP as blocked, never a bad recipient domain', async () => {
    expect(await first(disconnect('554 NXDOMAIN [192.0.2.44] You are not allowed to connect'))).toMatchObject({ reply: '554', reason: 'blocked', hardBounce: false });
  });

  it('reads "Tried all MXs" as the network, whatever its Status says (not a hard bounce)', async () => {
    const text = ['Content-Type: message/delivery-status', '', 'Reporting-MTA: dns;mx.ours.example', '', 'Final-Recipient: rfc822;lee@far.example',
      'Action: failed', 'Status: 5.1.2 (550 Tried all MXs far.example)', ''].join('\n');
    expect(await first(text)).toMatchObject({ recipient: 'lee@far.example', reason: 'networkerror', hardBounce: false });
  });
});

describe('swaks and the connection it reports', () => {
  it('reads its own "=== Connection closed with remote host." as the normal end, not a network failure', async () => {
    const text = ['=== Connected to mx.far.example.', ' -> RCPT TO:<lee@far.example>', '<** 550 I cannot deliver mail for <lee@far.example>', ' -> QUIT', '<-  221 bye', '=== Connection closed with remote host.'].join('\n');
    const f = await first(text);
    expect(f).toMatchObject({ reply: '550', recipient: 'lee@far.example' });
    expect(f!.reason).not.toBe('networkerror');
  });

  it('reads a server that hung up on connect as the network', async () => {
    const d = await diagnose('=== Trying mx.far.example:25...\n=== Connected to mx.far.example.\n*** Remote host closed connection unexpectedly.');
    expect(d.findings[0]).toMatchObject({ reply: null, reason: 'networkerror' });
  });
});

describe('a transient 421 4.3.2 "Service not available"', () => {
  it('is the server unavailable for now, not a host that takes no mail', async () => {
    expect(await first('smtp: Failed: 421 4.3.2 mx.far.example Service not available, closing transmission channel')).toMatchObject({ permanent: false, reason: 'systemerror' });
  });
});

describe('nullmailer', () => {
  it('reads "Connect failed" as the network', async () => {
    const text = 'Reporting-MTA: x-local-hostname; ours.example\n\nFinal-Recipient: rfc822; lee@far.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: SMTP; Connect failed\n';
    expect(await first(text)).toMatchObject({ recipient: 'lee@far.example', reason: 'networkerror', hardBounce: false });
  });
});
