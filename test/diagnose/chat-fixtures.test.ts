/**
 * The labelled chat messages under test/fixtures/chat are the yardstick for `autoReply`: the Slack
 * app answers an unaddressed message only when this flag is set, so a false positive means the bot
 * barges into a conversation about FTP or HTTP, and a false negative means a pasted bounce goes
 * unanswered. Targets from issue 3: precision >= 0.99, recall >= 0.95.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { diagnose } from '../../src/diagnose/index.js';
import type { Diagnosis } from '../../src/diagnose/types.js';

const REPLY = /^[2-5]\d\d$/;
const ENHANCED = /^[245]\.\d{1,3}\.\d{1,3}$/;

const Positive = z.strictObject({
  text: z.string().min(1),
  autoReply: z.literal(true),
  kind: z.string().min(1),
  codes: z.array(z.string().refine((c) => REPLY.test(c) || ENHANCED.test(c), 'not an SMTP code')).min(1),
});
const Negative = z.strictObject({
  text: z.string().min(1),
  autoReply: z.literal(false),
  kind: z.string().min(1),
  codes: z.array(z.string()).max(0).optional(),
});

type Labelled = { text: string; autoReply: boolean; kind: string; codes?: string[] | undefined; line: number };

function load<T extends z.ZodType>(name: string, schema: T): Labelled[] {
  const path = fileURLToPath(new URL(`../fixtures/chat/${name}`, import.meta.url));
  const rows: Labelled[] = [];
  const problems: string[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push(`${name}:${i + 1}: not JSON (${(err as Error).message})`);
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push(`${name}:${i + 1}: ${parsed.error.message}`);
    else rows.push({ ...(parsed.data as Omit<Labelled, 'line'>), line: i + 1 });
  });
  if (problems.length) throw new Error(problems.slice(0, 10).join('\n'));
  return rows;
}

const positives = load('positive.jsonl', Positive);
const negatives = load('negative.jsonl', Negative);

// Short, one-line rendering of an example for assertion messages.
const show = (r: Labelled, extra = '') =>
  `  [${r.kind} #${r.line}] ${JSON.stringify(r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text)}${extra}`;
const firstTen = (lines: string[]) =>
  lines.slice(0, 10).join('\n') + (lines.length > 10 ? `\n  … and ${lines.length - 10} more` : '');

describe('chat fixtures: shape', () => {
  it('has enough examples on both sides', () => {
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(300);
  });

  it('has no duplicate texts, within or across the files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const r of [...positives, ...negatives]) {
      const prev = seen.get(r.text);
      if (prev) dups.push(`${show(r)} (same text as ${prev})`);
      else seen.set(r.text, `${r.kind} #${r.line}`);
    }
    expect(dups.length, `duplicate texts:\n${firstTen(dups)}`).toBe(0);
  });

  it('lists only codes that occur in the text', () => {
    const bad = positives.flatMap((r) =>
      (r.codes ?? []).filter((c) => !r.text.includes(c)).map((c) => show(r, ` lacks ${c}`)),
    );
    expect(bad.length, `codes not in the text:\n${firstTen(bad)}`).toBe(0);
  });

  it('covers CRLF and CR-only line endings among the positives', () => {
    expect(positives.some((r) => r.text.includes('\r\n'))).toBe(true);
    expect(positives.some((r) => /\r(?!\n)/.test(r.text) && !r.text.includes('\n'))).toBe(true);
  });
});

describe('chat fixtures: diagnosis', () => {
  const results = new Map<Labelled, Diagnosis>();

  beforeAll(async () => {
    for (const r of [...positives, ...negatives]) results.set(r, await diagnose(r.text));
  });

  it('autoReply reaches precision >= 0.99 and recall >= 0.95', () => {
    const falsePos = negatives.filter((r) => results.get(r)!.autoReply);
    const falseNeg = positives.filter((r) => !results.get(r)!.autoReply);
    const tp = positives.length - falseNeg.length;
    const precision = tp + falsePos.length === 0 ? 0 : tp / (tp + falsePos.length);
    const recall = tp / positives.length;
    console.log(
      `autoReply: precision ${precision.toFixed(4)} recall ${recall.toFixed(4)} ` +
        `(tp ${tp}, fp ${falsePos.length}, fn ${falseNeg.length}; ${positives.length} positives, ${negatives.length} negatives)`,
    );
    const fpLines = falsePos.map((r) => {
      const codes = results.get(r)!.findings.map((f) => [f.reply, f.enhanced].filter(Boolean).join(' ')).filter(Boolean);
      return show(r, codes.length ? ` -> ${codes.join(', ')}` : '');
    });
    expect(precision, `precision ${precision.toFixed(4)} < 0.99; false positives:\n${firstTen(fpLines)}`).toBeGreaterThanOrEqual(0.99);
    expect(recall, `recall ${recall.toFixed(4)} < 0.95; missed positives:\n${firstTen(falseNeg.map((r) => show(r)))}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every expected code in each positive', () => {
    const missing: string[] = [];
    for (const r of positives) {
      const found = new Set(results.get(r)!.findings.flatMap((f) => [f.reply, f.enhanced]).filter((c): c is string => c !== null));
      const lacking = (r.codes ?? []).filter((c) => !found.has(c));
      if (lacking.length) missing.push(show(r, ` missing ${lacking.join(', ')} (found: ${[...found].join(', ') || 'none'})`));
    }
    expect(missing.length, `${missing.length} of ${positives.length} positives lack expected codes:\n${firstTen(missing)}`).toBe(0);
  });

  it('gives no finding with a code for a negative', () => {
    const noisy = negatives
      .map((r) => ({ r, codes: results.get(r)!.findings.flatMap((f) => [f.reply, f.enhanced]).filter(Boolean) }))
      .filter(({ codes }) => codes.length > 0)
      .map(({ r, codes }) => show(r, ` -> ${codes.join(', ')}`));
    expect(noisy.length, `${noisy.length} negatives yield codes:\n${firstTen(noisy)}`).toBe(0);
  });
});
