/**
 * `smtp diagnose` without --json prints the same answer the console and Slack give: codes, reason,
 * permanence, who acts, retry and the fix, citing the provider entry; in Korean with --lang ko or a
 * Korean LANG.
 */
import { describe, expect, it } from 'vitest';
import { localResponse, lookup, providerResponseById } from '../../src/catalog/index.js';
import { smtp } from './run.js';

const YAHOO_DEFERRAL =
  'Nov 28 10:01:02 mx1 postfix/smtp[123]: 4F1A2B3C4D: to=<mina@yahoo.com>, relay=mta7.am0.yahoodns.net[192.0.2.9]:25, delay=2, ' +
  'dsn=4.7.0, status=deferred (host mta7.am0.yahoodns.net[192.0.2.9] said: 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily ' +
  'deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('smtp diagnose, human output', () => {
  it('gives codes, reason, permanence, who acts, retry and the provider entry fix', async () => {
    const r = await smtp(['diagnose'], YAHOO_DEFERRAL);
    expect(r.code).toBe(0);
    const json = JSON.parse((await smtp(['diagnose', '--json'], YAHOO_DEFERRAL)).stdout);
    const finding = json.findings[0];
    expect(finding).toMatchObject({ reply: '421', enhanced: '4.7.0', provider: 'yahoo', providerCode: 'TSS04', permanent: false });
    const cited = providerResponseById(finding.providerResponse)!;
    const out = flat(r.stdout);
    for (const part of ['421 4.7.0', 'mina@yahoo.com', 'Who acts', 'Retry', cited.response.title, cited.response.fix[0]!]) {
      expect(out).toContain(part);
    }
    expect(out).not.toContain('4.16.55.1 ');
  });

  it('answers in Korean with --lang ko and with a Korean LANG', async () => {
    const json = JSON.parse((await smtp(['diagnose', '--json'], YAHOO_DEFERRAL)).stdout);
    const ko = localResponse(providerResponseById(json.findings[0].providerResponse)!.response, 'ko');
    expect(ko.title).toMatch(/[\uac00-\ud7a3]/);
    for (const run of [await smtp(['diagnose', '--lang', 'ko'], YAHOO_DEFERRAL), await smtp(['diagnose'], YAHOO_DEFERRAL, { LANG: 'ko_KR.UTF-8' })]) {
      expect(run.code).toBe(0);
      const out = flat(run.stdout);
      expect(out).toContain(ko.title);
      expect(out).toContain(ko.fix[0]!);
      expect(out).toContain('421 4.7.0');
    }
  });

  it('uses the generic Korean catalog text where no provider entry matched', async () => {
    const paste = '-> RCPT TO:<bo@example.org>\n<- 550 5.1.1 bo@example.org is not a known mailbox here';
    const r = await smtp(['diagnose', '--lang', 'ko'], paste);
    expect(flat(r.stdout)).toContain(lookup('5.1.1', 'ko')!.fix[0]!);
  });
});
