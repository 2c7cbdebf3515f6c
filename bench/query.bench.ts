import { fulltextQuery } from '../src/graph/repositories/fulltext.js';
import { createLogger } from '../src/logger.js';
import { createServices } from '../src/services/services.js';
import { captureStatements, profile, type Profile } from './query/profile.js';
import { claimgraphRunner, floorRunner, peerRunner, type Runner } from './query/runners.js';
import { PHRASES, SUITE, type QueryCase } from './query/suite.js';
import type { BenchDb } from './support/neo4j.js';
import { percentile } from './support/stats.js';

export const IMPLS = ['floor', 'claimgraph', 'peer'] as const;
export type Impl = (typeof IMPLS)[number];

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  firstError: string | null;
  /** Size of the JSON answer of the first measured run: a check that the three answer at comparable size. */
  bytes: number;
}

export interface CaseResult {
  name: string;
  question: string;
  peerNote: string;
  latency: Record<Impl, Latency | null>;
}

export interface QueryBenchResult {
  articles: number;
  iterations: number;
  warmup: number;
  cases: CaseResult[];
  /** The slowest claimgraph query first, then those asked for by name: each statement PROFILEd, and the floor. */
  profiles: { name: string; statements: Profile[] }[];
}

interface Sample {
  actorIds: string[];
  claimIds: string[];
}

/** Parameters spread over the popularity range: every tenth of the 200 busiest actors and most-reported claims. */
async function sample(db: BenchDb): Promise<Sample> {
  const spread = <T>(rows: T[]): T[] => rows.filter((_, i) => i % 10 === 0);
  const actors = await db.executor.read<{ id: string }>(
    'MATCH (x:Actor)-[:HOLDS]->(s:Stance) WITH x, count(s) AS n ORDER BY n DESC, x.id LIMIT 200 RETURN x.id AS id',
  );
  const claims = await db.executor.read<{ id: string }>(
    'MATCH (c:Claim)-[:APPEARS_IN]->(a:Article) WITH c, count(a) AS n ORDER BY n DESC, c.id LIMIT 200 RETURN c.id AS id',
  );
  return { actorIds: spread(actors.map((r) => r.id)), claimIds: spread(claims.map((r) => r.id)) };
}

function paramsFor(test: QueryCase, s: Sample, i: number): Record<string, unknown> {
  switch (test.param) {
    case 'actorId':
      return { id: s.actorIds[i % s.actorIds.length] };
    case 'claimId':
      return { id: s.claimIds[i % s.claimIds.length] };
    case 'phrase': {
      // The floor and the peer query the full-text index (Lucene syntax); claimgraph takes the words and builds that query itself.
      const phrase = PHRASES[i % PHRASES.length]!;
      return { q: fulltextQuery(phrase), phrase };
    }
    case 'none':
      return {};
  }
}

function sourceOf(test: QueryCase, impl: Impl): string {
  return impl === 'floor' ? test.floor : impl === 'claimgraph' ? test.claimgraph : test.peer;
}

/**
 * The query suite against one database, the three implementations interleaved in one run
 * (rotating which goes first) so that background load and caches fall on all of them alike.
 */
export async function runQueryBench(
  db: BenchDb,
  options: { iterations: number; warmup: number; peer: boolean; profile?: string[]; onProgress?: (line: string) => void },
): Promise<QueryBenchResult> {
  const services = createServices(db.config, db.executor, createLogger('silent'));
  const peer = options.peer ? await peerRunner(db.uri) : null;
  const runners: Partial<Record<Impl, Runner>> = {
    floor: floorRunner(db.driver),
    claimgraph: await claimgraphRunner(services),
    ...(peer ? { peer: peer.run } : {}),
  };
  try {
    const s = await sample(db);
    const [{ articles }] = (await db.executor.read<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles')) as [{ articles: number }];
    const samples = new Map<string, number[]>();
    const errors = new Map<string, { count: number; first: string }>();
    const bytes = new Map<string, number>();
    const total = options.warmup + options.iterations;
    for (let i = 0; i < total; i++) {
      for (const test of SUITE) {
        const params = paramsFor(test, s, i);
        const order = IMPLS.map((_, k) => IMPLS[(i + k) % IMPLS.length]!).filter((impl) => runners[impl]);
        for (const impl of order) {
          const key = `${test.name}|${impl}`;
          const started = performance.now();
          try {
            const result = await runners[impl]!(sourceOf(test, impl), params);
            const ms = performance.now() - started;
            if (i >= options.warmup) {
              samples.set(key, [...(samples.get(key) ?? []), ms]);
              if (!bytes.has(key)) bytes.set(key, JSON.stringify(result).length);
            }
          } catch (error) {
            const e = errors.get(key) ?? { count: 0, first: (error as Error).message.slice(0, 300) };
            e.count++;
            errors.set(key, e);
          }
        }
      }
      if ((i + 1) % 10 === 0) options.onProgress?.(`queries: ${i + 1}/${total} rounds`);
    }
    const cases: CaseResult[] = SUITE.map((test) => ({
      name: test.name,
      question: test.question,
      peerNote: test.peerNote,
      latency: Object.fromEntries(
        IMPLS.map((impl) => {
          const key = `${test.name}|${impl}`;
          const times = samples.get(key) ?? [];
          const err = errors.get(key);
          if (!runners[impl]) return [impl, null];
          return [impl, {
            n: times.length,
            p50: percentile(times, 50),
            p99: percentile(times, 99),
            mean: times.reduce((a, b) => a + b, 0) / (times.length || 1),
            errors: err?.count ?? 0,
            firstError: err?.first ?? null,
            bytes: bytes.get(key) ?? 0,
          }];
        }),
      ) as Record<Impl, Latency | null>,
    }));
    const slowest = [...cases].sort((a, b) => (b.latency.claimgraph?.p50 ?? 0) - (a.latency.claimgraph?.p50 ?? 0))[0];
    const names = [...new Set([...(slowest ? [slowest.name] : []), ...(options.profile ?? [])])];
    const profiles: QueryBenchResult['profiles'] = [];
    for (const test of names.map((name) => SUITE.find((t) => t.name === name)).filter((t) => t !== undefined)) {
      const statements = await captureStatements(db.executor, () => runners.claimgraph!(test.claimgraph, paramsFor(test, s, 0)));
      const profiled: Profile[] = [];
      for (const statement of statements) profiled.push(await profile(db.driver, statement));
      profiled.push({ ...(await profile(db.driver, { cypher: test.floor, params: paramsFor(test, s, 0) })), cypher: `-- floor --\n${test.floor.trim()}` });
      profiles.push({ name: test.name, statements: profiled });
    }
    return { articles, iterations: options.iterations, warmup: options.warmup, cases, profiles };
  } finally {
    await peer?.close();
  }
}
