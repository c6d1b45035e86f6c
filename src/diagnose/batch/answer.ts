/**
 * One batch line in, one JSON line out: `{"id","autoReply","findings"}`, or `{"id":null,"error"}`
 * for a line that is not a JSON object with a "text" string. Shared by the main thread and the
 * batch workers so both answer a line the same way.
 */
import { diagnose } from '../index.js';

export async function answerLine(line: string): Promise<string> {
  try {
    // JSON.parse's own wording for an empty line ("Unexpected end of JSON input") says little.
    if (line.trim() === '') throw new Error('blank line: expected a JSON object with a "text" string');
    const item = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof item !== 'object' || item === null || typeof item.text !== 'string') throw new Error('expected an object with a "text" string');
    const d = await diagnose(item.text);
    return JSON.stringify({ id: item.id ?? null, autoReply: d.autoReply, findings: d.findings });
  } catch (err) {
    return JSON.stringify({ id: null, error: err instanceof Error ? err.message : String(err) });
  }
}

/** Answers a chunk of lines in order, joined with newlines (one message per chunk, not per line). */
export async function answerChunk(lines: string[]): Promise<string> {
  let out = '';
  for (const line of lines) out += `${await answerLine(line)}\n`;
  return out;
}
