/**
 * Batch diagnosis across cores. Lines are grouped into chunks; the main thread answers chunks
 * itself and hands others to worker threads, and the answers are written strictly in input order.
 * Workers number two fewer than the machine's cores: the main thread works too, and V8's own
 * garbage-collector and compiler threads need a core. On a two-core machine that means none: a
 * worker there competes with those threads, and `npm run bench` measured a batch slower with one
 * (3.5 s against 2.4 s for the same 3,124 e-mails) although it answered 40 % of the chunks.
 * Workers hold two chunks at a time so they never wait while the main thread is busy. A short
 * batch never starts a worker (booting one costs more than it saves). A worker that dies hands
 * its chunks back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { answerChunk } from './answer.js';

export interface BatchOptions {
  /** Worker threads to use; default: cores minus two, or SMTP_DIAGNOSE_WORKERS. 0 keeps to one thread. */
  workers?: number;
  /** Workers are started only once this many lines have been read. */
  minLinesForWorkers?: number;
  /** Lines per message to a worker: fewer messages, yet small enough to balance the load. */
  chunkLines?: number;
}

interface Chunk { seq: number; lines: string[] }
interface Slot { worker: Worker; ready: boolean; chunks: Chunk[]; booted: Promise<void> }

/** Chunks a worker holds at once: the one it works on and the next. */
const IN_FLIGHT = 2;

function defaultWorkers(): number {
  const env = Number(process.env.SMTP_DIAGNOSE_WORKERS);
  return Number.isInteger(env) && env >= 0 && process.env.SMTP_DIAGNOSE_WORKERS !== '' ? env : Math.max(0, availableParallelism() - 2);
}

/**
 * The worker module next to this one. Run from TypeScript sources (tests, tsx) it is the .ts file,
 * which a worker can only load once tsx's loader is registered inside it: Node resolves a worker's
 * entry before any `--import` hook runs, hence the small bootstrap.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  // tsx's ESM entry, found through its package.json exports (its CommonJS twin cannot register here).
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsx = new URL(pkg.exports['./esm/api']!.import.default, pathToFileURL(pkgPath)).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true });
}

export class BatchPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Chunk[] = [];
  private readonly answers = new Map<number, string>();
  private nextSeq = 0;
  private nextOut = 0;
  private current: string[] = [];
  private lines = 0;
  private wake: (() => void) | null = null;
  /** Chunks answered by worker threads rather than the main thread (for tests and tuning). */
  chunksByWorkers = 0;
  private readonly workers: number;
  private readonly minLines: number;
  private readonly chunkLines: number;

  constructor(private readonly write: (s: string) => Promise<void>, opts: BatchOptions = {}) {
    this.workers = opts.workers ?? defaultWorkers();
    this.minLines = opts.minLinesForWorkers ?? 64;
    this.chunkLines = opts.chunkLines ?? 16;
  }

  /** Takes one input line; resolves once the backlog is short enough to read on. */
  async push(line: string): Promise<void> {
    this.current.push(line);
    if (++this.lines === this.minLines) this.start();
    if (this.current.length >= this.chunkLines) this.seal();
    await this.pump(false);
  }

  /** Answers everything still pending, writes it, and stops the workers. */
  async finish(): Promise<void> {
    this.seal();
    try {
      await this.pump(true);
    } finally {
      await Promise.all(this.slots.map((s) => s.worker.terminate()));
      this.slots.length = 0;
    }
  }

  /** Resolves once every started worker is ready or gone (tests use it to make workers take part). */
  async workersBooted(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.booted));
  }

  private seal(): void {
    if (this.current.length === 0) return;
    this.queue.push({ seq: this.nextSeq++, lines: this.current });
    this.current = [];
  }

  private start(): void {
    for (let i = 0; i < this.workers; i++) {
      let worker: Worker;
      try {
        worker = spawnWorker();
      } catch {
        return; // no worker support here: the main thread does all the work
      }
      let booted!: () => void;
      const slot: Slot = { worker, ready: false, chunks: [], booted: new Promise((resolve) => (booted = resolve)) };
      worker.on('message', (msg: 'ready' | { seq: number; out: string }) => {
        if (msg === 'ready') {
          slot.ready = true;
          booted();
        } else {
          slot.chunks = slot.chunks.filter((c) => c.seq !== msg.seq);
          this.chunksByWorkers++;
          this.answers.set(msg.seq, msg.out);
        }
        this.notify();
      });
      worker.on('error', () => this.drop(slot));
      worker.on('exit', () => this.drop(slot));
      worker.once('exit', () => booted());
      this.slots.push(slot);
    }
  }

  /** A worker that failed or exited: its unanswered chunks go back to the front of the queue. */
  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    this.queue.unshift(...slot.chunks);
    slot.chunks = [];
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.chunks.length < IN_FLIGHT && this.queue.length > 0) {
        const chunk = this.queue.shift()!;
        slot.chunks.push(chunk);
        slot.worker.postMessage(chunk);
      }
    }
  }

  private busy(): number {
    let n = 0;
    for (const s of this.slots) n += s.chunks.length;
    return n;
  }

  /**
   * Hands out queued chunks, answers one here when some are left over, and flushes answers in
   * order. Unless `all`, returns as soon as at most one chunk waits, so reading goes on and memory
   * stays bounded on a long batch; with `all`, returns when everything is answered.
   */
  private async pump(all: boolean): Promise<void> {
    for (;;) {
      this.dispatch();
      await this.flush(all);
      if (!all && this.queue.length <= 1) return;
      if (this.queue.length > 0 && this.slots.length > 0) {
        // Answering chunks here only ever awaits microtasks, so without this the workers'
        // messages ("ready", answers) would wait until the whole batch was done by this thread.
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.dispatch();
      }
      if (this.queue.length > 0) {
        const chunk = this.queue.shift()!;
        this.answers.set(chunk.seq, await answerChunk(chunk.lines));
        continue;
      }
      if (this.busy() === 0) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private pending = '';

  private async flush(all: boolean): Promise<void> {
    for (let out = this.answers.get(this.nextOut); out !== undefined; out = this.answers.get(this.nextOut)) {
      this.answers.delete(this.nextOut++);
      this.pending += out;
    }
    // Fewer, larger writes: a write per e-mail costs more than the diagnosis of a short one.
    if (this.pending.length > 65536 || (all && this.pending && this.nextOut === this.nextSeq)) {
      const s = this.pending;
      this.pending = '';
      await this.write(s);
    }
  }
}
