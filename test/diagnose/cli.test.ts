import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smtp } from '../cli/run.js';

/** Through the real `smtp` entry point, so flag handling is tested as a user meets it. */
async function run(args: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const r = await smtp(['diagnose', ...args], input);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const LINE = 'postfix/smtp[1]: ABC: to=<kim@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))';

describe('smtp diagnose', () => {
  it('prints JSON with --json', async () => {
    const r = await run(['--json'], LINE);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out) as { autoReply: boolean; findings: { reply: string; enhanced: string; recipient: string }[] };
    expect(d.autoReply).toBe(true);
    expect(d.findings[0]).toMatchObject({ reply: '550', enhanced: '5.1.1', recipient: 'kim@example.com' });
  });

  it('reads a file and prints text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-diag-'));
    const file = join(dir, 'bounce.txt');
    writeFileSync(file, LINE);
    const r = await run([file], '');
    expect(r.code).toBe(0);
    expect(r.out).toContain('550 5.1.1');
    expect(r.out).toContain('kim@example.com');
  });

  it('answers each batch line in order and survives a bad line', async () => {
    const input = [
      JSON.stringify({ id: 1, text: LINE }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'lunch at 12?' }),
      '',
    ].join('\n');
    const r = await run(['--batch'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 1, autoReply: true });
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1]!.error).toBe('string');
    expect(lines[2]).toMatchObject({ id: 'b', autoReply: false, findings: [] });
  });

  it('rejects an unknown option', async () => {
    const r = await run(['--frobnicate'], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option');
  });
});
