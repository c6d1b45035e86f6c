import { describe, expect, it } from 'vitest';
import { smtp } from './run.js';

describe('smtp <code>', () => {
  it('explains 421 with every part an on-call engineer needs', async () => {
    const r = await smtp(['421']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const part of ['421', 'Meaning:', 'When you see it:', 'How to fix:', 'Who acts', 'Retry', 'RFC 5321']) {
      expect(r.stdout).toContain(part);
    }
  });

  it('treats "explain 421" as "421"', async () => {
    const a = await smtp(['421']);
    const b = await smtp(['explain', '421']);
    expect(b.stdout).toBe(a.stdout);
  });

  it('prints the documented JSON shape with --json', async () => {
    const r = await smtp(['550', '5.1.1', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.query).toBe('550 5.1.1');
    expect(json.entries.map((e: { code: string }) => e.code)).toEqual(['550', '5.1.1']);
    const [reply, enhanced] = json.entries;
    expect(reply).toMatchObject({ kind: 'reply', class: 'permanent' });
    expect(enhanced).toMatchObject({ kind: 'enhanced', class: 'permanent' });
    for (const key of ['title', 'meaning', 'whenSeen', 'fix', 'whoActs', 'retry', 'rfcs', 'seeAlso']) {
      expect(enhanced).toHaveProperty(key);
    }
    expect(Array.isArray(json.notes)).toBe(true);
    expect(json.notes.length).toBeGreaterThan(0);
  });

  it('warns when a transient reply carries a permanent status', async () => {
    const r = await smtp(['450', '5.1.1', '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.notes.join(' ')).toMatch(/disagree/i);
  });

  it('looks up 4.2.2 and 5.2.2 as themselves, class from the first digit', async () => {
    const four = JSON.parse((await smtp(['4.2.2', '--json'])).stdout).entries[0];
    const five = JSON.parse((await smtp(['5.2.2', '--json'])).stdout).entries[0];
    expect(four).toMatchObject({ code: '4.2.2', class: 'transient' });
    expect(five).toMatchObject({ code: '5.2.2', class: 'permanent' });
    expect(four.retry.policy).toBe('automatic');
    expect(five.retry.policy).not.toBe('automatic');
  });

  it.each([
    ['4211', '421'],
    ['5.1.11', '5.1.1'],
    ['55O', '550'],
  ])('answers the typo %s with exit 1 and "did you mean %s" on stderr', async (typo, meant) => {
    const r = await smtp([typo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(typo);
    expect(r.stderr).toMatch(/did you mean/i);
    expect(r.stderr).toContain(meant);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('keeps stdout pure JSON for an unknown code with --json', async () => {
    const r = await smtp(['599', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: 'unknown code', code: '599' });
  });

  it('rejects an unknown option with usage, not a crash', async () => {
    const r = await smtp(['421', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --frobnicate/);
  });
});

describe('smtp compare', () => {
  it('"251 vs 421" and "compare 251 421" give the same comparison', async () => {
    const a = JSON.parse((await smtp(['251', 'vs', '421', '--json'])).stdout);
    const b = JSON.parse((await smtp(['compare', '251', '421', '--json'])).stdout);
    expect(a).toEqual(b);
    expect(a.a.code).toBe('251');
    expect(a.b.code).toBe('421');
    expect(a.keyDifference.length).toBeGreaterThan(40);
    expect(a.whenToUseWhich.length).toBeGreaterThan(40);
  });

  it('prints a readable comparison', async () => {
    const r = await smtp(['251', 'vs', '421']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Key difference:');
    expect(r.stdout).toContain('When you will see which:');
  });
});

describe('smtp search', () => {
  it('finds mailbox-full codes by words', async () => {
    const r = await smtp(['search', 'mailbox', 'full', '--json']);
    expect(r.code).toBe(0);
    const codes = JSON.parse(r.stdout).results.map((x: { code: string }) => x.code);
    expect(codes.slice(0, 4)).toEqual(expect.arrayContaining(['5.2.2']));
  });

  it('exits 1 when nothing matches', async () => {
    const r = await smtp(['search', 'zzzqqq']);
    expect(r.code).toBe(1);
  });
});
