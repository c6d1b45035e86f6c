/**
 * A diagnosis answer cites the provider entry a reply matched: its title, its fix before the
 * generic code's, its warnings (which stop the usual misdiagnoses) and its pages.
 */
import { describe, expect, it } from 'vitest';
import { lookup, providerResponseById } from '../../src/catalog/index.js';
import { answerPaste } from '../../src/present/respond.js';
import { renderText } from '../../src/present/text/render.js';
import { messages } from '../../src/present/i18n/index.js';

const GMAIL_UNAUTHENTICATED =
  'Nov 28 10:01:02 mx1 postfix/smtp[123]: 4F1A2B3C4D: to=<ana@example.com>, relay=gmail-smtp-in.l.google.com[192.0.2.7]:25, ' +
  'dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.7] said: 550-5.7.26 This mail has been blocked because the ' +
  'sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 Please fix (in reply to end of DATA command))';

describe('a diagnosis cites the provider entry', () => {
  it('shows the provider response title, fix, warnings and links', async () => {
    const { diagnosis, answer } = await answerPaste(GMAIL_UNAUTHENTICATED, { lang: 'en' });
    const id = diagnosis.findings[0]?.providerResponse;
    expect(id).toBeTruthy();
    const cited = providerResponseById(id!)!;
    expect(cited.provider.id).toBe('gmail');
    const text = renderText(answer, messages('en')).replace(/\s+/g, ' ');
    expect(text).toContain(cited.response.title);
    expect(text).toContain(cited.response.fix[0]!);
    expect(cited.response.warnings.length).toBeGreaterThan(0);
    expect(answer.warnings).toEqual(expect.arrayContaining(cited.response.warnings));
    expect(answer.links.map((l) => l.url)).toEqual(expect.arrayContaining(cited.response.links.map((l) => l.url)));
  });

  it('keeps the generic fix where no provider entry matched', async () => {
    const { diagnosis, answer } = await answerPaste('<- RCPT TO:<bo@example.org>\n-> 550 5.1.1 bo@example.org is not a known mailbox here', { lang: 'en' });
    expect(diagnosis.findings[0]?.providerResponse ?? null).toBeNull();
    expect(answer.warnings).toEqual([]);
    expect(diagnosis.findings[0]?.enhanced).toBe('5.1.1');
    expect(renderText(answer, messages('en')).replace(/\s+/g, ' ')).toContain(`How to fix: ${lookup('5.1.1', 'en')!.fix[0]}`);
  });
});
