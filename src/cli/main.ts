#!/usr/bin/env node
/**
 * `smtp`: explain, compare and search SMTP codes, and diagnose pasted text, from a terminal.
 *   smtp 421 · smtp 550 5.1.1 · smtp 251 vs 421 · smtp compare 251 421 · smtp search mailbox full
 *   smtp diagnose FILE · smtp console · any of them with --json
 */
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import nodeModule from 'node:module';
import { langFrom, parseArgs } from './args.js';
import type { CliIO } from './io.js';
import { messages } from '../present/i18n/index.js';

// Each command loads only what it uses: `smtp diagnose --batch` in a pipeline pays start-up per
// process, and the code lookup and console modules are most of the module graph.


export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const args = parseArgs(argv);
  const lang = langFrom(args.lang, env);
  const m = messages(lang);
  const [command, ...rest] = args.rest;
  if (args.version) {
    io.stdout.write('smtp-bot 0.1.0\n');
    return 0;
  }
  if (args.unknownFlags.length) {
    io.stderr.write(`smtp: ${m.cli.unknownOption(args.unknownFlags.join(', '))}\n${m.cli.usage}`);
    return 2;
  }
  if (args.help || command === undefined || command === 'help') {
    io.stdout.write(m.cli.usage);
    return 0;
  }
  if (command === 'diagnose') {
    const { runDiagnose } = await import('./commands/diagnose.js');
    return runDiagnose([...rest, ...(args.json ? ['--json'] : [])], io, { lang });
  }
  if (command === 'console') return (await import('./console.js')).runConsole(io, { lang });

  const [{ resolutionJson }, { resolve, toAnswer }, { renderText }] = await Promise.all([
    import('./json.js'), import('../present/respond.js'), import('../present/text/render.js'),
  ]);

  const resolution = await resolve(args.rest.join(' '), lang);
  if (args.json) io.stdout.write(`${JSON.stringify(resolutionJson(resolution), null, 2)}\n`);
  const failed = resolution.type === 'unknown' || resolution.type === 'error' ||
    (resolution.type === 'search' && resolution.hits.length === 0) ||
    (resolution.type === 'provider' && resolution.missing && resolution.entries.length === 0);
  if (failed) {
    // Errors go to stderr even with --json, so a pipe reading stdout sees only the JSON.
    io.stderr.write(renderText(toAnswer(resolution, lang, { commandPrefix: 'smtp ' }), m).replace(/^/, 'smtp: '));
    return 1;
  }
  if (!args.json) io.stdout.write(renderText(toAnswer(resolution, lang, { commandPrefix: 'smtp ' }), m));
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
  // Node 22.1 and later keep the compiled code of the modules loaded from here on (the commands are
  // imported on demand, below) in a cache, so a `smtp diagnose` in a pipeline starts faster on
  // every run after the first; Node 20 has no such cache and skips this. NODE_DISABLE_COMPILE_CACHE=1
  // turns it off.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
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
