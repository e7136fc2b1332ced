import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderJob, RenderOutcome } from './render-job.js';

/** The built worker: next to this bundle in dist/, or in ../dist when running from the sources (tests). */
export function findWorker(): URL | null {
  for (const candidate of ['./worker.js', '../dist/worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

interface Task {
  readonly job: RenderJob;
  readonly resolve: (outcome: RenderOutcome) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Posted and not yet answered, in order: a worker renders one message at a time. */
  readonly pending: Task[];
  gone: boolean;
}

/**
 * A fixed set of render threads. Each thread gets up to `depth` jobs at a time, so that it has its next
 * job ready while the main thread is busy (reading, writing, or rendering a file itself).
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;
  /** Threads replaced so far; past a limit (a thread that cannot even start) the pool gives up. */
  private respawns = 0;
  private broken: string | null = null;

  constructor(
    private readonly url: URL,
    readonly size: number,
    readonly depth = 2,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url), pending: [], gone: false };
    slot.worker.on('message', (message: { outcome: RenderOutcome }) => {
      slot.pending.shift()?.resolve(message.outcome);
      this.pump();
    });
    const lost = (reason: string) => {
      if (slot.gone) return;
      slot.gone = true;
      this.slots.splice(this.slots.indexOf(slot), 1);
      // The first pending job was being rendered when the thread died; the others go back to the queue.
      const [culprit, ...others] = slot.pending.splice(0);
      culprit?.resolve({ ok: false, crash: reason });
      this.queue.unshift(...others);
      if (this.closed) return;
      if (this.respawns++ < this.size + 2) {
        this.slots.push(this.spawn());
        this.pump();
      } else if (this.slots.length === 0) {
        this.broken = reason;
        for (const task of this.queue.splice(0))
          task.resolve({ ok: false, crash: `no render thread could be started: ${reason}` });
      }
    };
    slot.worker.on('error', (e) => lost(e instanceof Error ? (e.stack ?? e.message) : String(e)));
    slot.worker.on('exit', (code) => {
      if (!this.closed) lost(`render thread exited with code ${code}`);
    });
    return slot;
  }

  /** True when no thread could be started: the caller should render in its own thread. */
  get isBroken(): boolean {
    return this.broken !== null;
  }

  render(job: RenderJob): Promise<RenderOutcome> {
    return new Promise((resolve) => {
      if (this.broken !== null)
        return resolve({ ok: false, crash: `no render thread could be started: ${this.broken}` });
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots)
        if (slot.pending.length < this.depth && (!best || slot.pending.length < best.pending.length)) best = slot;
      if (!best) return;
      const task = this.queue.shift()!;
      best.pending.push(task);
      best.worker.postMessage({ job: task.job });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
