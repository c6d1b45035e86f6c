import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXPLAIN_MESSAGE_CALLBACK } from '../../src/slack/listeners/shortcuts/explain-message.js';
import { sharedCandidates, sharedFile } from '../shared.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = parse(readFileSync(`${root}manifest.yml`, 'utf8')) as {
  features: { slash_commands: { command: string }[]; shortcuts: { callback_id: string; type: string }[]; app_home: Record<string, boolean> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};
const SCHEMA = 'slack/manifest.schema.1.0.0.json';
const schemaPath = sharedFile(SCHEMA);
// Validation against Slack's own schema is the point of this file: without it, fail and say where we looked.
if (!schemaPath) throw new Error(`Slack's manifest schema (${SCHEMA}) is in none of: ${sharedCandidates().join(', ')}; set SMTP_BOT_SHARED to the shared folder`);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

/** The scope each bot event needs; null where Slack requires none. */
const EVENT_SCOPES: Record<string, string | null> = {
  app_mention: 'app_mentions:read',
  app_home_opened: null,
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
};

describe('manifest.yml', () => {
  it('is valid against Slack manifest schema 1.0.0', () => {
    // The schema is draft-07 and uses a few non-standard keywords ("regex", "_note"); strict mode off.
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // And the validator really bites: a misspelt key and a too-long shortcut name are rejected.
    expect(validate({ ...manifest, settings: { ...manifest.settings, socket_mode: true } })).toBe(false);
    expect(validate({ ...manifest, features: { ...manifest.features, shortcuts: [{ ...manifest.features.shortcuts[0], name: 'x'.repeat(25) }] } })).toBe(false);
  });

  it('declares /smtp, the message shortcut, interactivity, App Home and Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/smtp']);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: EXPLAIN_MESSAGE_CALLBACK })]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('gives each event its scope and asks for nothing more', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect(new Set(events)).toEqual(new Set(['app_mention', 'app_home_opened', 'message.channels', 'message.groups', 'message.im']));
    const scopes = manifest.oauth_config.scopes.bot;
    for (const e of events) {
      const needed = EVENT_SCOPES[e];
      expect(needed, e).not.toBeUndefined();
      if (needed) expect(scopes, e).toContain(needed);
    }
    // commands: /smtp and the shortcut; chat:write: every answer; users:read: users.info for "Shared by";
    // files:read: the text of a file shared with a message (src/slack/files.ts).
    const expected = new Set([...Object.values(EVENT_SCOPES).filter((s): s is string => s !== null), 'commands', 'chat:write', 'users:read', 'files:read']);
    expect(new Set(scopes)).toEqual(expected);
    expect(scopes).toHaveLength(expected.size);
  });
});
