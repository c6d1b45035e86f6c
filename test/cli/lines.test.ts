import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../src/cli/lines.js';

/** The stream of these byte chunks. */
const streamOf = (chunks: Buffer[]) => Readable.from(chunks, { objectMode: false });

async function ours(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const lines of linesOf(streamOf(chunks))) out.push(...lines);
  return out;
}

async function readline(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: streamOf(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

/** The text's bytes cut at the given offsets (which may fall inside a character or a CRLF). */
function cut(text: string, at: number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const edges = [0, ...at.filter((n) => n > 0 && n < bytes.length).sort((a, b) => a - b), bytes.length];
  return edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));
}

describe('the lines of a batch on standard input', () => {
  const texts = [
    '{"id":1,"text":"550 5.1.1"}\n{"id":2,"text":"ok"}\n',
    '{"id":1}\r\n{"id":2}\r\n\r\n{"id":3}',
    'one\rtwo\r\nthree\n\nfour\r',
    '{"id":"é","text":"メール 550 — ünknown"}\n{"id":2,"text":"x"}',
    '',
    '\n',
    'no break at the end',
  ];

  it('are the lines readline gives, however the bytes are cut into chunks', async () => {
    for (const text of texts) {
      const whole = await readline(cut(text, []));
      expect(await ours(cut(text, [])), JSON.stringify(text)).toEqual(whole);
      const size = Buffer.byteLength(text);
      for (let i = 1; i < size; i++) expect(await ours(cut(text, [i, i + 1, i + 3])), `${JSON.stringify(text)} cut at ${i}`).toEqual(whole);
    }
  });
});
