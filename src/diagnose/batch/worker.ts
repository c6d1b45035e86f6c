/**
 * A batch worker thread: receives `{ seq, lines }`, answers every line, posts `{ seq, out }` back.
 * It posts `ready` first, once the diagnosis modules are loaded and their tables built (one
 * warm-up line builds the lazily made ones), so the pool knows when handing it work beats doing
 * the work on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { answerChunk, answerLine } from './answer.js';

const WARM_UP = JSON.stringify({ id: 0, text: '<pat@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)' });

const port = parentPort;
if (port) {
  port.on('message', (msg: { seq: number; lines: string[] }) => {
    void answerChunk(msg.lines).then((out) => port.postMessage({ seq: msg.seq, out }));
  });
  void answerLine(WARM_UP).then(() => port.postMessage('ready'));
}
