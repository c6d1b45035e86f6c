/**
 * Wording that other servers share must not name a provider's response by itself: each case
 * here used to be claimed by a provider through a too-generic fragment. Examples are written here.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';

function said(host: string, reply: string, command = 'RCPT TO'): string {
  return `<dana@example.org>: host ${host}[192.0.2.50] said: ${reply} (in reply to ${command} command)`;
}

async function first(text: string) {
  const d = await diagnose(text);
  return { provider: d.findings[0]?.provider ?? null, response: d.findings[0]?.providerResponse ?? null };
}

describe('generic wording from another server names no provider', () => {
  it.each([
    ['relaying refusal (Yahoo wording)', said('mail.example.org', '550 relaying denied for <dana@example.org>'), 'yahoo'],
    ['relaying refusal (Zoho wording)', said('mail.example.org', '553 Relaying disallowed as dana@example.org'), 'zoho'],
    ['multi-recipient failure (Barracuda ESS wording)', said('mail.example.org', '550 permanent failure for one or more recipients (dana@example.org:rejected)', 'end of DATA'), 'barracuda'],
    ['a local policy refusal (Gmail wording)', said('mail.example.org', '550 5.7.1 Your organisation has a policy that prohibits mail to this address'), 'gmail'],
    ['a loop code alone (Microsoft code)', said('mail.example.org', '554 5.4.14 too many hops, mail loop suspected', 'end of DATA'), 'microsoft'],
    ['STARTTLS required (Postfix and Gmail wording)', said('mail.example.org', '530 5.7.0 Must issue a STARTTLS command first', 'MAIL FROM'), 'gmail'],
    ['a busy server (Gmail wording)', said('mail.example.org', '421 4.4.5 Server busy, try again later.', 'MAIL FROM'), 'gmail'],
    ['a bare STARTTLS refusal pasted alone', '530 5.7.0 Must issue a STARTTLS command first', 'gmail'],
    ['too many recipients (Exchange wording)', said('mail.example.org', '452 4.5.3 Too many recipients'), 'microsoft'],
  ])('%s', async (_name, text, provider) => {
    expect((await first(text)).provider).not.toBe(provider);
  });
});

describe('the provider\'s own host makes shared wording its response', () => {
  it('Yahoo', async () => {
    expect(await first(said('mta6.am0.yahoodns.net', '550 relaying denied for <dana@example.org>'))).toEqual({
      provider: 'yahoo', response: 'yahoo-550-relaying-denied',
    });
  });
});

describe('a general phrase is not read as a specific one', () => {
  it('an iCloud refusal that is not about DMARC is not the DMARC response', async () => {
    const r = await first(said('mx01.mail.icloud.com', '554 5.7.1 Your message was rejected due to its content', 'end of DATA'));
    expect(r.provider).toBe('apple');
    expect(r.response).not.toBe('apple-554-5.7.1-dmarc-policy');
  });

  it('the code in the text picks S3140 over S3150, which share their sentence', async () => {
    const text = said('outlook-com.olc.protection.outlook.com',
      "550 5.7.1 Unfortunately, messages from [192.0.2.60] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
      'MAIL FROM');
    expect((await first(text)).response).toBe('microsoft-550-5.7.1-s3140-blocklist');
  });

  it('GMX\'s session banner loses to the specific line under it', async () => {
    const text = said('mx00.emig.gmx.net', '554-gmx.net (mxgmx102) Nemesis ESMTP Service not available 554-No SMTP service 554 IP address is block listed.', 'EHLO');
    expect((await first(text)).response).toBe('gmx-554-ip-block-listed');
  });
});
