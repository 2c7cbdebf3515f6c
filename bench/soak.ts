/**
 * Soak: concurrent reads and ingests against the real service on loopback for a fixed time, then
 * an integrity check of the graph. Exits 1 on any request error or integrity failure.
 *
 *   npm run build && node dist/bench/soak.js [--seconds 45] [--readers 6] [--writers 3]
 *
 * Uses its own embedded Neo4j (port 7797, .data/neo4j-soak, wiped first).
 */
import 'reflect-metadata';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { generateArticle } from './corpus.generator.js';
import { World } from './corpus/world.js';
import { graphCounts, openBenchDb } from './support/neo4j.js';
import { percentile } from './support/stats.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 45);
const READERS = arg('readers', 6);
const WRITERS = arg('writers', 3);
const CORPUS = 2_000;
const SEED = 'claimgraph-soak';

const READS: [string, string, (ids: string[]) => Record<string, unknown>][] = [
  ['articles', '{ articles(first: 20) { nodes { id title outlet { name } } pageInfo { hasNextPage } } }', () => ({})],
  ['article', 'query($id: ID!) { article(id: $id) { id title stances { polarity holder { name } claim { text } evidence { start end text } } } }', (ids) => ({ id: ids[Math.floor(Math.random() * ids.length)] })],
  ['actors', '{ actors(first: 20, type: PERSON) { nodes { id name stances(first: 5) { polarity } } } }', () => ({})],
  ['search', 'query($q: String!) { actors(search: $q, first: 10) { nodes { id name } } }', () => ({ q: ['Macron', 'minister', 'Reuters', 'officials', 'president'][Math.floor(Math.random() * 5)] })],
  ['whoSaid', 'query($q: String!) { whoSaid(query: $q, first: 5) { score claim { text } stances { holder { name } } } }', () => ({ q: ['ceasefire', 'sanctions', 'talks', 'plan'][Math.floor(Math.random() * 4)] })],
];
const INGEST = 'mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId status } }';

interface Tally {
  ok: number;
  errors: Map<string, number>;
  ms: number[];
}
const tally = (): Tally => ({ ok: 0, errors: new Map(), ms: [] });

async function main(): Promise<number> {
  const bench = await openBenchDb({ name: 'neo4j-soak', port: 7797, heap: '1g', pageCache: '256m' });
  const config = loadConfig({ NEO4J_URI: bench.uri, PORT: '0', LOG_LEVEL: 'warn', NEO4J_PASSWORD: 'unused' });
  const app = await startApp(config, createLogger('warn'), { seed: false });
  const world = new World(SEED, CORPUS);
  const mix = { markdown: 0.45, html: 0.1, targetWords: 500 };
  const post = async (query: string, variables: Record<string, unknown>, t: Tally, label: string): Promise<any> => {
    const started = performance.now();
    try {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: any; errors?: { message?: string; extensions?: { code?: string } }[] };
      t.ms.push(performance.now() - started);
      if (response.status !== 200 || body.errors) {
        const key = `${label}: ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}`;
        if (!t.errors.has(key)) process.stderr.write(`first ${key}: ${body.errors?.[0]?.message ?? ''}\n`);
        t.errors.set(key, (t.errors.get(key) ?? 0) + 1);
        return null;
      }
      t.ok++;
      return body.data;
    } catch (error) {
      const key = `${label}: ${(error as Error).message}`;
      t.errors.set(key, (t.errors.get(key) ?? 0) + 1);
      return null;
    }
  };

  // A first handful so readers have articles to ask for.
  const ingested = new Map<string, string>();
  const writes = tally();
  for (let index = 0; index < 10; index++) {
    const a = generateArticle(world, index, mix);
    const data = await post(INGEST, { i: { content: a.content, format: a.format, id: `soak-${a.index}` } }, writes, 'ingest');
    if (data) ingested.set(`soak-${a.index}`, data.ingestArticle.status);
  }
  let next = 10;
  const reads = tally();
  const statuses = new Map<string, number>();
  const deadline = Date.now() + SECONDS * 1000;
  const reader = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const [name, query, vars] = READS[Math.floor(Math.random() * READS.length)]!;
      await post(query, vars([...ingested.keys()]), reads, name);
    }
  };
  let writesStarted = 0;
  const writer = async (): Promise<void> => {
    while (Date.now() < deadline) {
      // One in four re-sends an article already in: it must come back "unchanged".
      const again = writesStarted++ % 4 === 3 && ingested.size > 0;
      const index = again ? Number([...ingested.keys()][Math.floor(Math.random() * ingested.size)]!.slice(5)) : next++;
      const a = generateArticle(world, index, mix);
      const data = await post(INGEST, { i: { content: a.content, format: a.format, id: `soak-${index}` } }, writes, 'ingest');
      if (!data) continue;
      const status = data.ingestArticle.status as string;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (again && status !== 'unchanged') writes.errors.set(`re-ingest gave ${status}`, (writes.errors.get(`re-ingest gave ${status}`) ?? 0) + 1);
      ingested.set(`soak-${index}`, status);
    }
  };
  const started = performance.now();
  await Promise.all([...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, writer)]);
  const seconds = (performance.now() - started) / 1000;

  // Integrity: every ingested article is there once; no duplicates; every stance is whole; spans are exact.
  const db = bench.executor;
  const problems: Record<string, unknown> = {};
  const [articles] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  if (articles!.n !== ingested.size) problems.articles = { inGraph: articles!.n, ingested: ingested.size };
  const checks: [string, string][] = [
    ['duplicateActors', `MATCH (a:Actor) WHERE a.type <> 'ANONYMOUS_SOURCE' AND NOT (a)-[:MERGED_INTO]->() WITH a.type AS t, toLower(a.name) AS n, count(*) AS c WHERE c > 1 RETURN t, n, c`],
    ['duplicateClaims', 'MATCH (c:Claim) WITH toLower(c.text) AS t, count(*) AS c WHERE c > 1 RETURN t, c'],
    ['duplicateOutlets', 'MATCH (o:Outlet) WITH toLower(o.name) AS n, count(*) AS c WHERE c > 1 RETURN n, c'],
    ['brokenStances', 'MATCH (s:Stance) WHERE NOT ()-[:HOLDS]->(s) OR NOT (s)-[:IN]->(:Article) OR NOT (s)-[:ON]->() RETURN s.id AS id LIMIT 10'],
    ['inexactEvidence', 'MATCH (s:Stance)-[:IN]->(a:Article) WHERE substring(a.text, s.evidenceStart, s.evidenceEnd - s.evidenceStart) <> s.evidence RETURN s.id AS id LIMIT 10'],
    ['inexactAppearances', 'MATCH (:Claim)-[r:APPEARS_IN]->(a:Article) WHERE substring(a.text, r.start, r.end - r.start) <> r.text RETURN a.id AS id LIMIT 10'],
    ['orphanClaims', 'MATCH (c:Claim) WHERE NOT (c)-[:APPEARS_IN]->() RETURN c.id AS id LIMIT 10'],
  ];
  for (const [name, cypher] of checks) {
    const rows = await db.read(cypher);
    if (rows.length > 0) problems[name] = rows;
  }
  const counts = await graphCounts(db);
  const summarize = (t: Tally): Record<string, unknown> => ({
    ok: t.ok,
    errors: Object.fromEntries(t.errors),
    perSecond: +(t.ok / seconds).toFixed(1),
    msP50: +percentile(t.ms, 50).toFixed(1),
    msP95: +percentile(t.ms, 95).toFixed(1),
    msP99: +percentile(t.ms, 99).toFixed(1),
  });
  const metrics = (await app.metrics.render()).body.split('\n').filter((l) => /^claimgraph_(ingest_articles_total|graphql_errors_total|neo4j_queries_total)/.test(l));
  const report = {
    seconds: +seconds.toFixed(1),
    readers: READERS,
    writers: WRITERS,
    reads: summarize(reads),
    ingests: { ...summarize(writes), statuses: Object.fromEntries(statuses) },
    graph: counts,
    integrity: Object.keys(problems).length === 0 ? 'ok' : problems,
    metrics,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  await app.stop();
  await bench.close();
  return reads.errors.size + writes.errors.size + Object.keys(problems).length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`soak failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
