/**
 * Hostile pastes must be diagnosed without throwing and without catastrophic backtracking. The
 * bound here is deliberately loose (shared CI machines are slow and noisy): it only catches the
 * seconds-to-minutes blow-up of a super-linear pattern. The real target, < 100 ms per input, is
 * measured by `npm run bench -- --hostile` on the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { hostileInputs } from '../../bench/diagnose.js';
import { diagnose } from '../../src/diagnose/index.js';

const GUARD_MS = 2_000;

describe('hostile input', () => {
  it('warms up', async () => {
    // The first call may load catalogs; keep that cost out of the timed cases below.
    await diagnose('550 5.1.1 <a@example.com>: user unknown');
  });

  for (const { name, text } of hostileInputs()) {
    it(`${name} (${(text.length / 1024).toFixed(0)} KB) is diagnosed quickly`, async () => {
      const start = performance.now();
      const result = await diagnose(text);
      const ms = performance.now() - start;
      console.log(`hostile: ${name.padEnd(32)} ${ms.toFixed(1).padStart(8)} ms, ${result.findings.length} findings`);
      expect(typeof result.autoReply).toBe('boolean');
      expect(Array.isArray(result.findings)).toBe(true);
      expect(ms, `${name} took ${ms.toFixed(0)} ms: look for a super-linear regular expression`).toBeLessThan(GUARD_MS);
    });
  }

  it('still reads a code placed after thousands of MIME parts', async () => {
    // Past the part limit the text is read as plain text rather than dropped.
    const parts = Array.from({ length: 3000 }, (_, i) => `--b1\nContent-Type: text/plain\n\nnote ${i}`).join('\n');
    const text = [
      'From: MAILER-DAEMON@mx.example.net', 'Subject: Delivery failure', 'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"', '', parts,
      '--b1', 'Content-Type: text/plain', '', '<lee@example.org>: host mx.example.org[192.0.2.9] said: 550 5.1.1 <lee@example.org>: User unknown',
      '--b1--', '',
    ].join('\n');
    const start = performance.now();
    const { findings } = await diagnose(text);
    expect(performance.now() - start).toBeLessThan(GUARD_MS);
    expect(findings[0]).toMatchObject({ reply: '550', enhanced: '5.1.1', recipient: 'lee@example.org' });
  });

  it('finds nothing in pure digit runs, brackets or whitespace', async () => {
    for (const { name, text } of hostileInputs()) {
      if (!/^(digit run|mixed digit run|dotted digits|nested brackets|whitespace run)$/.test(name)) continue;
      const { findings } = await diagnose(text);
      const codes = findings.flatMap((f) => [f.reply, f.enhanced]).filter(Boolean);
      expect(codes, `${name} yielded codes`).toEqual([]);
    }
  });
});
