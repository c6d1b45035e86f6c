import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteSettingsStore } from '../../src/slack/store/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SqliteSettingsStore', () => {
  it('defaults to auto-reply on and no language', async () => {
    const s = new SqliteSettingsStore(':memory:');
    expect(await s.getChannel('C1')).toEqual({ autoReply: true, lang: null });
    s.close();
  });

  it('keeps settings per channel across restarts, creating the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-bot-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'bot.sqlite');
    const a = new SqliteSettingsStore(path);
    await a.setAutoReply('C1', false);
    await a.setLang('C1', 'en');
    await a.setLang('C2', 'en');
    await a.recordLookups(['550', '421', '550']);
    a.close();
    const b = new SqliteSettingsStore(path);
    expect(await b.getChannel('C1')).toEqual({ autoReply: false, lang: 'en' });
    expect(await b.getChannel('C2')).toEqual({ autoReply: true, lang: 'en' });
    await b.setLang('C1', null);
    expect(await b.getChannel('C1')).toEqual({ autoReply: false, lang: null });
    expect(await b.topLookups(5)).toEqual([
      { code: '550', count: 2 },
      { code: '421', count: 1 },
    ]);
    b.close();
    b.close(); // closing twice is harmless
  });
});
