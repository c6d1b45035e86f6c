/** The embedded store: one SQLite file (better-sqlite3 12; 13 crashes on Node 20). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_CHANNEL_SETTINGS, type ChannelSettings, type LookupCount, type SettingsStore } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS channel_settings (
  channel_id TEXT PRIMARY KEY,
  auto_reply INTEGER NOT NULL DEFAULT 1,
  lang TEXT,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS lookups (
  code TEXT PRIMARY KEY,
  count INTEGER NOT NULL DEFAULT 0
);
`;

interface ChannelRow {
  auto_reply: number;
  lang: string | null;
}

export class SqliteSettingsStore implements SettingsStore {
  private readonly db: Database.Database;
  private readonly stmts;

  /** `path` is a file path, or ":memory:" for tests. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // WAL lets a second reader (a backup, an admin's sqlite3 shell) in while the bot writes.
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.stmts = {
      get: this.db.prepare<[string], ChannelRow>('SELECT auto_reply, lang FROM channel_settings WHERE channel_id = ?'),
      setAuto: this.db.prepare<[string, number, number]>(
        `INSERT INTO channel_settings (channel_id, auto_reply, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(channel_id) DO UPDATE SET auto_reply = excluded.auto_reply, updated_at = excluded.updated_at`,
      ),
      setLang: this.db.prepare<[string, string | null, number]>(
        `INSERT INTO channel_settings (channel_id, lang, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(channel_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at`,
      ),
      bump: this.db.prepare<[string]>(
        'INSERT INTO lookups (code, count) VALUES (?, 1) ON CONFLICT(code) DO UPDATE SET count = count + 1',
      ),
      top: this.db.prepare<[number], LookupCount>('SELECT code, count FROM lookups ORDER BY count DESC, code ASC LIMIT ?'),
    };
  }

  async getChannel(channelId: string): Promise<ChannelSettings> {
    const row = this.stmts.get.get(channelId);
    return row ? { autoReply: row.auto_reply === 1, lang: row.lang } : { ...DEFAULT_CHANNEL_SETTINGS };
  }

  async setAutoReply(channelId: string, on: boolean): Promise<void> {
    this.stmts.setAuto.run(channelId, on ? 1 : 0, Date.now());
  }

  async setLang(channelId: string, lang: string | null): Promise<void> {
    this.stmts.setLang.run(channelId, lang, Date.now());
  }

  async recordLookups(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    this.db.transaction((list: readonly string[]) => {
      for (const code of list) this.stmts.bump.run(code);
    })(codes);
  }

  async topLookups(limit: number): Promise<LookupCount[]> {
    return this.stmts.top.all(limit);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
