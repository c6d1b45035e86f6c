/**
 * `npm run eval`: score the diagnosis engine on the bounce corpus (../shared/corpus, never copied
 * into this repository), on the raw e-mails and on their rendered text, and autoReply precision and
 * recall on the labelled chat messages in test/fixtures/chat/*.jsonl when they exist.
 *
 *   npm run eval                          the figures
 *   npm run eval -- --misses reason       also list the rows that miss one field (reply, enhanced,
 *                                         reason, hard, other, decoy, provider), with what was found
 *   npm run eval -- --mode rendered       only one of raw / rendered
 *   npm run eval -- --corpus FILE         another corpus in the same JSON-lines shape
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnose } from '../src/diagnose/index.js';
import { readText } from '../src/diagnose/read/index.js';
import type { Finding } from '../src/diagnose/types.js';

interface Row {
  id: string;
  file: string;
  recipient: string | null;
  text: string;
  text_rendered: string;
  status_kind: 'rfc3463' | 'sisimai-internal' | 'none';
  expected: { replycode: string; enhanced: string; reason: string; hardbounce: boolean };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpusPath = opt('--corpus') ?? join(root, '..', 'shared', 'corpus', 'bounces-dev.jsonl');
const missesField = opt('--misses');
const onlyMode = opt('--mode');

/** Which catalog provider a corpus file's family is about (lhost = the reporting system, rhost = the remote one). */
const FAMILY_PROVIDER: Record<string, string> = {
  gmail: 'gmail', gsuite: 'gmail', google: 'gmail', googlegroups: 'gmail',
  office365: 'microsoft', outlook: 'microsoft', microsoft: 'microsoft', exchange2007: 'microsoft',
  yahoo: 'yahoo', yahooinc: 'yahoo', aol: 'yahoo', apple: 'apple',
  proofpoint: 'proofpoint', mimecast: 'mimecast', barracuda: 'barracuda',
};

function expectedProvider(row: Row): string | null {
  const m = /^(?:lhost|rhost)-([a-z0-9]+)-/.exec(row.file);
  return m ? FAMILY_PROVIDER[m[1]!] ?? null : null;
}

/** Whether a code occurs in the text as a code: not as part of a longer number or dotted number. */
function occursAsCode(text: string, code: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(code, from);
    if (at < 0) return false;
    from = at + 1;
    const before = text[at - 1] ?? ' ';
    const after = text.slice(at + code.length, at + code.length + 2);
    if (/[0-9.]/.test(before)) continue;
    if (/^[0-9]/.test(after) || /^\.[0-9]/.test(after)) continue;
    return true;
  }
}

function forRecipient(findings: Finding[], recipient: string | null): Finding[] {
  const r = (recipient ?? '').toLowerCase();
  const mine = findings.filter((f) => f.recipient?.toLowerCase() === r);
  return mine.length ? mine : findings;
}

interface Tally { n: number; ok: number }
const tally = (): Tally => ({ n: 0, ok: 0 });
const pct = (t: Tally) => (t.n ? (t.ok / t.n).toFixed(3) : '  n/a');

async function scoreMode(rows: Row[], mode: 'raw' | 'rendered') {
  const t = { reply: tally(), enhanced: tally(), reason: tally(), hard: tally(), other: tally(), provider: tally() };
  let decoys = 0;
  const misses: string[] = [];
  const started = performance.now();
  for (const row of rows) {
    const input = mode === 'raw' ? row.text : row.text_rendered;
    const d = await diagnose(input);
    const mine = forRecipient(d.findings, row.recipient);
    const v = mine[0];
    const e = row.expected;
    const found = v ? `reply=${v.reply} enh=${v.enhanced} reason=${v.reason} hard=${v.hardBounce} rcpt=${v.recipient} prov=${v.provider}` : 'no finding';
    const want = `reply=${e.replycode || '-'} enh=${e.enhanced || '-'} reason=${e.reason} hard=${e.hardbounce}`;
    const miss = (field: string) => {
      if (missesField === field) misses.push(`${mode} ${row.id}\n   want ${want}\n   got  ${found}\n   ev   ${v?.evidence.slice(0, 200) ?? ''}`);
    };
    if (e.replycode) {
      t.reply.n++;
      if (v?.reply === e.replycode) t.reply.ok++;
      else miss('reply');
    }
    if (row.status_kind === 'rfc3463' && e.enhanced) {
      t.enhanced.n++;
      if (v?.enhanced === e.enhanced) t.enhanced.ok++;
      else miss('enhanced');
    }
    t.reason.n++;
    if (v?.reason === e.reason) t.reason.ok++;
    else miss('reason');
    t.hard.n++;
    if ((v?.hardBounce ?? false) === e.hardbounce) t.hard.ok++;
    else miss('hard');
    t.other.n++;
    const other = mine.some((f) => (f.reply !== null && f.reply !== e.replycode) ||
      (f.enhanced !== null && f.enhanced !== e.enhanced && row.status_kind === 'rfc3463'));
    if (other) {
      t.other.ok++;
      miss('other');
    }
    const decoded = mode === 'raw' ? await readText(input) : input;
    for (const f of d.findings) {
      const bad = (f.reply && !occursAsCode(decoded, f.reply)) || (f.enhanced && !occursAsCode(decoded, f.enhanced));
      if (bad) {
        decoys++;
        miss('decoy');
      }
    }
    const wantProvider = expectedProvider(row);
    if (wantProvider) {
      t.provider.n++;
      if (v?.provider === wantProvider) t.provider.ok++;
      else miss('provider');
    }
  }
  const ms = performance.now() - started;
  console.log(`\n${mode} (${rows.length} rows, ${(rows.length / (ms / 1000)).toFixed(0)} e-mails/s in-process)`);
  console.log(`  reply-code accuracy      ${pct(t.reply)}  (${t.reply.ok}/${t.reply.n})   target ≥ 0.98`);
  console.log(`  enhanced-code accuracy   ${pct(t.enhanced)}  (${t.enhanced.ok}/${t.enhanced.n})   target ≥ 0.98`);
  console.log(`  reason accuracy          ${pct(t.reason)}  (${t.reason.ok}/${t.reason.n})   target ≥ 0.85`);
  console.log(`  hard-bounce accuracy     ${pct(t.hard)}  (${t.hard.ok}/${t.hard.n})   target ≥ 0.97`);
  console.log(`  rows with other codes    ${pct(t.other)}  (${t.other.ok}/${t.other.n})   target ≤ 0.05`);
  console.log(`  decoys taken as codes    ${decoys}   target 0`);
  console.log(`  provider detection       ${pct(t.provider)}  (${t.provider.ok}/${t.provider.n} rows of a catalog provider's family)`);
  if (misses.length) console.log(`\n  misses (${missesField}):\n${misses.map((m) => `  ${m}`).join('\n')}`);
}

async function scoreChat() {
  const dir = join(root, 'test', 'fixtures', 'chat');
  if (!existsSync(dir)) {
    console.log('\nautoReply: test/fixtures/chat/ is missing; precision and recall skipped');
    return;
  }
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text: string; autoReply: boolean; kind?: string };
      const got = (await diagnose(item.text)).autoReply;
      if (got && item.autoReply) tp++;
      else if (got && !item.autoReply) fp++;
      else if (!got && item.autoReply) fn++;
      else tn++;
      if (got !== item.autoReply && missesField === 'autoreply') wrong.push(`  want ${item.autoReply} [${item.kind ?? ''}] ${item.text.slice(0, 160).replace(/\n/g, '⏎')}`);
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  console.log(`\nautoReply over test/fixtures/chat (${tp + fp + fn + tn} messages: ${tp + fn} positive, ${fp + tn} negative)`);
  console.log(`  precision ${precision.toFixed(3)}   target ≥ 0.99`);
  console.log(`  recall    ${recall.toFixed(3)}   target ≥ 0.95`);
  if (wrong.length) console.log(wrong.join('\n'));
}

async function main() {
  if (!existsSync(corpusPath)) {
    console.log(`corpus not found at ${corpusPath}; bounce scores skipped`);
  } else {
    const rows = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
    console.log(`corpus ${corpusPath}`);
    if (onlyMode !== 'rendered') await scoreMode(rows, 'raw');
    if (onlyMode !== 'raw') await scoreMode(rows, 'rendered');
  }
  await scoreChat();
}

await main();
