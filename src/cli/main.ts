#!/usr/bin/env node
/**
 * `smtp`: explain, compare and search SMTP codes, and diagnose pasted text, from a terminal.
 *   smtp 421 · smtp 550 5.1.1 · smtp 251 vs 421 · smtp compare 251 421 · smtp search mailbox full
 *   smtp diagnose FILE · smtp console · any of them with --json
 */
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { runDiagnose } from './commands/diagnose.js';
import { runConsole } from './console.js';
import { langFrom, parseArgs } from './args.js';
import type { CliIO } from './io.js';
import { resolutionJson } from './json.js';
import { messages } from '../present/i18n/index.js';
import { resolve, toAnswer } from '../present/respond.js';
import { renderText } from '../present/text/render.js';

const USAGE = `usage: smtp <code> [<code>]          explain codes (smtp 421, smtp 550 5.1.1)
       smtp <a> vs <b>                compare two codes (also: smtp compare <a> <b>)
       smtp search <words>            find codes by words
       smtp diagnose [FILE]           diagnose a bounce, log line or transcript (stdin without FILE)
       smtp console                   the bot's local console
options: --json (machine-readable output), --lang en|ko
`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const args = parseArgs(argv);
  const [command, ...rest] = args.rest;
  if (args.version) {
    io.stdout.write('smtp-bot 0.1.0\n');
    return 0;
  }
  if (args.unknownFlags.length) {
    io.stderr.write(`smtp: unknown option ${args.unknownFlags.join(', ')}\n${USAGE}`);
    return 2;
  }
  if (args.help || command === undefined || command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === 'diagnose') {
    return runDiagnose([...rest, ...(args.json ? ['--json'] : [])], io);
  }
  if (command === 'console') return runConsole(io, { lang: langFrom(args.lang, env) });

  const lang = langFrom(args.lang, env);
  const resolution = await resolve(args.rest.join(' '));
  if (args.json) io.stdout.write(`${JSON.stringify(resolutionJson(resolution), null, 2)}\n`);
  const failed = resolution.type === 'unknown' || resolution.type === 'error' ||
    (resolution.type === 'search' && resolution.hits.length === 0) ||
    (resolution.type === 'provider' && resolution.missing && resolution.entries.length === 0);
  if (failed) {
    // Errors go to stderr even with --json, so a pipe reading stdout sees only the JSON.
    io.stderr.write(renderText(toAnswer(resolution, lang, { commandPrefix: 'smtp ' })).replace(/^/, 'smtp: '));
    return 1;
  }
  if (!args.json) io.stdout.write(renderText(toAnswer(resolution, lang, { commandPrefix: 'smtp ' })));
  return 0;
}

function isEntryPoint(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `smtp 421 | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // Never a stack trace for a user; SMTP_BOT_DEBUG=1 shows it to whoever is debugging.
      process.stderr.write(`smtp: ${messages().errors.internal}\n`);
      if (process.env.SMTP_BOT_DEBUG) process.stderr.write(`${String((err as Error)?.stack ?? err)}\n`);
      process.exitCode = 2;
    },
  );
}
