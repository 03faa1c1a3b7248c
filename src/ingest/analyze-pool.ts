/**
 * Analysis on several cores: a pool of worker threads each running `analyze`, so that while one
 * article is analysed another is, and the main thread fetches and stores. With `size` 0 the
 * analysis runs inline (same results, one core). Workers start on first use, and the first
 * requests wait in their queues while they load; the calling thread then never loads the pipeline
 * itself (one copy of the lexicons fewer: the memory run of 100,000 articles peaked at 554 MB when
 * the calling thread analysed while the workers loaded). `close()` ends them.
 */
import { Worker } from 'node:worker_threads';
import { WiretraceError, type ErrorCode } from '../errors.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { Analysis, ArticleInput } from '../types.js';

export interface AnalyzeRequest {
  id: number;
  input: ArticleInput;
  options: AnalyzeOptions;
}

export type AnalyzeReply = { id: number; record: Analysis } | { id: number; error: { code: ErrorCode; message: string } };

interface Slot {
  worker: Worker;
  busy: number;
  /** The worker has loaded the pipeline (lexicons included) and said so. */
  ready: boolean;
}

// Under tsx (tests, benchmarks) the sources are .ts and a worker must register tsx itself (loader
// hooks do not carry over to worker threads); once built they are plain .js.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./analyze-worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);

function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL);
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(WORKER_URL.href)}))`;
  return new Worker(bootstrap, { eval: true });
}

export class AnalyzePool {
  readonly size: number;
  readonly #options: AnalyzeOptions;
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, { resolve: (r: Analysis) => void; reject: (e: Error) => void; slot: Slot }>();
  #next = 1;

  constructor(size: number, options: AnalyzeOptions = {}) {
    this.size = Math.max(0, Math.floor(size));
    this.#options = options;
  }

  /** The analysis of `input`; rejects with the `WiretraceError` analyze would have thrown. */
  async analyze(input: ArticleInput): Promise<Analysis> {
    if (this.size === 0) {
      // Loaded on first use only: with workers, this thread never needs the pipeline.
      const { analyze } = await import('../analyze.js');
      return analyze(input, this.#options);
    }
    const slot = this.#leastBusy();
    const id = this.#next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, input, options: this.#options } satisfies AnalyzeRequest);
    });
  }

  /** How many workers have loaded the pipeline. */
  workersReady(): number {
    return this.#slots.filter((s) => s.ready).length;
  }

  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The worker with the fewest analyses in flight (a loading worker queues them). */
  #leastBusy(): Slot {
    while (this.#slots.length < this.size) this.#start();
    return this.#slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  #start(): void {
    const worker = startWorker();
    const slot: Slot = { worker, busy: 0, ready: false };
    worker.on('message', (reply: AnalyzeReply | { ready: true }) => {
      if ('ready' in reply) slot.ready = true;
      else this.#settle(reply);
    });
    worker.on('error', (error) => this.#fail(slot, error));
    this.#slots.push(slot);
  }

  #settle(reply: AnalyzeReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    pending.slot.busy--;
    if ('record' in reply) pending.resolve(reply.record);
    else pending.reject(new WiretraceError(reply.error.code, reply.error.message));
  }

  /** A worker that died fails its own pending analyses; the pool replaces it on next use. */
  #fail(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
    for (const [id, pending] of this.#pending) {
      if (pending.slot !== slot) continue;
      this.#pending.delete(id);
      pending.reject(new WiretraceError('bad-input', `analysis worker failed: ${error.message}`));
    }
  }
}
