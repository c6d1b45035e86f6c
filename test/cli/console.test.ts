import { describe, expect, it } from 'vitest';
import { localResponse, lookupProviderCode, providerByName, providerResponsesFor } from '../../src/catalog/index.js';
import { en } from '../../src/present/i18n/en.js';
import { ko } from '../../src/present/i18n/ko.js';
import { consoleSession } from './run.js';

describe('the local console', () => {
  it('answers a slash command line and ends at the end of input', async () => {
    const out = await consoleSession('/smtp 421\n');
    expect(out).toContain('421 Service not available');
    expect(out).toContain('How to fix:');
  });

  it('answers a mention like a command', async () => {
    const out = await consoleSession('@smtp 5.2.2\n');
    expect(out).toContain('5.2.2');
    expect(out).toContain('Meaning:');
  });

  it('answers a bare "421 vs 251" line as a question', async () => {
    const out = await consoleSession('421 vs 251\n');
    expect(out).toContain('Key difference:');
  });

  it('answers several inputs in order', async () => {
    const out = await consoleSession('/smtp 421\n/smtp 550\n/smtp help\n');
    const i421 = out.indexOf('421 Service');
    const i550 = out.indexOf('550 ');
    const iHelp = out.indexOf('smtp-bot: what SMTP codes');
    expect(i421).toBeGreaterThanOrEqual(0);
    expect(i550).toBeGreaterThan(i421);
    expect(iHelp).toBeGreaterThan(i550);
  });

  it('stays quiet (and says so) on chat that holds no SMTP failure', async () => {
    const out = await consoleSession('lunch at 12:30 in room 421?\n');
    expect(out).toMatch(/stays silent/);
  });

  it('gives a friendly answer to an unknown code instead of crashing', async () => {
    const out = await consoleSession('/smtp 4211\n');
    expect(out).toMatch(/did you mean/i);
    expect(out).toContain('421');
  });

  it('answers one question in the language its --lang names, the next in the session language', async () => {
    const out = await consoleSession('/smtp 421 --lang ko\n/smtp 421\n');
    const [ko, en] = out.split(/(?=^421 )/m).filter((part) => part.startsWith('421 '));
    expect(ko).toMatch(/[\uac00-\ud7a3]/);
    expect(ko).not.toContain('--lang');
    expect(en).toContain('Service not available');
    expect(en).not.toMatch(/[\uac00-\ud7a3]/);
  });

  it('looks up a provider code, and a provider and a code, citing the provider entry in the session language', async () => {
    const tss04 = lookupProviderCode('TSS04')[0]!;
    const gmail = providerResponsesFor(providerByName('gmail')!, '5.7.26')[0]!;
    const out = await consoleSession('/smtp TSS04\n@smtp gmail 5.7.26\n/smtp S3150 --lang ko\n');
    expect(out).toContain(tss04.response.title);
    expect(out).toContain(gmail.response.title);
    const s3150 = lookupProviderCode('S3150')[0]!;
    expect(out).toContain(localResponse(s3150.response, 'ko').title);
    expect(out).toContain('S3150');
  });

  it('sets the session language with /smtp lang, as a channel\'s in Slack, and goes back with auto', async () => {
    const out = await consoleSession('/smtp lang ko\n/smtp 421\n/smtp lang\n/smtp lang fr\n/smtp lang auto\n/smtp 421\n');
    const parts = out.split('\n\n').map((p) => p.trim()).filter(Boolean);
    expect(out).toContain(ko.console.lang.set(ko.slack.languageName));
    const korean421 = out.indexOf('421 서비스를 사용할 수 없음');
    expect(korean421).toBeGreaterThan(out.indexOf(ko.console.lang.set(ko.slack.languageName)));
    expect(out).toContain(ko.console.lang.status(ko.slack.languageName, 'en, ko'));
    expect(out).toContain(ko.console.lang.unknown('fr', 'en, ko'));
    expect(out).toContain(en.console.lang.reset(en.slack.languageName));
    // After auto, the next answer is in the language the console started with (English here).
    expect(out.lastIndexOf('421 Service not available')).toBeGreaterThan(out.indexOf(en.console.lang.reset(en.slack.languageName)));
    expect(parts.length).toBeGreaterThanOrEqual(6);
  });
});
