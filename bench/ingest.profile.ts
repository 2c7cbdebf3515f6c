/**
 * Per-statement profile of ingestion's resolve and write on a kept benchmark graph: the next
 * `--count` articles of the corpus (after `--warmup` articles that follow them, run first and not counted) are extracted, resolved against the graph and written, each
 * write transaction rolled back, so every article meets the same graph and the graph is left as
 * it was. Each article runs twice: plain (milliseconds) and with every statement PROFILEd (db hits,
 * rows). Two builds can be compared on one graph by running this from each build in turn.
 *
 *   node dist/bench/ingest.profile.js --db=neo4j-bench-10k --bolt-port=7731 --count=30 [--warmup=3] [--corpus=10500] [--seed=...]
 *     [--plan=CANDIDATE_CLAIMS,...]   print these statements' operators (first article) too
 */
import neo4j, { type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import type { CypherExecutor, Params, Tx } from '../src/graph/executor.js';
import { toParams, toPlain } from '../src/graph/executor.js';
import { WriteRepository } from '../src/graph/repositories/write.repository.js';
import { extractArticle } from '../src/ingest/pipeline.js';
import { resolveExtraction } from '../src/services/resolution.js';
import { generateCorpus } from './corpus.generator.js';
import { openBenchDb } from './support/neo4j.js';

/** Statements are named by what their text does (the constants are private to their modules). */
const NAMES: [string, RegExp][] = [
  ['CANDIDATE_ACTORS', /ActorKey \{value: key\}\)<-\[:HAS_KEY\]/],
  ['CANDIDATE_CLAIMS', /claim_texts/],
  ['REDIRECTS', /^\s*UNWIND \$ids AS id\s+MATCH \(:Actor \{id: id\}\)-\[:MERGED_INTO/],
  ['DETACHMENTS', /Detachment \{articleId/],
  ['EXISTING_ARTICLE', /OPTIONAL MATCH \(byId:Article/],
  ['MERGE_ARTICLE', /^\s*MERGE \(a:Article \{id: \$article\.id\}\)/],
  ['MERGE_ACTORS', /MERGE \(n:Actor \{id: x\.id\}\)/],
  ['PUBLISHED_BY', /MERGE \(a\)-\[:PUBLISHED_BY\]/],
  ['CITES', /UNWIND \$sources AS src/],
  ['inferred relations', /MERGE \(to:Actor \{id: r\.to\}\)/],
  ['MERGE_KEYS', /MERGE \(k:ActorKey/],
  ['actor relations', /MATCH \(from:Actor \{id: r\.from\}\), \(to:Actor/],
  ['MERGE_CLAIMS', /MERGE \(n:Claim \{id: c\.id\}\)/],
  ['claim relations', /MATCH \(from:Claim \{id: r\.from\}\)/],
  ['MERGE_STANCES', /MERGE \(n:Stance \{id: s\.id\}\)/],
  ['RELINK_CORRECTIONS', /MATCH \(k:Correction \{articleId/],
  ['APPLY_CORRECTIONS', /MATCH \(k:Correction\)-\[:CORRECTS\]/],
  ['ADD_ARTICLE_HOPS', /MATCH \(s:Stance \{articleId: \$articleId\}\)/],
];
const nameOf = (cypher: string): string => NAMES.find(([, re]) => re.test(cypher))?.[0] ?? cypher.trim().split('\n')[0]!.slice(0, 60);

interface Sample {
  ms: number;
  /** Time the server reports (until the first record, plus streaming them); the rest is the round trip and the driver. */
  serverMs: number;
  dbHits: number;
  rows: number;
  calls: number;
}

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

/** The plan's operators with their db hits and rows, depth-first, one line each. */
function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const own = `${'  '.repeat(depth)}${plan.operatorType} hits=${plan.dbHits} rows=${plan.rows} time=${String(plan.arguments['Time'] ?? '')} ${String(plan.arguments['Details'] ?? '').slice(0, 120)}`;
  return [own, ...plan.children.flatMap((child) => planLines(child, depth + 1))];
}

class Rollback extends Error {}

/** Replaces the executor's statement runner by one that records (and optionally PROFILEs) each statement. */
function instrument(executor: CypherExecutor, state: { profile: boolean; stats: Map<string, Sample>; plans: Set<string> }): void {
  const target = executor as unknown as { wrap(managed: ManagedTransaction, mode: string): Tx };
  target.wrap = (managed: ManagedTransaction): Tx => ({
    run: async <T>(cypher: string, params: Params = {}): Promise<T[]> => {
      const started = performance.now();
      const result = await managed.run(state.profile ? `PROFILE ${cypher}` : cypher, toParams(params) as Params);
      const ms = performance.now() - started;
      const name = nameOf(cypher);
      const sample = state.stats.get(name) ?? { ms: 0, serverMs: 0, dbHits: 0, rows: 0, calls: 0 };
      if (state.profile) {
        sample.dbHits += result.summary.profile ? dbHits(result.summary.profile) : 0;
        sample.rows += result.records.length;
        if (state.plans.delete(name) && result.summary.profile) console.log(`plan of ${name}:\n${planLines(result.summary.profile).join('\n')}`);
      } else {
        sample.ms += ms;
        sample.serverMs += neo4j.integer.toNumber(result.summary.resultAvailableAfter) + neo4j.integer.toNumber(result.summary.resultConsumedAfter);
        sample.calls += 1;
      }
      state.stats.set(name, sample);
      return result.records.map((record) => toPlain(record.toObject()) as T);
    },
  });
  const writeTx = executor.writeTx.bind(executor);
  executor.writeTx = (async <R>(work: (tx: Tx) => Promise<R>): Promise<R> => {
    let result: R | undefined;
    try {
      await writeTx(async (tx) => {
        result = await work(tx);
        throw new Rollback('rolled back');
      });
    } catch (error) {
      if (!((error as { cause?: unknown }).cause instanceof Rollback) && !(error instanceof Rollback)) throw error;
    }
    return result as R;
  }) as typeof executor.writeTx;
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: string): string => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const count = Number(flag('count', '30'));
  // Warm-up articles (before the measured ones) pay for query planning and the JIT.
  const warmup = Number(flag('warmup', '3'));
  const db = await openBenchDb({ name: flag('db', 'neo4j-bench-10k'), wipe: false, port: Number(flag('bolt-port', '7731')) });
  try {
    const [{ start }] = (await db.executor.read<{ start: number }>('MATCH (a:Article) RETURN count(a) AS start')) as [{ start: number }];
    const from = Number(flag('from', String(start)));
    const corpus = Number(flag('corpus', String(Math.max(10_500, from + count))));
    // The corpus size fixes the world the articles draw from: 10,500 is what the 10k graph was extended with.
    const articles = [...generateCorpus({ count: corpus, start: from, seed: flag('seed', 'claimgraph-bench') })].slice(0, count + warmup);
    // The warm-up articles are the ones after the measured slice, run first.
    const extractions = [...articles.slice(count), ...articles.slice(0, count)].map((a) => extractArticle({ content: a.content, format: a.format }));
    const state = { profile: false, stats: new Map<string, Sample>(), plans: new Set(flag('plan', '').split(',').filter(Boolean)) };
    instrument(db.executor, state);
    const writes = new WriteRepository(db.executor);
    const phases = { resolve: 0, write: 0 };
    for (const [i, extraction] of extractions.entries()) {
      if (i === warmup) {
        state.stats.clear();
        phases.resolve = phases.write = 0;
      }
      for (const profile of [false, true]) {
        state.profile = profile;
        const t0 = performance.now();
        const resolved = await resolveExtraction(db.executor, extraction);
        const t1 = performance.now();
        await writes.writeArticle(resolved);
        if (!profile) {
          phases.resolve += t1 - t0;
          phases.write += performance.now() - t1;
        }
      }
    }
    const n = extractions.length - warmup;
    const total = [...state.stats.values()].reduce((sum, s) => sum + s.ms, 0);
    const rows = [...state.stats].sort((a, b) => b[1].ms - a[1].ms);
    console.log(`articles ${from}-${from + n - 1} of ${start} in the graph; per article, ms from the plain run, db hits and rows from the PROFILEd one`);
    console.log('| statement | share of time | ms/article | of which server | db hits/article | rows/article | calls/article |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, s] of rows) {
      console.log(`| ${name} | ${((100 * s.ms) / total).toFixed(0)}% | ${(s.ms / n).toFixed(1)} | ${(s.serverMs / n).toFixed(1)} | ${Math.round(s.dbHits / n)} | ${(s.rows / n).toFixed(1)} | ${(s.calls / n).toFixed(1)} |`);
    }
    const sum = (key: 'dbHits' | 'serverMs'): number => [...state.stats.values()].reduce((acc, s) => acc + s[key], 0);
    console.log(`| all statements | 100% | ${(total / n).toFixed(1)} | ${(sum('serverMs') / n).toFixed(1)} | ${Math.round(sum('dbHits') / n)} | | |`);
    console.log(`resolve ${(phases.resolve / n).toFixed(1)} ms/article, write transaction ${(phases.write / n).toFixed(1)} ms/article (rolled back)`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
