/**
 * A batch worker thread: receives `{ seq, lines }`, answers every line, posts `{ seq, out }` back.
 * It posts `ready` first, once the diagnosis modules are loaded, so the pool knows when handing it
 * work beats doing the work on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { answerChunk } from './answer.js';

const port = parentPort;
if (port) {
  port.on('message', (msg: { seq: number; lines: string[] }) => {
    void answerChunk(msg.lines).then((out) => port.postMessage({ seq: msg.seq, out }));
  });
  port.postMessage('ready');
}
