/**
 * Lookups by a provider's other codes (aliases) and by any code inside a documented range, and
 * the query words that reach them.
 */
import { describe, expect, it } from 'vitest';
import { isProviderCode, lookupProviderCode, providerByName, providerResponsesFor, responsesWithCode } from '../../src/catalog/index.js';
import { resolve } from '../../src/present/respond.js';

const ids = (matches: { response: { id: string } }[]) => matches.map((m) => m.response.id);

describe('codes that used to live only in match lists', () => {
  it.each([
    ['TSS11', 'yahoo-553-5.7.2-tss09-permanently-deferred'],
    ['TSS05', 'yahoo-421-4.7.0-tss04'],
    ['HM07', 'apple-554-5.7.1-hm08-local-policy'],
    ['BL23', 'yahoo-553-5.7.1-bl21-spamhaus'],
    ['BL000101', 'comcast-bl-combined-lists'],
    ['BL000110', 'comcast-bl-combined-lists'],
    ['RESOLVER.ADR.ExRecipNotFound', 'microsoft-550-5.1.1-recipnotfound'],
    ['AS3150', 'microsoft-550-5.7.1-s3150-blocklist'],
    ['RESOLVER.RST.RecipientSizeLimit', 'microsoft-5.2.3-recip-size-limit'],
    ['SMTPSEND.DNS.NonExistentDomain', 'microsoft-5.4.4-nonexistent-domain'],
  ])('%s finds %s', (code, id) => {
    expect(isProviderCode(code)).toBe(true);
    expect(ids(lookupProviderCode(code))).toEqual([id]);
    expect(ids(lookupProviderCode(`[${code.toLowerCase()}]`))).toEqual([id]);
  });

  it('shows the alias the reader asked for beside the code the entry is filed under', async () => {
    const { answerQuery } = await import('../../src/present/respond.js');
    const answer = await answerQuery('TSS05', { lang: 'en' });
    expect(answer.title).toContain('TSS05 (= TSS04)');
    expect((await answerQuery('TSS04', { lang: 'en' })).title).not.toContain('(=');
  });

  it('routes a bare alias to the provider answer', async () => {
    const r = await resolve('TSS11');
    expect(r.type).toBe('provider');
    if (r.type === 'provider') expect(ids(r.matches)).toContain('yahoo-553-5.7.2-tss09-permanently-deferred');
  });
});

describe('codes inside a documented range', () => {
  const microsoft = providerByName('microsoft')!;

  it.each([
    ['5.7.620', 'microsoft-550-5.7.606-649-banned-ip'],
    ['5.7.649', 'microsoft-550-5.7.606-649-banned-ip'],
    ['5.7.502', 'microsoft-550-5.7.501-503-spam-abuse'],
    ['5.7.503', 'microsoft-550-5.7.501-503-spam-abuse'],
    ['5.7.720', 'microsoft-550-5.7.705-tenant-threshold'],
    ['4.7.600', 'microsoft-451-4.7.500-699-try-later'],
    ['4.7.860', 'microsoft-451-4.7.500-699-try-later'],
    ['5.7.134', 'microsoft-550-5.7.133-136-not-authenticated'],
  ])('%s finds %s', (code, id) => {
    expect(ids(providerResponsesFor(microsoft, code))).toEqual([id]);
    expect(ids(responsesWithCode(code))).toContain(id);
  });

  it('prefers the response that names the exact code over a range holding it', () => {
    expect(ids(providerResponsesFor(microsoft, '5.7.708'))).toEqual(['microsoft-550-5.7.708-ip-not-accepted']);
    expect(ids(providerResponsesFor(microsoft, '4.7.650'))).not.toContain('microsoft-451-4.7.500-699-try-later');
  });

  it('does not stretch a range past its ends or across classes', () => {
    expect(ids(providerResponsesFor(microsoft, '5.7.650'))).not.toContain('microsoft-550-5.7.606-649-banned-ip');
    expect(ids(providerResponsesFor(microsoft, '4.7.620'))).not.toContain('microsoft-550-5.7.606-649-banned-ip');
    expect(ids(providerResponsesFor(microsoft, '4.7.750'))).not.toContain('microsoft-451-4.7.500-699-try-later');
  });

  it('answers "5.7.620" and "microsoft 5.7.620" from the range entry', async () => {
    for (const q of ['5.7.620', 'microsoft 5.7.620', 'outlook 5.7.620']) {
      const r = await resolve(q);
      expect(r.type, q).toBe('provider');
      if (r.type === 'provider') expect(ids(r.matches), q).toContain('microsoft-550-5.7.606-649-banned-ip');
    }
  });
});
