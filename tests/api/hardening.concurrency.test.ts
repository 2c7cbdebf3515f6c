import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedArticle } from '../../bench/corpus.generator.js';
import { startApp, type App } from '../../src/app.js';
import { openTestDb, testConfig, type TestDb } from '../helpers/db.js';

let db: TestDb;
let app: App;
// Errors the service logs (with their causes), shown when an ingest fails.
const errorLog: string[] = [];
const server = {
  gql: async (query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }> => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: any[] };
  },
};

// Overlapping articles: the same stories re-reported by several outlets, the same actors and claims.
const ARTICLES: GeneratedArticle[] = [...generateCorpus({ count: 24, seed: 'hardening-concurrency', words: 260 })];
const INGEST = `mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId status } }`;

async function ingestAll(concurrently: boolean): Promise<string[]> {
  const one = async (a: GeneratedArticle): Promise<string> => {
    const res = await server.gql(INGEST, { i: { content: a.content, format: a.format, id: `conc-${a.index}` } });
    expect(res.errors, `${JSON.stringify(res.errors)}\n${errorLog.slice(-3).join('\n')}`).toBeUndefined();
    return res.data!.ingestArticle.status as string;
  };
  if (concurrently) return Promise.all(ARTICLES.map(one));
  const out: string[] = [];
  for (const a of ARTICLES) out.push(await one(a));
  return out;
}

/** What the graph holds, label by label, plus relationships. */
async function shape(): Promise<Record<string, number>> {
  // The Migration node records how the database was set up (applySchema), not what was ingested.
  const rows = await db.executor.read<{ label: string; n: number }>('MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const [rels] = await db.executor.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return { ...Object.fromEntries(rows.map((r) => [r.label, r.n])), relationships: rels!.n };
}

async function duplicates(): Promise<Record<string, unknown[]>> {
  return {
    // Anonymous sources and groups named by a description are scoped to their article by design, their id
    // ending in "@<article hash>" ("five officials" or "the voters" in two articles are not one group).
    actorsByName: await db.executor.read(`MATCH (a:Actor) WHERE NOT (a)-[:MERGED_INTO]->() AND NOT a.id CONTAINS '@' WITH a.type AS type, toLower(a.name) AS name, collect(a.id) AS ids WHERE size(ids) > 1 RETURN type, name, ids`),
    claimsByText: await db.executor.read('MATCH (c:Claim) WITH toLower(c.text) AS text, collect(c.id) AS ids WHERE size(ids) > 1 RETURN text, ids'),
    outletsByName: await db.executor.read('MATCH (o:Outlet) WITH toLower(o.name) AS name, collect(o.id) AS ids WHERE size(ids) > 1 RETURN name, ids'),
    outletsByDomain: await db.executor.read('MATCH (o:Outlet) WHERE o.domain IS NOT NULL WITH o.domain AS domain, collect(o.id) AS ids WHERE size(ids) > 1 RETURN domain, ids'),
    keys: await db.executor.read('MATCH (k:ActorKey) WITH k.value AS value, count(*) AS n WHERE n > 1 RETURN value, n'),
    stancesWithoutHolder: await db.executor.read('MATCH (s:Stance) WHERE NOT ()-[:HOLDS]->(s) OR NOT (s)-[:IN]->(:Article) RETURN s.id AS id'),
    // REPORTS counts must equal the chains they aggregate, however the writes interleaved.
    reportsOffChains: await db.executor.read(`
      CALL () { MATCH (s:Stance)-[v:VIA]->(a:Actor), (s)-[x:VIA]->(b:Actor)
        WHERE NOT coalesce(s.rejected, false) AND x.position = v.position + 1 AND a <> b
        RETURN a.id + '>' + b.id AS pair, count(DISTINCT s) AS n
        UNION ALL
        MATCH (a:Actor)-[r:REPORTS]->(b:Actor) RETURN a.id + '>' + b.id AS pair, -r.count AS n }
      WITH pair, sum(n) AS off, count(*) AS rows WHERE off <> 0 OR rows <> 2
      RETURN pair, off, rows`),
  };
}

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      errorLog.push(chunk.toString().slice(0, 3000));
      done();
    },
  });
  app = await startApp(testConfig(), pino({ level: 'error' }, sink), { seed: false });
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('concurrent ingests of overlapping articles', () => {
  let concurrent: Record<string, number> = {};

  it('all succeed and leave no duplicate actors, claims, outlets or keys', async () => {
    const statuses = await ingestAll(true);
    expect(statuses.every((s) => s === 'created')).toBe(true);
    expect(await duplicates()).toEqual({ actorsByName: [], claimsByText: [], outletsByName: [], outletsByDomain: [], keys: [], stancesWithoutHolder: [], reportsOffChains: [] });
    concurrent = await shape();
    expect(concurrent.Article).toBe(ARTICLES.length);
    expect(concurrent.Stance).toBeGreaterThan(0);
  }, 180_000);

  it('ingesting the same articles again, all at once, changes nothing', async () => {
    const statuses = await ingestAll(true);
    expect(statuses.every((s) => s === 'unchanged')).toBe(true);
    expect(await shape()).toEqual(concurrent);
  }, 180_000);

  it('builds the same graph as ingesting them one by one', async () => {
    await db.clear();
    await ingestAll(false);
    expect(await duplicates()).toMatchObject({ actorsByName: [], claimsByText: [], outletsByName: [], reportsOffChains: [] });
    expect(await shape()).toEqual(concurrent);
  }, 180_000);
});
