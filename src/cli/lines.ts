/**
 * The lines of a stream, as readline gives them (breaks at "\n", "\r\n" and a lone "\r"), without
 * readline: it emits an event per line through its own buffering, which in a batch of thousands of
 * e-mails costs more than splitting each chunk once. UTF-8 split across chunks is joined by a
 * StringDecoder; the last line needs no break after it.
 */
import { StringDecoder } from 'node:string_decoder';

export async function* linesOf(stream: AsyncIterable<unknown>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const out: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      pushLine(out, text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (out.length) yield out;
  }
  rest += decoder.end();
  if (rest) {
    const out: string[] = [];
    pushLine(out, rest);
    yield out;
  }
}

/** One "\n"-ended segment: its "\r\n" end dropped, and split at any lone "\r" inside it. */
function pushLine(out: string[], segment: string): void {
  const line = segment.endsWith('\r') ? segment.slice(0, -1) : segment;
  if (line.includes('\r')) out.push(...line.split('\r'));
  else out.push(line);
}
