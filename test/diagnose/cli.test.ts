import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchPool } from '../../src/diagnose/batch/pool.js';
import { smtp } from '../cli/run.js';

/** Through the real `smtp` entry point, so flag handling is tested as a user meets it. */
async function run(args: string[], input: string | Buffer): Promise<{ code: number; out: string; err: string }> {
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

  it('answers a blank or whitespace-only batch line with an error line, one out per line in', async () => {
    const input = [
      JSON.stringify({ id: 1, text: LINE }),
      '',
      ' \t ',
      JSON.stringify({ id: 2, text: 'lunch at 12?' }),
    ].join('\r\n') + '\n';
    const r = await run(['--batch'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 1, autoReply: true });
    for (const blank of [lines[1]!, lines[2]!]) {
      expect(blank).toEqual({ id: null, error: expect.stringContaining('blank line') });
    }
    expect(lines[3]).toMatchObject({ id: 2, autoReply: false, findings: [] });
  });

  it('spreads a long batch over worker threads and keeps the input order', async () => {
    // Every seventh line is broken; ids are numbers, so any reordering shows.
    const input = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 3 ? `{"id": ${i}, broken` : JSON.stringify({ id: i, text: `550 5.1.1 <user${i}@example.net>: Recipient address rejected: User unknown` }));
    let out = '';
    const pool = new BatchPool(async (s) => { out += s; }, { workers: 2, minLinesForWorkers: 2, chunkLines: 4 });
    await pool.push(input[0]!);
    await pool.push(input[1]!);
    await pool.workersBooted();
    for (const line of input.slice(2)) await pool.push(line);
    await pool.finish();
    // More than the two chunks each of the two workers is handed at once: their answers are taken
    // in while the main thread works through the batch, so they keep being given more.
    expect(pool.chunksByWorkers).toBeGreaterThan(4);
    const answers = out.trim().split('\n').map((l) => JSON.parse(l) as { id: number | null; error?: string; findings?: { recipient: string }[] });
    expect(answers).toHaveLength(300);
    answers.forEach((a, i) => {
      if (i % 7 === 3) expect(a).toMatchObject({ id: null, error: expect.any(String) });
      else expect(a.id === i && a.findings?.[0]?.recipient === `user${i}@example.net`).toBe(true);
    });
  }, 30_000);

  it('answers a long batch alike with and without workers', async () => {
    const input = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? `421 4.7.0 try again later (${i})` : 'see you at 5.30' }));
    const answer = async (workers: number) => {
      let out = '';
      const pool = new BatchPool(async (s) => { out += s; }, { workers, minLinesForWorkers: 1, chunkLines: 8 });
      await pool.push(input[0]!);
      await pool.workersBooted();
      for (const line of input.slice(1)) await pool.push(line);
      await pool.finish();
      return out;
    };
    expect(await answer(2)).toBe(await answer(0));
  }, 30_000);

  it('rejects an unknown option', async () => {
    const r = await run(['--frobnicate'], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option');
  });
});

describe('smtp diagnose on files that are not UTF-8', () => {
  const head = (charset: string) => [
    'From: MAILER-DAEMON@mx.example.net', 'To: app@example.org', 'Subject: Returned mail', 'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset}`, 'Content-Transfer-Encoding: 8bit', '', '',
  ].join('\r\n');
  const findings = (out: string) => (JSON.parse(out) as { findings: { recipient: string; reason: string; evidence: string }[] }).findings;

  it('decodes an 8-bit Latin-1 report in its declared charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-diag-'));
    const file = join(dir, 'bounce.eml');
    writeFileSync(file, Buffer.from(`${head('iso-8859-1')}Die Nachricht wurde nicht zugestellt.\r\n\r\n<kai@example.de>: Empfänger unbekannt\r\n`, 'latin1'));
    const r = await run(['--json', file], '');
    expect(r.code).toBe(0);
    expect(findings(r.out)[0]).toMatchObject({ recipient: 'kai@example.de', reason: 'userunknown', evidence: '<kai@example.de>: Empfänger unbekannt' });
  });

  it('decodes an 8-bit Shift_JIS report on standard input', async () => {
    // "ユーザが見つかりません" (user not found) in Shift_JIS.
    const notFound = Buffer.from('8386815b835582aa8ca982c282a982e882dc82b982f1', 'hex');
    const input = Buffer.concat([Buffer.from(`${head('Shift_JIS')}<taro@example.jp>: `), notFound, Buffer.from('\r\n')]);
    const r = await run(['--json'], input);
    expect(findings(r.out)[0]).toMatchObject({ recipient: 'taro@example.jp', reason: 'userunknown', evidence: '<taro@example.jp>: ユーザが見つかりません' });
  });

  it('reads a report as text when only the returned message holds 8-bit bytes', async () => {
    const report = [
      'From: MAILER-DAEMON@mx.example.net', 'To: app@example.org', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
      '<lee@example.net>: host mx.example.net[192.0.2.9] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)', '',
      '--b', 'Content-Type: message/rfc822', '', 'From: app@example.org', 'Subject: Grüße', '', 'Schöne Grüße', '--b--', '',
    ].join('\r\n');
    const asBytes = await run(['--json'], Buffer.from(report, 'latin1'));
    const asText = await run(['--json'], report);
    expect(findings(asBytes.out)[0]).toMatchObject({ recipient: 'lee@example.net', reason: 'mailboxfull' });
    expect(asBytes.out).toBe(asText.out);
  });

  it('reads a UTF-16 log saved by a Windows editor', async () => {
    const r = await run(['--json'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, 'utf16le')]));
    expect(findings(r.out)[0]).toMatchObject({ recipient: 'kim@example.com', reason: 'userunknown' });
  });
});
