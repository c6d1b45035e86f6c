/** Runs the real CLI entry function with in-memory streams, as a user's shell would. */
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { runConsole } from '../../src/cli/console.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function smtp(args: string[], stdin: string | Buffer = '', env: Record<string, string> = {}): Promise<Run> {
  const out = sink();
  const err = sink();
  const code = await runCli(args, { stdin: Readable.from([stdin]), stdout: out.stream, stderr: err.stream, env });
  return { code, stdout: out.text(), stderr: err.text() };
}

export async function consoleSession(input: string, lang?: string): Promise<string> {
  const out = sink();
  const err = sink();
  await runConsole({ stdin: Readable.from([input]), stdout: out.stream, stderr: err.stream, env: {} }, { lang });
  return out.text();
}
