/**
 * `npm start`: Socket Mode, HTTP or the local console, chosen from the environment (see
 * .env.example). Configuration problems print one line naming each variable and exit 2; they never
 * show a stack trace, and secrets are never printed.
 */
import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { langFrom, parseArgs } from './cli/args.js';
import { runConsole } from './cli/console.js';
import type { CliIO } from './cli/io.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createSlackApp } from './slack/app.js';
import { SqliteSettingsStore } from './slack/store/index.js';

export async function run(env: NodeJS.ProcessEnv, io: CliIO, argv: string[] = []): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // The console is a terminal program: --lang, then SMTP_BOT_LANG where set, then the locale (LANG).
  if (config.mode === 'console') return runConsole(io, { lang: parseArgs(argv).lang ?? env.SMTP_BOT_LANG ?? langFrom(undefined, env) });

  const store = new SqliteSettingsStore(config.dbPath);
  const slack = createSlackApp({ ...config, store });
  // A stray rejection in a listener's background work is logged, never fatal: one bad message must
  // not take the bot away from everyone else.
  process.on('unhandledRejection', (reason) => slack.ctx.logger.error(`unhandled rejection: ${String(reason)}`));
  const { port } = await slack.start(config.port, config.host);
  slack.ctx.logger.info(config.mode === 'http' ? `smtp-bot listening on port ${port} (HTTP mode)` : 'smtp-bot connected (Socket Mode)');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await slack.stop().catch(() => undefined);
  store.close();
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadDotenv({ quiet: true });
  run(process.env, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`smtp-bot stopped: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
