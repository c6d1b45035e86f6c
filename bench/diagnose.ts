/**
 * Throughput of `smtp diagnose --batch` against Debian's Sisimai over the same e-mails, and the time
 * each hostile paste takes.
 *   npm run bench                        corpus run: ours vs Sisimai vs the floor (Node reading and
 *                                        writing the batch, no diagnosis), whole processes, median
 *                                        of 3; each one's start-up alone; ours warm, in one process
 *   npm run bench -- --runs 5 --min 6000 more runs / more e-mails
 *   npm run bench -- --hostile           ms per hostile 1 MB input, in process, median of 5
 *
 * The corpus run measures dist/, so it rebuilds first when any file under src/ is newer than
 * dist/cli/main.js (or dist is missing). Sisimai comes from `apt-get install libsisimai-perl`; where
 * perl or the module is missing the bench says so and measures ours alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Diagnose from '../src/diagnose/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = resolve(ROOT, '../shared/corpus/bounces-dev.jsonl');
const CLI = join(ROOT, 'dist/cli/main.js');
/** Node reading the batch and answering every line with no diagnosis (see the file). */
const FLOOR = join(ROOT, 'bench/batch-floor.mjs');
const MB = 1 << 20;

/**
 * One-megabyte inputs built to trip super-linear scanning: long digit runs and dotted digit runs
 * (code-like everywhere, a code nowhere), very many short lines, deep bracket nesting, a single
 * 500 KB line, and the same shapes with real codes and reply prefixes spliced in so the engine's
 * slower paths (continuation lines, "said:" context, Diagnostic-Code fields) are the ones exercised.
 * Shared with test/diagnose/hostile.test.ts so the test and the bench time the same texts.
 */
export function hostileInputs(): { name: string; text: string }[] {
  const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const lines = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');
  const longLine = 'q'.repeat(500 * 1024);
  return [
    { name: 'digit run', text: fill('5') },
    { name: 'mixed digit run', text: fill('55045211234567890') },
    { name: 'dotted digits', text: fill('5.5.') },
    { name: 'dotted digit groups', text: fill('550.5.1.1.421.4.7.0.') },
    { name: 'digits and spaces', text: fill('550 ') },
    { name: '100,000 short lines', text: lines(100_000, (i) => `ln ${i % 1000}`.padEnd(10, '.')) },
    { name: '100,000 blank lines (CR)', text: '\r'.repeat(100_000) + fill('x', MB - 100_000) },
    { name: 'nested brackets', text: '('.repeat(MB / 8) + '[<{'.repeat(MB / 8) + '}>]'.repeat(MB / 8) + ')'.repeat(MB / 8) },
    { name: 'unclosed angle brackets', text: fill('RCPT TO:<') },
    { name: 'one 500 KB line', text: longLine + '\n' + fill('short line\n', MB - longLine.length - 1) },
    { name: '500 KB line of codes', text: fill('550 5.1.1 ', 500 * 1024) + '\n' + fill('x\n', MB / 2) },
    { name: 'whitespace run', text: fill(' \t') },
    { name: 'continuation lines without end', text: lines(80_000, () => '550-5.7.26 more') },
    { name: 'said: without code', text: fill('host mx.example.com[192.0.2.1] said: ') },
    { name: 'Diagnostic-Code fields', text: lines(40_000, (i) => `Diagnostic-Code: smtp; ${i % 2 ? '550 5.1.1 gone' : ''}`) },
    { name: 'codes embedded in noise', text: lines(50_000, (i) => (i % 97 === 0 ? `<** 421 4.7.0 busy ${i}` : `noise ${i} 1.2.3.${i % 255}`)) },
    { name: 'swaks arrows', text: fill('<~ <- -> <** ') },
    // Raw MIME: the read step must not buffer a binary part it never reads, nor check every line
    // against thousands of declared boundaries.
    { name: 'MIME with a 900 KB base64 image', text: mimeReport(`--b1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n${fill('iVBORw0KGgoAAAANSUhEUg\n', 900 * 1024)}`) },
    { name: 'MIME, 11,000 declared boundaries', text: mimeReport(lines(11_000, (i) => `--b1\nContent-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\nContent-Type: application/pdf\n\nx`)) },
    { name: 'MIME quoted-printable soft breaks', text: mimeReport(`--b1\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n${fill('550 5.1.1 =\n', MB - 4096)}`) },
    // Encoded line breaks: the decoded part holds one long run of them with text after it.
    { name: 'MIME quoted-printable line breaks', text: mimeReport(`--b1\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n${fill('=0A'.repeat(24) + '=\n', 200 * 1024)}\n550 5.1.1 gone\n${fill('padding line\n', MB - 210 * 1024)}`) },
    // A queue listing's recipients each get the reason above them: many entries, one reason each.
    { name: 'mailq listing', text: `-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n${lines(6_500, (i) => `${(0x10000000 + i).toString(16).toUpperCase()}     1834 Sun Nov 29 10:01:02  alerts@ours.example\n(connect to mx.example.net[192.0.2.77]:25: Connection timed out)\n${' '.repeat(41)}r${i}@example.net\n`)}` },
    { name: 'CRLF log lines', text: lines(8_000, (i) => `postfix/smtp[${i}]: ABC${i}: to=<u${i}@example.com>, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: 550 5.1.1 unknown)\r`) },
  ];
}

/** A bounce whose report part is followed by `rest` (more parts of the same multipart/mixed). */
function mimeReport(rest: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.net', 'To: someone@example.org', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
    '<pat@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 no such user =E2=80=93 check the address',
    rest, '--b1--', '',
  ].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function argValue(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  const v = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

async function benchHostile(): Promise<void> {
  const { diagnose } = await import('../src/diagnose/index.js');
  const RUNS = argValue('--runs', 5);
  console.log(`hostile inputs, in process, median of ${RUNS} (target < 100 ms each):`);
  let worst = 0;
  for (const { name, text } of hostileInputs()) {
    await diagnose(text); // warm-up: the first call pays for loading catalogs and compiling patterns
    const ms: number[] = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      findings = (await diagnose(text)).findings.length;
      ms.push(performance.now() - t);
    }
    const m = median(ms);
    worst = Math.max(worst, m);
    console.log(`  ${name.padEnd(32)} ${(text.length / MB).toFixed(2)} MB ${m.toFixed(1).padStart(8)} ms  ${findings} findings${m >= 100 ? '  <- over 100 ms' : ''}`);
  }
  console.log(`worst: ${worst.toFixed(1)} ms`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const stale = !existsSync(CLI) || newestMtime(join(ROOT, 'src')) > statSync(CLI).mtimeMs;
  if (!stale) return;
  console.log('dist/ is missing or older than src/: running `npm run build` …');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    if (!existsSync(CLI)) throw new Error('build failed and there is no dist/cli/main.js to measure');
    console.warn('build failed: measuring the existing (stale) dist/ instead');
  }
}

/** Unique raw e-mails from the corpus (several rows share one file), repeated to at least `min`. */
function corpusEmails(min: number): string[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found: ${CORPUS}`);
  const unique = new Set<string>();
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === 'string' && row.text.length > 0) unique.add(row.text);
  }
  const base = [...unique];
  if (base.length === 0) throw new Error('corpus has no e-mails');
  const out: string[] = [];
  while (out.length < min) out.push(...base);
  return out;
}

function hasSisimai(): { ok: boolean; why: string; api: 'rise' | 'make' } {
  const perl = spawnSync('perl', ['-e', '1']);
  if (perl.error || perl.status !== 0) return { ok: false, why: 'perl is not installed', api: 'make' };
  const r = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION, " ", (Sisimai->can("rise") ? "rise" : "make")']);
  if (r.status !== 0) return { ok: false, why: 'the Sisimai perl module is missing (apt-get install libsisimai-perl)', api: 'make' };
  const [version, api] = String(r.stdout).trim().split(' ');
  return { ok: true, why: `Sisimai ${version}`, api: api === 'rise' ? 'rise' : 'make' };
}

type Run = { ms: number; rssKb: number | null };
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs one whole process with stdin from a file and stdout discarded; peak RSS via GNU time where present. */
function timed(label: string, cmd: string, args: string[], stdinFile: string | null): Run {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const [bin, argv] = TIME ? [TIME, ['-f', '%M', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, argv, { stdio: [stdin, 'ignore', 'pipe'], timeout: 150_000, maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
  const stderr = String(r.stderr ?? '');
  if (r.error || r.status !== 0) throw new Error(`${label} failed (status ${r.status}): ${r.error?.message ?? stderr.slice(-500)}`);
  const rss = TIME ? Number(stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssKb: Number.isFinite(rss) ? rss : null };
}

async function benchCorpus(): Promise<void> {
  const RUNS = argValue('--runs', 3);
  const MIN = argValue('--min', 3000);
  ensureBuilt();
  const emails = corpusEmails(MIN);
  const dir = mkdtempSync(join(tmpdir(), 'smtp-bench-'));
  try {
    const jsonl = join(dir, 'input.jsonl');
    writeFileSync(jsonl, emails.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n');
    // A Maildir-style directory: Sisimai reads every file in it, one e-mail per file.
    const maildir = join(dir, 'maildir');
    mkdirSync(maildir);
    emails.forEach((text, i) => writeFileSync(join(maildir, `${String(i).padStart(6, '0')}.eml`), text));

    // One checked run first, so a broken CLI fails loudly instead of being timed at full speed.
    const check = spawnSync('node', [CLI, 'diagnose', '--batch'], { input: readFileSync(jsonl), maxBuffer: 512 * MB });
    const outLines = String(check.stdout).split('\n').filter(Boolean).length;
    if (check.status !== 0 || outLines !== emails.length) {
      throw new Error(`smtp diagnose --batch is not usable (status ${check.status}, ${outLines} of ${emails.length} lines): ${String(check.stderr).slice(-400)}`);
    }

    const sisimai = hasSisimai();
    const script = `my $r = Sisimai->${sisimai.api}($ARGV[0]); printf STDERR "%d\\n", ref $r ? scalar(@$r) : 0;`;
    const contenders: [string, () => Run][] = [['ours', () => timed('ours', 'node', [CLI, 'diagnose', '--batch'], jsonl)]];
    if (sisimai.ok) contenders.push(['sisimai', () => timed('sisimai', 'perl', ['-MSisimai', '-e', script, maildir], null)]);
    contenders.push(['floor', () => timed('floor', 'node', [FLOOR], jsonl)]);
    // The same processes given no e-mail: what each pays to start, inside the times above.
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const emptyDir = join(dir, 'empty-maildir');
    mkdirSync(emptyDir);
    const starts: [string, () => Run][] = [['ours', () => timed('ours', 'node', [CLI, 'diagnose', '--batch'], empty)]];
    if (sisimai.ok) starts.push(['sisimai', () => timed('sisimai', 'perl', ['-MSisimai', '-e', script, emptyDir], null)]);
    else console.log(`Sisimai not measured: ${sisimai.why}.`);

    console.log(`${emails.length} e-mails (${new Set(emails).size} unique from ${CORPUS}), ${RUNS} interleaved runs each${sisimai.ok ? `, ${sisimai.why} via ->${sisimai.api}` : ''}`);
    const results = new Map<string, Run[]>(contenders.map(([name]) => [name, []]));
    for (let i = 0; i < RUNS; i++) for (const [name, run] of contenders) results.get(name)!.push(run());

    const rate = new Map<string, number>();
    for (const [name] of contenders) {
      const runs = results.get(name)!;
      const ms = median(runs.map((r) => r.ms));
      const rss = runs.map((r) => r.rssKb).filter((x): x is number => x !== null);
      rate.set(name, emails.length / (ms / 1000));
      console.log(
        `  ${name.padEnd(8)} median ${ms.toFixed(0).padStart(7)} ms  ${rate.get(name)!.toFixed(0).padStart(8)} e-mails/s` +
          (rss.length ? `  peak RSS ${(Math.max(...rss) / 1024).toFixed(0)} MB` : ''),
      );
    }
    const startMs = new Map<string, number[]>(starts.map(([name]) => [name, []]));
    for (let i = 0; i < 5; i++) for (const [name, run] of starts) startMs.get(name)!.push(run().ms);
    console.log(`  start-up alone (no e-mail, median of 5): ${starts.map(([name]) => `${name} ${median(startMs.get(name)!).toFixed(0)} ms`).join(', ')}`);
    if (rate.has('sisimai')) {
      const ratio = rate.get('ours')! / rate.get('sisimai')!;
      console.log(`  ratio ours/sisimai: ${ratio.toFixed(1)}x (target >= 10x)`);
      const ceiling = rate.get('floor')! / rate.get('sisimai')!;
      console.log(`  floor/sisimai: ${ceiling.toFixed(1)}x, the most any Node program reaches here (Node starting, reading and writing the batch, no diagnosis)`);
    }
    await warmRate(emails);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Ours inside one process once V8 has optimised the code: the whole-process figures above also
 * pay Node's start-up and the first e-mails' run through not yet optimised code, which is where a
 * short batch spends most of its time. Reported beside them to show which of the two to work on.
 */
async function warmRate(emails: string[]): Promise<void> {
  const { diagnose } = (await import(pathToFileURL(join(ROOT, 'dist/diagnose/index.js')).href)) as typeof Diagnose;
  const pass = async () => {
    const t = performance.now();
    for (const text of emails) await diagnose(text);
    return performance.now() - t;
  };
  const first = await pass();
  for (let i = 0; i < 2; i++) await pass();
  const warm = median([await pass(), await pass(), await pass()]);
  console.log(`  ours in one process: first pass over the ${emails.length} e-mails ${first.toFixed(0)} ms, once optimised ${warm.toFixed(0)} ms (${(emails.length / (warm / 1000)).toFixed(0)} e-mails/s)`);
}

function isEntryPoint(): boolean {
  try {
    return import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  (process.argv.includes('--hostile') ? benchHostile() : benchCorpus()).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
