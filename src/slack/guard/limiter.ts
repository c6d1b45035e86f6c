/**
 * Bounds the unasked work. Events are acked at once, so a flood of pasted messages would otherwise
 * start one diagnosis per message all at the same time; here at most `concurrency` run and a bounded
 * queue waits. Beyond that, unasked replies are dropped (and counted): under a flood the burst guard
 * would fold them into a summary anyway.
 */
export class WorkLimiter {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  dropped = 0;

  constructor(
    private readonly concurrency = 4,
    private readonly maxQueued = 1_000,
  ) {}

  /** Runs `work` when a slot is free; resolves to false (without running it) when the queue is full. */
  async run(work: () => Promise<void>): Promise<boolean> {
    if (this.running >= this.concurrency) {
      if (this.queue.length >= this.maxQueued) {
        this.dropped++;
        return false;
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    this.running++;
    try {
      await work();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
    return true;
  }

  get pending(): number {
    return this.queue.length;
  }
}
