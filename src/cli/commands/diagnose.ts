/**
 * `smtp diagnose [FILE]`, `smtp diagnose --json`, `smtp diagnose --batch`.
 * Batch mode reads JSON lines `{"id": …, "text": …}` from standard input and writes one JSON line
 * per input line, in order, as it goes: nothing is buffered beyond one line, so a long batch
 * streams and a bad line costs only itself.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { diagnose } from '../../diagnose/index.js';
import type { Diagnosis, Finding } from '../../diagnose/types.js';

interface DiagnoseIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: smtp diagnose [FILE] [--json]   (standard input without FILE)\n       smtp diagnose --batch             (JSON lines {"id","text"} in, one JSON line out per line)\n';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describe(f: Finding): string {
  const codes = [f.reply, f.enhanced].filter(Boolean).join(' ') || '(no code)';
  const lines = [`${codes}  ${f.reason}${f.hardBounce ? '  HARD BOUNCE' : ''}`];
  if (f.recipient) lines.push(`  recipient:  ${f.recipient}`);
  if (f.provider) lines.push(`  provider:   ${f.provider}${f.providerCode ? ` (${f.providerCode})` : ''}`);
  const kind = f.permanent === null ? 'n/a' : f.permanent ? 'permanent' : 'transient';
  lines.push(`  failure:    ${kind}; who acts: ${f.whoActs}`);
  if (f.retryAfterSeconds !== null) lines.push(`  retry after: ${f.retryAfterSeconds} s (the server said so)`);
  if (f.evidence) lines.push(`  evidence:   ${f.evidence}`);
  return lines.join('\n');
}

export function diagnosisText(d: Diagnosis): string {
  if (d.findings.length === 0) return 'No SMTP reply or bounce found in this text.\n';
  return `${d.findings.map(describe).join('\n\n')}\n`;
}

function write(out: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(s)) resolve();
    else out.once('drain', () => resolve());
  });
}

async function answerLine(line: string): Promise<string> {
  try {
    const item = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof item !== 'object' || item === null || typeof item.text !== 'string') throw new Error('expected an object with a "text" string');
    const d = await diagnose(item.text);
    return JSON.stringify({ id: item.id ?? null, autoReply: d.autoReply, findings: d.findings });
  } catch (err) {
    return JSON.stringify({ id: null, error: err instanceof Error ? err.message : String(err) });
  }
}

/** Lines in flight at once: MIME decoding awaits between steps, so a few overlap usefully. */
const WINDOW = 32;

async function runBatch(io: DiagnoseIO): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const inFlight: Promise<string>[] = [];
  let pending = '';
  const drainOne = async () => {
    pending += `${await inFlight.shift()!}\n`;
    // Fewer, larger writes: a write per e-mail costs more than the diagnosis of a short one.
    if (pending.length > 65536) {
      await write(io.stdout, pending);
      pending = '';
    }
  };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    inFlight.push(answerLine(line));
    if (inFlight.length >= WINDOW) await drainOne();
  }
  while (inFlight.length) await drainOne();
  if (pending) await write(io.stdout, pending);
  return 0;
}

export async function runDiagnose(args: string[], io: DiagnoseIO): Promise<number> {
  const json = args.includes('--json');
  const batch = args.includes('--batch');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--batch');
  if (unknown.length || files.length > 1 || (batch && files.length)) {
    io.stderr.write(`smtp diagnose: ${unknown.length ? `unknown option ${unknown.join(', ')}` : 'give one FILE, or none to read standard input'}\n${USAGE}`);
    return 2;
  }
  if (batch) return runBatch(io);
  let text: string;
  try {
    text = files[0] !== undefined && files[0] !== '-' ? await readFile(files[0], 'utf8') : await readAll(io.stdin);
  } catch (err) {
    io.stderr.write(`smtp diagnose: cannot read ${files[0] ?? 'standard input'}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return 1;
  }
  const d = await diagnose(text);
  io.stdout.write(json ? `${JSON.stringify(d, null, 2)}\n` : diagnosisText(d));
  return 0;
}
