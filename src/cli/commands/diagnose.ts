/**
 * `smtp diagnose [FILE]`, `smtp diagnose --json`, `smtp diagnose --batch`.
 * Batch mode reads JSON lines `{"id": …, "text": …}` from standard input and writes one JSON line
 * per input line, in order, as it goes: only a few chunks are read ahead, so a long batch
 * streams and a bad line costs only itself. A long batch is spread over worker threads (see
 * src/diagnose/batch/pool.ts).
 */
import { readFile } from 'node:fs/promises';
import type { BatchOptions } from '../../diagnose/batch/pool.js';
import type { Diagnosis } from '../../diagnose/types.js';
import { linesOf } from '../lines.js';

interface DiagnoseIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: smtp diagnose [FILE] [--json]   (standard input without FILE)\n       smtp diagnose --batch             (JSON lines {"id","text"} in, one JSON line out per line)\n';

/** The bytes as they are: the diagnosis decodes them (a raw message's parts each in their own charset). */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * The human form: the same answer the console and Slack give, for every finding, in `lang`.
 * Loaded on demand: the presentation modules are a third of start-up, and --batch and --json
 * never use them.
 */
export async function diagnosisText(d: Diagnosis, lang?: string, text?: string): Promise<string> {
  const [{ diagnosisAnswer }, { messages }, { renderText }] = await Promise.all([
    import('../../present/diagnosis.js'), import('../../present/i18n/index.js'), import('../../present/text/render.js'),
  ]);
  const m = messages(lang);
  return renderText(diagnosisAnswer(d, m, { text }), m);
}

function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(s)) resolve();
    else out.once('drain', () => resolve());
  });
}

async function runBatch(io: DiagnoseIO, opts: BatchOptions): Promise<number> {
  const { BatchPool } = await import('../../diagnose/batch/pool.js');
  const pool = new BatchPool((s) => write(io.stdout, s), opts);
  // Every line gets its answer line, a blank one too (an error: it is not JSON), so output line n
  // always answers input line n.
  for await (const lines of linesOf(io.stdin)) for (const line of lines) await pool.push(line);
  await pool.finish();
  return 0;
}

export async function runDiagnose(args: string[], io: DiagnoseIO, opts: { lang?: string; batch?: BatchOptions } = {}): Promise<number> {
  const json = args.includes('--json');
  const batch = args.includes('--batch');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--batch');
  if (unknown.length || files.length > 1 || (batch && files.length)) {
    io.stderr.write(`smtp diagnose: ${unknown.length ? `unknown option ${unknown.join(', ')}` : 'give one FILE, or none to read standard input'}\n${USAGE}`);
    return 2;
  }
  if (batch) return runBatch(io, opts.batch ?? {});
  let bytes: Buffer;
  try {
    bytes = files[0] !== undefined && files[0] !== '-' ? await readFile(files[0]) : await readAll(io.stdin);
  } catch (err) {
    io.stderr.write(`smtp diagnose: cannot read ${files[0] ?? 'standard input'}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return 1;
  }
  const [{ diagnose }, { readBytes }] = await Promise.all([import('../../diagnose/index.js'), import('../../diagnose/read/file.js')]);
  const text = await readBytes(bytes);
  const d = await diagnose(text);
  io.stdout.write(json ? `${JSON.stringify(d, null, 2)}\n` : await diagnosisText(d, opts.lang, text));
  return 0;
}
