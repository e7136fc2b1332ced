import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage, WorkerOutcome } from './worker.js';

/** The built service worker: next to the bundle in dist/, or in dist/ when running from the sources (tests). */
export function findServiceWorker(): URL | null {
  for (const candidate of ['./serve/worker.js', '../../dist/serve/worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export type PoolResult =
  | { readonly kind: 'done'; readonly outcome: WorkerOutcome; readonly queueMs: number; readonly workMs: number }
  | { readonly kind: 'timeout'; readonly queueMs: number; readonly stage: 'queued' | 'working' }
  | { readonly kind: 'crash'; readonly reason: string; readonly queueMs: number }
  | { readonly kind: 'queueFull'; readonly retryAfter: number }
  | { readonly kind: 'closing'; readonly retryAfter: number };

export interface PoolOptions {
  readonly size: number;
  /** Jobs that may wait for a thread; beyond that, `run` answers `queueFull` at once. */
  readonly maxQueue: number;
  /** From `run` to the answer, waiting included; past it the job is dropped or its thread stopped. */
  readonly timeoutMs: number;
  readonly url: URL;
  readonly resourceLimits?: ResourceLimits;
}

interface Task {
  readonly id: number;
  readonly job: WorkerJob;
  readonly submitted: number;
  started: number;
  timer: NodeJS.Timeout | undefined;
  readonly resolve: (result: PoolResult) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  task: Task | null;
  gone: boolean;
}

/** Start failures in a row after which the pool gives up (a broken installation, not a bad request). */
const MAX_START_FAILURES = 3;

/**
 * The service's render threads: one job per thread at a time, a bounded queue, and a time limit per job.
 * A job past its time is dropped from the queue, or its thread is terminated and replaced: rendering and
 * PDF reading are synchronous, so stopping the thread is the only way to stop the work.
 */
export class ServicePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closing = false;
  private startFailures = 0;
  private broken: string | null = null;
  /** Moving average of a job's time, for Retry-After. */
  private meanMs = 30;
  private readonly readyWaiters: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.options.size;
  }
  get maxQueue(): number {
    return this.options.maxQueue;
  }

  /** Ready threads, busy threads, threads in all, jobs waiting. */
  stats(): { ready: number; busy: number; total: number; queued: number } {
    return {
      ready: this.slots.filter((s) => s.ready).length,
      busy: this.slots.filter((s) => s.task !== null).length,
      total: this.slots.length,
      queued: this.queue.length,
    };
  }

  /** True when a thread is ready and the pool is not shutting down. */
  get isReady(): boolean {
    return !this.closing && this.broken === null && this.slots.some((s) => s.ready);
  }

  /** Resolves when every thread has started and warmed up. */
  whenReady(): Promise<void> {
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private retryAfter(): number {
    const ahead = this.queue.length + this.stats().busy;
    return Math.max(1, Math.ceil(((ahead / Math.max(1, this.options.size)) * this.meanMs) / 1000));
  }

  run(job: WorkerJob): Promise<PoolResult> {
    if (this.closing) return Promise.resolve({ kind: 'closing', retryAfter: 5 });
    if (this.broken !== null) return Promise.resolve({ kind: 'crash', reason: this.broken, queueMs: 0 });
    // The bound is on jobs that wait: a job for an idle thread never waits, even with --queue 0.
    const idle = this.slots.some((s) => s.ready && s.task === null && !s.gone);
    if (!idle && this.queue.length >= this.options.maxQueue)
      return Promise.resolve({ kind: 'queueFull', retryAfter: this.retryAfter() });
    return new Promise((resolve) => {
      const task: Task = {
        id: this.nextId++,
        job,
        submitted: performance.now(),
        started: 0,
        timer: undefined,
        resolve,
      };
      task.timer = setTimeout(() => this.expire(task), this.options.timeoutMs);
      this.queue.push(task);
      this.pump();
    });
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(
        this.options.url,
        this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {},
      ),
      ready: false,
      task: null,
      gone: false,
    };
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.startFailures = 0;
        if (this.slots.every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w();
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      slot.task = null;
      clearTimeout(task.timer);
      const now = performance.now();
      const workMs = now - task.started;
      this.meanMs = this.meanMs * 0.9 + workMs * 0.1;
      task.resolve({ kind: 'done', outcome: message.outcome, queueMs: task.started - task.submitted, workMs });
      this.pump();
    });
    const lost = (reason: string) => {
      if (slot.gone) return;
      slot.gone = true;
      this.remove(slot);
      const task = slot.task;
      if (task) {
        clearTimeout(task.timer);
        task.resolve({ kind: 'crash', reason, queueMs: task.started - task.submitted });
      }
      if (!slot.ready) this.startFailures++;
      if (this.startFailures >= MAX_START_FAILURES && this.slots.length === 0) {
        this.broken = `no render thread could be started: ${reason}`;
        for (const t of this.queue.splice(0)) {
          clearTimeout(t.timer);
          t.resolve({ kind: 'crash', reason: this.broken, queueMs: performance.now() - t.submitted });
        }
      } else if (!this.closing || this.queue.length > 0) this.replace();
      this.pump();
    };
    slot.worker.on('error', (e) => lost(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    slot.worker.on('exit', (code) => lost(`render thread exited with code ${code}`));
    return slot;
  }

  private remove(slot: Slot) {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private replace() {
    if (this.slots.length < this.options.size) this.slots.push(this.spawn());
  }

  private expire(task: Task) {
    const queued = this.queue.indexOf(task);
    const now = performance.now();
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      task.resolve({ kind: 'timeout', queueMs: now - task.submitted, stage: 'queued' });
      this.checkIdle();
      return;
    }
    const slot = this.slots.find((s) => s.task === task);
    if (!slot) return;
    // The thread is busy in synchronous code: stop it and start another in its place.
    slot.gone = true;
    slot.task = null;
    this.remove(slot);
    void slot.worker.terminate();
    task.resolve({ kind: 'timeout', queueMs: task.started - task.submitted, stage: 'working' });
    if (!this.closing || this.queue.length > 0) this.replace();
    this.pump();
  }

  private pump() {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && s.task === null && !s.gone);
      if (!slot) break;
      const task = this.queue.shift()!;
      task.started = performance.now();
      slot.task = task;
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
    this.checkIdle();
  }

  private checkIdle() {
    if (this.queue.length === 0 && this.slots.every((s) => s.task === null))
      for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Takes no new jobs, lets the queued and running ones finish (each within its time limit), then stops the threads. */
  async close(): Promise<void> {
    this.closing = true;
    await new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.checkIdle();
    });
    const slots = this.slots.splice(0);
    for (const s of slots) s.gone = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    for (const w of this.readyWaiters.splice(0)) w();
  }
}
