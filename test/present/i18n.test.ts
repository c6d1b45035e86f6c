import { describe, expect, it } from 'vitest';
import { en } from '../../src/present/i18n/en.js';
import { languages, messages, resolveLang } from '../../src/present/i18n/index.js';

/** Every leaf of a message catalog, as "path" → value (functions are called with sample arguments). */
function leaves(obj: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof obj === 'function') out.set(path, (obj as (...a: unknown[]) => unknown)('X', 'Y', 'Z', 'W'));
  else if (Array.isArray(obj)) obj.forEach((v, i) => leaves(v, `${path}[${i}]`).forEach((x, k) => out.set(k, x)));
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) leaves(v, path ? `${path}.${k}` : k).forEach((x, kk) => out.set(kk, x));
  } else out.set(path, obj);
  return out;
}

describe('message catalogs', () => {
  const reference = leaves(en);

  it.each(languages.filter((l) => l !== 'en'))('%s has exactly the keys of English, each translated', (lang) => {
    const other = leaves(messages(lang));
    expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
    const untranslated = [...other.entries()]
      .filter(([key, value]) => key !== 'lang' && typeof value === 'string' && !/[\u3131-\uD79D]/.test(value))
      // SMTP command names (RCPT TO, HELO/EHLO) stay as they are in every language.
      .filter(([key, value]) => !(key.startsWith('phase.') && value === reference.get(key) && /^[A-Z][A-Z /]*$/.test(String(value))))
      .map(([key]) => key);
    // Korean text always has Hangul; a string without any is a leftover in English.
    if (lang === 'ko') expect(untranslated).toEqual([]);
  });

  it('covers the Slack adapter’s own words (settings, apologies, App Home)', () => {
    const slackKeys = [...reference.keys()].filter((k) => k.startsWith('slack.'));
    for (const key of ['slack.apology', 'slack.lang.set', 'slack.home.title', 'slack.home.howTo[0]', 'slack.burst']) expect(slackKeys).toContain(key);
  });

  it('picks the language from a Slack locale or a POSIX LANG', () => {
    expect(resolveLang('ko-KR')).toBe('ko');
    expect(resolveLang('ko_KR.UTF-8')).toBe('ko');
    expect(resolveLang('en-US')).toBe('en');
    expect(resolveLang('C.UTF-8')).toBe('en');
    expect(resolveLang(undefined)).toBe('en');
  });
});
