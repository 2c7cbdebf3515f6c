import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../config.js';
import type { ArticleInput } from '../domain/article.js';
import type { Extraction } from '../domain/extraction.js';
import { AppError, badInput } from '../errors.js';
import { extractArticle } from '../ingest/pipeline.js';
import type { ExtractReply, ExtractRequest } from './extract.worker.js';

/**
 * Where ingestion has articles extracted. The pool below runs the rule pipeline in worker threads;
 * another implementation (for example a model served over an OpenAI-compatible HTTP API, behind
 * the `Extractor` interface of src/domain/extraction.ts) can take its place in IngestService.
 */
export interface ExtractionRunner {
  /** How many articles it extracts at the same time (callers extract that many ahead). */
  readonly concurrency: number;
  run(input: ArticleInput): Promise<Extraction>;
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** Worker threads; 0 extracts on the calling thread (no deadline, no isolation). */
  workers: number;
  /** An extraction still running after this long is stopped and fails with TIMEOUT. */
  timeoutMs: number;
  /** Heap limit of each worker: an article that needs more fails alone. */
  heapMb: number;
}

interface Job {
  input: ArticleInput;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its models and takes work. */
  ready: boolean;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null;
}

/**
 * Runs extraction in worker threads, so the event loop keeps serving while articles are extracted,
 * several articles are extracted at once, and one hostile article costs at most its deadline and its
 * worker's heap: the worker is terminated and replaced, the caller gets a clear error, nothing is
 * written. Workers start on first use and load the models (one to a few seconds) before taking work,
 * so the deadline counts extraction only; idle workers do not keep the process alive.
 */
export class ExtractionPool implements ExtractionRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly options: ExtractionPoolOptions) {}

  /** How many articles can be extracted at the same time. */
  get concurrency(): number {
    return Math.max(1, this.options.workers);
  }

  run(input: ArticleInput): Promise<Extraction> {
    if (this.closed) return Promise.reject(poolClosed());
    if (this.options.workers === 0) return Promise.resolve().then(() => extractArticle(input));
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running extractions fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(poolClosed());
    await Promise.all([...this.slots].map((slot) => this.retire(slot, poolClosed())));
  }

  private dispatch(): void {
    const wanted = Math.min(this.options.workers, this.queue.length + this.slots.filter((s) => s.job !== null).length);
    while (!this.closed && this.slots.length < wanted) this.spawn();
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.ready && s.job === null);
      if (!slot) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => {
        void this.retire(
          slot,
          new AppError('TIMEOUT', `extracting the article took longer than ${this.options.timeoutMs} ms (EXTRACT_TIMEOUT_MS) and was stopped; nothing was written`),
        );
      }, this.options.timeoutMs);
      slot.job = { ...job, id, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, input: job.input } satisfies ExtractRequest);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    const slot: Slot = { worker, ready: false, job: null };
    worker.on('message', (reply: ExtractReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return this.dispatch();
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      worker.unref();
      if ('error' in reply) job.reject(new AppError('INTERNAL', `extraction failed: ${reply.error}`));
      else job.resolve(reply.extraction);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? badInput(`extracting the article needs more than ${this.options.heapMb} MB of memory (EXTRACT_WORKER_HEAP_MB); nothing was written`)
          : new AppError('INTERNAL', `the extraction worker failed: ${error.message}`, { cause: error });
      void this.retire(slot, failure);
    });
    worker.on('exit', (code) => void this.retire(slot, new AppError('INTERNAL', `the extraction worker exited with code ${code}`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Takes a worker out of the pool (timed out, crashed or closing), fails its job and starts queued work elsewhere. */
  private async retire(slot: Slot, error: Error): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const job = slot.job;
    slot.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    // A worker that dies while loading would die again: fail the waiting work instead of looping.
    if (!slot.ready) for (const waiting of this.queue.splice(0)) waiting.reject(error);
    this.dispatch();
    await slot.worker.terminate();
  }
}

const poolClosed = (): AppError => new AppError('INTERNAL', 'the extraction pool is closed');

/**
 * The worker script next to this module. Under vitest the sources run as TypeScript, which a worker
 * thread cannot load: the compiled copy from `npm run build` is used instead.
 */
function workerUrl(): URL {
  const here = new URL('./extract.worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return here;
  const built = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'src', 'services', 'extract.worker.js'));
  if (!existsSync(fileURLToPath(built))) throw new AppError('CONFIG_INVALID', `the extraction worker is not built (${fileURLToPath(built)}): run npm run build`);
  return built;
}
