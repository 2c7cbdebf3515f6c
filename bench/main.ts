#!/usr/bin/env node
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { generateCorpus } from './corpus.generator.js';
import { runHttpBench } from './http.bench.js';
import { runExtractBench, runIngestBench } from './ingest.bench.js';
import { runQueryBench } from './query.bench.js';
import { machine, toMarkdown, type BenchResults } from './report.js';
import { BENCH_PORT, connectBenchDb, openBenchDb, type BenchDb } from './support/neo4j.js';

const USAGE = `usage: npm run bench [-- <flags>]

  (no flags)            quick run, a few minutes: extraction of 100 articles, ingestion of 200,
                        the query suite on them (20 rounds), 5 s of HTTP load per workload
  --full                the real run: extraction of 1000, ingestion at 1000 and 10000 (fresh graph
                        each), the query suite on the 10k graph (100 rounds), 20 s of HTTP load
  --scales=1000,10000   ingestion scales (each into an empty graph; queries run on the last)
  --extract=N           articles for the extraction-only run (0 skips it)
  --workers=N           extraction worker threads during ingestion (default: the product's,
                        EXTRACT_WORKERS' default: cores - 1, at least 1, at most 4)
  --only=extract,ingest,query,http   run only these parts
  --iterations=N --warmup=N          measured and warm-up rounds of the query suite
  --profile=NAME,...    also PROFILE these queries of the suite (the slowest always is)
  --http-seconds=N --connections=N   HTTP load per workload (default 32 connections)
  --db=NAME             data folder .data/NAME (default neo4j-bench); --keep: do not wipe it, and
                        resume ingestion where the graph stops (article i is always the same)
  --bolt-port=N         Bolt port of the benchmark's own Neo4j (default 7794; another port lets two
                        benchmarks run side by side, each on its own --db)
  --uri=bolt://...      use a running Neo4j instead of starting one (nothing is wiped)
  --no-peer             skip @neo4j/graphql (it needs APOC: bash bench/fetch-apoc.sh)
  --seed=TEXT           corpus seed (default claimgraph-bench)
  --write-corpus=DIR --count=N      only write N articles as files into DIR (for "claimgraph ingest DIR")

Results go to .data/bench/results-<time>.{json,md}; the markdown is also printed.`;

function flags(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}\n\n${USAGE}`);
    out.set(m[1]!, m[2] ?? 'true');
  }
  return out;
}

const log = (line: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

async function main(argv: string[]): Promise<void> {
  const f = flags(argv);
  if (f.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (f.has('write-corpus')) {
    const dir = path.resolve(f.get('write-corpus')!);
    mkdirSync(dir, { recursive: true });
    const count = Number(f.get('count') ?? 1000);
    for (const article of generateCorpus({ count, seed: f.get('seed') ?? 'claimgraph-bench' })) writeFileSync(path.join(dir, article.fileName), article.content);
    log(`${count} articles written to ${dir}`);
    return;
  }
  const full = f.has('full');
  const num = (key: string, quick: number, fullValue: number): number => Number(f.get(key) ?? (full ? fullValue : quick));
  const scales = (f.get('scales') ?? (full ? '1000,10000' : '200')).split(',').filter(Boolean).map(Number);
  const only = new Set((f.get('only') ?? 'extract,ingest,query,http').split(','));
  const seed = f.get('seed') ?? 'claimgraph-bench';
  const keep = f.has('keep');
  const peer = !f.has('no-peer');
  const boltPort = f.has('bolt-port') ? Number(f.get('bolt-port')) : undefined;
  if (boltPort !== undefined && !(Number.isInteger(boltPort) && boltPort > 0 && boltPort < 65536)) throw new Error(`--bolt-port must be a port number, got ${f.get('bolt-port')}`);
  const results: BenchResults = { startedAt: new Date().toISOString(), argv, machine: machine(), extract: [], ingest: [], query: null, http: [] };

  const extractCount = num('extract', 100, 1000);
  if (only.has('extract') && extractCount > 0) {
    log(`extraction alone: ${extractCount} articles`);
    results.extract.push(runExtractBench(extractCount, seed, (n) => n % 500 === 0 && log(`extracted ${n}`)));
  }

  const open = (wipe: boolean): Promise<BenchDb> =>
    f.has('uri') ? connectBenchDb(f.get('uri')!) : openBenchDb({ name: f.get('db'), wipe, port: boltPort ?? BENCH_PORT, plugins: peer && (only.has('query') || only.has('http')) });
  let db: BenchDb | null = null;
  // Ctrl-C (or a kill) during a long ingestion stops the benchmark's Neo4j too; the graph resumes with --keep.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping, and stopping the benchmark's Neo4j`);
      void (db?.close() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    if (only.has('ingest')) {
      for (const scale of scales) {
        await db?.close();
        log(`ingestion: ${scale} articles into ${keep ? 'the kept' : 'an empty'} graph`);
        db = await open(!keep);
        const [{ start }] = (await db.executor.read<{ start: number }>('MATCH (a:Article) RETURN count(a) AS start')) as [{ start: number }];
        const batch = Math.min(1000, Math.max(50, Math.round(scale / 10)));
        results.ingest.push(
          await runIngestBench(db, scale, seed, {
            batchSize: batch,
            start: keep ? start : 0,
            ...(f.has('workers') ? { workers: Number(f.get('workers')) } : {}),
            onBatch: (b) => log(`  ${b.upTo}/${scale}: ${b.perSecond.toFixed(2)} articles/s`),
          }),
        );
      }
    }
    if (only.has('query') || only.has('http')) {
      db ??= await open(false);
      if (only.has('query')) {
        log('query suite');
        results.query = await runQueryBench(db, {
          iterations: num('iterations', 20, 100),
          warmup: num('warmup', 3, 10),
          peer,
          profile: (f.get('profile') ?? '').split(',').filter(Boolean),
          onProgress: log,
        });
      }
      if (only.has('http')) {
        log('HTTP load');
        results.http = await runHttpBench(db, { seconds: num('http-seconds', 5, 20), connections: num('connections', 32, 32), onProgress: log });
      }
    }
  } finally {
    await db?.close();
  }

  results.finishedAt = new Date().toISOString();
  results.machine.loadAvgAtEnd = os.loadavg().map((n) => +n.toFixed(1));
  const dir = path.join(PROJECT_ROOT, '.data', 'bench');
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  writeFileSync(path.join(dir, `results-${stamp}.json`), JSON.stringify(results, null, 2));
  const markdown = toMarkdown(results);
  writeFileSync(path.join(dir, `results-${stamp}.md`), markdown);
  process.stdout.write(`${markdown}\n`);
  log(`results in .data/bench/results-${stamp}.{json,md}`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
