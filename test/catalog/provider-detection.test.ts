/**
 * Which provider answered or reported, read from the hosts a bounce names for that role and from
 * a provider's notice signature, never from a host merely mentioned. Examples are written here.
 */
import { describe, expect, it } from 'vitest';
import { providers } from '../../src/catalog/index.js';
import { diagnose } from '../../src/diagnose/index.js';
import { hostsIn, ProviderIndex } from '../../src/diagnose/provider.js';

const index = new ProviderIndex(providers());

describe('hostsIn', () => {
  it('skips the domain of an e-mail address', () => {
    expect(hostsIn('550 5.1.1 <someone@gmail.com>: no such user at mx1.example.net')).toEqual(['mx1.example.net']);
  });
});

describe('reporterIn', () => {
  it('reads the Remote-MTA of a DSN', () => {
    expect(index.reporterIn('Final-Recipient: rfc822; a@example.org\nRemote-MTA: dns; mx02.mail.icloud.com\nStatus: 5.0.0')).toBe('apple');
  });

  it('reads Postfix "host … said" and Exim "host … [ip]:"', () => {
    expect(index.reporterIn('<a@example.org>: host example-org.mail.protection.outlook.com[192.0.2.7] said: 550 5.7.1 no')).toBe('microsoft');
    expect(index.reporterIn('  host mx-eu.mimecast.com [192.0.2.9]: 550 rejected')).toBe('mimecast');
  });

  it('reads the reporter: Reporting-MTA, Exchange "Generating server", the first Received hop', () => {
    expect(index.reporterIn('Reporting-MTA: dns; mta1234.mail.yahoodns.net\n')).toBe('yahoo');
    expect(index.reporterIn('Generating server: AB1PR02MB1234.eurprd02.prod.outlook.com\n')).toBe('microsoft');
    expect(index.reporterIn('Received: from client.example.net by mx0a-001234.pphosted.com with ESMTP id abc for <a@example.org>\n')).toBe('proofpoint');
  });

  it('prefers the server that answered over the one that reported', () => {
    const text = 'Reporting-MTA: dns; relay.example.net\nRemote-MTA: dns; alt1.gmail-smtp-in.l.google.com\n';
    expect(index.reporterIn(text)).toBe('gmail');
  });

  it('knows a Barracuda appliance by its notice, whatever its host is called', () => {
    expect(index.reporterIn('Your message to: a@example.org\nwas blocked by our Spam & Virus Firewall. The email you sent')).toBe('barracuda');
    expect(index.reporterIn('Received: from a.example.net by filter.example.org (Spam Firewall) with ESMTP id 1\n')).toBe('barracuda');
  });

  it('names nobody from a recipient address or a link alone', () => {
    expect(index.reporterIn('550 5.1.1 <friend@gmail.com>: user unknown, see https://support.google.com/mail')).toBeNull();
    expect(index.reporterIn('The original message was sent To: someone@outlook.com')).toBeNull();
  });
});

describe('diagnosis', () => {
  it('does not call a failing relay Gmail because the recipient is a gmail.com address', async () => {
    const text = [
      'Reporting-MTA: dns; smtp.example.net',
      '',
      'Final-Recipient: rfc822; friend@gmail.com',
      'Action: failed',
      'Status: 4.4.1',
      'Remote-MTA: dns; relay.example.org',
      'Diagnostic-Code: smtp; 451 4.4.1 connection to relay.example.org timed out for friend@gmail.com',
    ].join('\n');
    const d = await diagnose(text);
    expect(d.findings[0]?.provider ?? null).toBeNull();
  });

  it('names Apple for its private relay servers', async () => {
    const text = [
      '<relay-user@privaterelay.appleid.com>: host smtp2.privaterelay.appleid.com[192.0.2.44] said:',
      '    550 5.1.1 <relay-user@privaterelay.appleid.com>: user not found (in reply to RCPT TO command)',
    ].join('\n');
    const d = await diagnose(text);
    expect(d.findings[0]?.provider).toBe('apple');
  });

  it('reports the provider code the server sent, an alias too, with the entry it belongs to', async () => {
    const reply = (code: string) =>
      `<pat@yahoo.com>: host mta6.am0.yahoodns.net[192.0.2.61] said: 421 4.7.0 [${code}] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)`;
    for (const code of ['TSS04', 'TSS05']) {
      const [f] = (await diagnose(reply(code))).findings;
      expect(f).toMatchObject({ provider: 'yahoo', providerCode: code, providerResponse: 'yahoo-421-4.7.0-tss04', reply: '421', enhanced: '4.7.0' });
    }
    // Microsoft's AS(…) form of a block code is reported as written.
    const [ms] = (await diagnose('550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (AS3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.')).findings;
    expect(ms).toMatchObject({ provider: 'microsoft', providerCode: 'AS3150' });
  });
});
