/**
 * The environment, parsed once by zod. A forced mode with missing or malformed variables fails with
 * one message that names each of them (never their values: they are secrets), so a misconfigured
 * deploy says what to fix instead of printing a stack trace.
 */
import { z } from 'zod';

export const MODES = ['socket', 'http', 'console'] as const;
export type Mode = (typeof MODES)[number];

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

const Env = z.object({
  SMTP_BOT_MODE: optionalText.pipe(z.enum(MODES, { error: 'must be socket, http or console' }).optional()),
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', { error: 'must be a bot token (xoxb-…)' }).optional()),
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', { error: 'must be an app-level token (xapp-…)' }).optional()),
  SLACK_SIGNING_SECRET: optionalText.pipe(
    z.string().regex(/^[0-9a-f]{16,}$/i, { error: 'must be the hex signing secret from Basic Information' }).optional(),
  ),
  SLACK_API_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .optional()
      .transform((u) => (u ? (u.endsWith('/') ? u : `${u}/`) : 'https://slack.com/api/')),
  ),
  PORT: optionalText
    .pipe(z.string().regex(/^\d{1,5}$/, { error: 'must be a port number' }).optional())
    .transform((s) => (s === undefined ? 3000 : Number(s)))
    .pipe(z.number().max(65535, { error: 'must be a port number' })),
  HOST: optionalText.pipe(z.string().optional()),
  SMTP_BOT_DB: optionalText.pipe(z.string().optional().default('./data/smtp-bot.sqlite')),
  SMTP_BOT_LANG: optionalText.pipe(z.string().regex(/^[a-z]{2}$/i, { error: 'must be a two-letter language code' }).optional().default('en')),
  LOG_LEVEL: optionalText.pipe(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }).optional().default('info')),
});

/** Every variable the app reads: .env.example documents each (a test checks). */
export const ENV_VARS = Object.keys(Env.shape) as (keyof typeof Env.shape)[];

interface Common {
  apiUrl: string;
  port: number;
  host: string | undefined;
  dbPath: string;
  lang: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type Config =
  | (Common & { mode: 'socket'; botToken: string; appToken: string })
  | (Common & { mode: 'http'; botToken: string; signingSecret: string })
  | (Common & { mode: 'console' });

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** What each mode cannot run without. */
const REQUIRED: Record<Mode, readonly (keyof z.infer<typeof Env>)[]> = {
  socket: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'],
  http: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'],
  console: [],
};

function problem(mode: string | undefined, items: string[]): ConfigError {
  const where = mode ? ` in ${mode} mode` : '';
  return new ConfigError(`smtp-bot cannot start${where}: ${items.join('; ')}.`);
}

/** Parses the environment. Throws a `ConfigError` whose message is fit to print as is. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const raw = env.SMTP_BOT_MODE?.trim();
    const forced = MODES.find((m) => m === raw);
    const bad = parsed.error.issues.map((i) => String(i.path[0] ?? 'environment'));
    const items = parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')} ${i.message}`);
    // Report every problem at once: a malformed value and a missing one in the same run.
    const missing = forced ? REQUIRED[forced].filter((k) => !env[k]?.trim() && !bad.includes(k)).map((k) => `${k} is missing`) : [];
    throw problem(forced, [...new Set([...items, ...missing])]);
  }
  const e = parsed.data;
  const mode: Mode =
    e.SMTP_BOT_MODE ??
    (e.SLACK_APP_TOKEN && e.SLACK_BOT_TOKEN
      ? 'socket'
      : e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN
        ? 'http'
        : e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET
          ? inferFailed(e)
          : 'console');
  const missing = REQUIRED[mode].filter((k) => !e[k]).map((k) => `${k} is missing`);
  if (missing.length > 0) throw problem(mode, missing);

  const common: Common = {
    apiUrl: e.SLACK_API_URL,
    port: e.PORT,
    host: e.HOST,
    dbPath: e.SMTP_BOT_DB,
    lang: e.SMTP_BOT_LANG.toLowerCase(),
    logLevel: e.LOG_LEVEL,
  };
  if (mode === 'socket') return { ...common, mode, botToken: e.SLACK_BOT_TOKEN!, appToken: e.SLACK_APP_TOKEN! };
  if (mode === 'http') return { ...common, mode, botToken: e.SLACK_BOT_TOKEN!, signingSecret: e.SLACK_SIGNING_SECRET! };
  return { ...common, mode };
}

/** Some Slack credentials but not a usable set: guessing would start the wrong thing, so say what is missing. */
function inferFailed(e: z.infer<typeof Env>): never {
  const items: string[] = [];
  if (!e.SLACK_BOT_TOKEN) items.push('SLACK_BOT_TOKEN is missing');
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    items.push('set SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode');
  }
  throw problem(undefined, items);
}
