import type { ArticleInput } from '../src/domain/article.js';
import type { CypherExecutor } from '../src/graph/executor.js';
import { EXTRACTORS, type StageExtractor } from '../src/ingest/extract/index.js';
import { parseArticle } from '../src/ingest/parse/index.js';
import { runExtractors } from '../src/ingest/pipeline.js';
import { createLogger } from '../src/logger.js';
import { extractAhead } from '../src/services/extract.ahead.js';
import { createServices } from '../src/services/services.js';
import { generateCorpus, type GeneratedArticle } from './corpus.generator.js';
import { graphCounts, type BenchDb } from './support/neo4j.js';
import { mb, MemoryPeak, percentile, processMemory } from './support/stats.js';

export interface ExtractResult {
  scale: number;
  /** The first article pays for loading models and lexicons; it is reported here and left out of the rate. */
  coldStartMs: number;
  seconds: number;
  perSecond: number;
  msP50: number;
  msP99: number;
  /** Share of extraction time per stage ("parse" first, then the extractors in order). */
  stages: Record<string, number>;
  avg: { words: number; actors: number; claims: number; stances: number };
  errors: number;
  peakRssMb: number;
  peakHeapMb: number;
}

export interface BatchTiming {
  /** Articles in the graph after this batch. */
  upTo: number;
  endedAt: string;
  perSecond: number;
  msPerArticle: number;
  /** Of which inside Neo4j transactions (resolution reads and the write). */
  dbMsPerArticle: number;
}

export interface IngestResult {
  scale: number;
  /** Articles already in the graph when the run started (a resumed run). */
  start: number;
  /** Extraction worker threads. */
  workers: number;
  seconds: number;
  perSecond: number;
  dbShare: number;
  batches: BatchTiming[];
  failures: number;
  firstFailure: string | null;
  peakRssMb: number;
  peakHeapMb: number;
  neo4jPeakRssMb: number | null;
  counts: Record<string, number>;
}

const toInput = (a: GeneratedArticle): ArticleInput => ({ content: a.content, format: a.format });

/** Each extractor wrapped to add its time to `totals`: the stage profile costs two clock reads per stage. */
function timed(totals: Record<string, number>): StageExtractor[] {
  return EXTRACTORS.map((stage) => ({
    name: stage.name,
    run(state) {
      const started = performance.now();
      try {
        return stage.run(state);
      } finally {
        totals[stage.name] = (totals[stage.name] ?? 0) + performance.now() - started;
      }
    },
  }));
}

/** Extraction alone (parse + every extractor, no database), one article after another. */
export function runExtractBench(scale: number, seed: string, onProgress?: (done: number) => void): ExtractResult {
  const totals: Record<string, number> = { parse: 0 };
  const stages = timed(totals);
  const memory = new MemoryPeak();
  const times: number[] = [];
  const sums = { words: 0, actors: 0, claims: 0, stances: 0 };
  let errors = 0;
  let coldStartMs = 0;
  for (const article of generateCorpus({ count: scale, seed })) {
    const started = performance.now();
    const { article: parsed } = parseArticle(toInput(article));
    const parsedAt = performance.now();
    const extraction = runExtractors(parsed, stages);
    const ms = performance.now() - started;
    if (article.index === 0) {
      coldStartMs = ms;
      for (const key of Object.keys(totals)) totals[key] = 0;
    } else {
      totals.parse! += parsedAt - started;
      times.push(ms);
    }
    errors += extraction.diagnostics.filter((d) => d.level === 'error').length;
    sums.words += parsed.text.split(/\s+/).length;
    sums.actors += extraction.actors.length;
    sums.claims += extraction.claims.length;
    sums.stances += extraction.stances.length;
    memory.sample();
    if ((article.index + 1) % 100 === 0) onProgress?.(article.index + 1);
  }
  const total = times.reduce((a, b) => a + b, 0);
  const stageTotal = Object.values(totals).reduce((a, b) => a + b, 0);
  return {
    scale,
    coldStartMs,
    seconds: total / 1000,
    perSecond: times.length / (total / 1000),
    msP50: percentile(times, 50),
    msP99: percentile(times, 99),
    stages: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / stageTotal])),
    avg: { words: sums.words / scale, actors: sums.actors / scale, claims: sums.claims / scale, stances: sums.stances / scale },
    errors,
    peakRssMb: mb(memory.rss),
    peakHeapMb: mb(memory.heapUsed),
  };
}

/** Adds the time spent inside the executor's transactions to `clock.ms`. */
function timeTransactions(executor: CypherExecutor, clock: { ms: number }): void {
  for (const method of ['readTx', 'writeTx'] as const) {
    const original = executor[method].bind(executor);
    executor[method] = (async (work: never) => {
      const started = performance.now();
      try {
        return await original(work);
      } finally {
        clock.ms += performance.now() - started;
      }
    }) as never;
  }
}

/**
 * End to end through the product's IngestService as `claimgraph ingest` drives it: the next articles
 * extract on the worker pool (config.extraction.workers) while the current one is resolved and
 * written, one transaction per article. Every batch is timed so the cost per article can be
 * followed as the graph grows.
 */
export async function runIngestBench(
  db: BenchDb,
  scale: number,
  seed: string,
  options: { batchSize: number; start?: number; workers?: number; onBatch?: (batch: BatchTiming) => void },
): Promise<IngestResult> {
  const { batchSize, start = 0, workers = db.config.extraction.workers, onBatch } = options;
  const config = { ...db.config, extraction: { ...db.config.extraction, workers } };
  const services = createServices(config, db.executor, createLogger('silent'));
  const clock = { ms: 0 };
  timeTransactions(db.executor, clock);
  const memory = new MemoryPeak();
  const batches: BatchTiming[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let batchStart = performance.now();
  let batchDb = 0;
  const started = performance.now();
  const fail = (article: GeneratedArticle, error: Error): void => {
    failures++;
    firstFailure ??= `${article.fileName}: ${error.message}`;
  };
  for await (const extracted of extractAhead(services.ingest, generateCorpus({ count: scale, seed, start }), toInput)) {
    const article = extracted.item;
    if ('error' in extracted) fail(article, extracted.error);
    else await services.ingest.store(extracted.extraction).catch((error: Error) => fail(article, error));
    memory.sample();
    const done = article.index + 1;
    if (done % batchSize === 0 || done === scale) {
      const now = performance.now();
      const n = done - (batches.at(-1)?.upTo ?? start);
      const batch = { upTo: done, endedAt: new Date().toISOString(), perSecond: n / ((now - batchStart) / 1000), msPerArticle: (now - batchStart) / n, dbMsPerArticle: (clock.ms - batchDb) / n };
      batches.push(batch);
      onBatch?.(batch);
      batchStart = now;
      batchDb = clock.ms;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await services.ingest.extractor.close();
  return {
    scale,
    start,
    workers,
    seconds,
    perSecond: (scale - start) / seconds,
    dbShare: clock.ms / 1000 / seconds,
    batches,
    failures,
    firstFailure,
    peakRssMb: mb(memory.rss),
    peakHeapMb: mb(memory.heapUsed),
    neo4jPeakRssMb: db.pid === null ? null : (processMemory(db.pid)?.peakRssMb ?? null),
    counts: await graphCounts(db.executor),
  };
}
