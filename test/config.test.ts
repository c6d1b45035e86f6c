import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_VARS, loadConfig } from '../src/config.js';
import { run } from '../src/main.js';

const HEX = '0123456789abcdef0123456789abcdef';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('infers the mode from the credentials present', () => {
    expect(loadConfig({}).mode).toBe('console');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).mode).toBe('socket');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: HEX }).mode).toBe('http');
    // Both present: Socket Mode wins, as documented.
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: HEX }).mode).toBe('socket');
  });

  it('applies defaults and normalises the API URL', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: HEX, SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(c).toMatchObject({ port: 3000, apiUrl: 'http://127.0.0.1:9/api/', dbPath: './data/smtp-bot.sqlite', lang: 'en' });
    expect(loadConfig({}).apiUrl).toBe('https://slack.com/api/');
    expect(loadConfig({ PORT: '0', SMTP_BOT_DB: ':memory:', SLACK_API_URL: '' })).toMatchObject({ port: 0, dbPath: ':memory:' });
  });

  it('names every missing variable of a forced mode in one message', () => {
    expect(errorOf({ SMTP_BOT_MODE: 'http' })).toBe('smtp-bot cannot start in http mode: SLACK_BOT_TOKEN is missing; SLACK_SIGNING_SECRET is missing.');
    expect(errorOf({ SMTP_BOT_MODE: 'socket', SLACK_BOT_TOKEN: 'xoxb-1' })).toBe('smtp-bot cannot start in socket mode: SLACK_APP_TOKEN is missing.');
  });

  it('names malformed and missing variables together, never their values', () => {
    const msg = errorOf({ SMTP_BOT_MODE: 'socket', SLACK_BOT_TOKEN: 'xoxp-secret-user-token', PORT: '99999' });
    expect(msg).toContain('SLACK_BOT_TOKEN must be a bot token');
    expect(msg).toContain('SLACK_APP_TOKEN is missing');
    expect(msg).toContain('PORT must be a port number');
    expect(msg).not.toContain('xoxp-secret-user-token');
    expect(msg.split('\n')).toHaveLength(1);
  });

  it('rejects an unknown mode and half a set of credentials', () => {
    expect(errorOf({ SMTP_BOT_MODE: 'lambda' })).toContain('SMTP_BOT_MODE must be socket, http or console');
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_APP_TOKEN');
  });

  it('is documented variable by variable in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const name of ENV_VARS) expect(example, name).toMatch(new RegExp(`#[^\\n]*\\n(?:#[^\\n]*\\n)*${name}=`));
  });
});

function io(input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  return { io: { stdin, stdout, stderr }, out: () => out, err: () => err };
}

describe('npm start (run)', () => {
  it('stops a forced mode with missing variables with one line on stderr and exit code 2', async () => {
    const t = io('');
    expect(await run({ SMTP_BOT_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-secret' }, t.io)).toBe(2);
    expect(t.err()).toBe('smtp-bot cannot start in http mode: SLACK_SIGNING_SECRET is missing.\n');
    expect(t.err()).not.toContain('xoxb-secret');
    expect(t.out()).toBe('');
  });

  it('runs the console when no Slack credentials are set: commands, mentions and messages', async () => {
    const t = io('/smtp 421\n@smtp 550 5.1.1\nlunch at noon?\n');
    expect(await run({ SMTP_BOT_DB: ':memory:' }, t.io)).toBe(0);
    const out = t.out();
    expect(out).toContain('421 Service not available');
    expect(out).toContain('5.1.1');
    expect(out).not.toMatch(/^\s*[{[]/m); // readable text, not JSON
  });

  it('runs the console in the language of --lang, or of LANG', async () => {
    const flag = io('/smtp 421\n');
    expect(await run({ SMTP_BOT_DB: ':memory:' }, flag.io, ['--lang', 'ko'])).toBe(0);
    expect(flag.out()).toContain('421 서비스를 사용할 수 없음');
    const locale = io('/smtp 421\n');
    expect(await run({ SMTP_BOT_DB: ':memory:', LANG: 'ko_KR.UTF-8' }, locale.io)).toBe(0);
    expect(locale.out()).toContain('421 서비스를 사용할 수 없음');
    const plain = io('/smtp 421\n');
    expect(await run({ SMTP_BOT_DB: ':memory:', LANG: 'C.UTF-8' }, plain.io)).toBe(0);
    expect(plain.out()).toContain('421 Service not available');
  });
});
