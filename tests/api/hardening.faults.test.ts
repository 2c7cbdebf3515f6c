import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { createDriver } from '../../src/graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded.js';
import { createLogger } from '../../src/logger.js';
import { testConfig } from '../helpers/db.js';

// A Neo4j of this file's own, stopped and restarted under the service: never the shared test database.
const PORT = Number(process.env.TEST_FAULTS_BOLT_PORT ?? 7796);
const DATA_DIR = path.resolve('.data', `neo4j-test-faults-${PORT}`);
const URI = `bolt://127.0.0.1:${PORT}`;
const settings = { host: '127.0.0.1', port: PORT, dataDir: DATA_DIR, heap: '512m', pageCache: '64m' };

const FIRST = 'President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.\n\nGerman officials rejected the proposal on Tuesday.';
const SECOND = 'Chancellor Olaf Scholz said Germany would not back the new French plan, Reuters reported.\n\nPresident Emmanuel Macron said France was disappointed.';

let neo4j: EmbeddedNeo4j | null = null;
let app: App | null = null;

async function gql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: any; errors?: any[] }> {
  const response = await fetch(`${app!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

async function health(): Promise<{ status: number; body: any }> {
  const response = await fetch(`${app!.url}/health`);
  return { status: response.status, body: await response.json() };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const INGEST = `mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId status } }`;

async function articleIds(): Promise<string[]> {
  const driver = createDriver(URI, testConfig({ NEO4J_URI: URI }).neo4j);
  try {
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    return records.map((r) => r.get('id') as string);
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  await app?.stop();
  await neo4j?.stop();
});

describe('faults, with a real Neo4j stopped and started under the service', () => {
  it('comes up before the database: /health is 503 and GraphQL DATABASE_UNAVAILABLE until Neo4j is there, then it works', async () => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    app = await startApp(testConfig({ NEO4J_URI: URI }), createLogger('silent'), { seed: false, waitForDatabase: false });
    const early = await health();
    expect(early.status).toBe(503);
    expect(early.body).toMatchObject({ status: 'starting', service: 'up', database: { status: 'connecting' } });
    const refused = await gql('{ articles(first: 1) { nodes { id } } }');
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    neo4j = await startEmbeddedNeo4j(settings);
    await until(async () => (await health()).status === 200, 90_000, '/health to turn 200');
    expect((await health()).body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    const first = await gql(INGEST, { i: { content: FIRST, id: 'fault-1', outlet: 'Reuters' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle.status).toBe('created');
  }, 180_000);

  it('fails an ingest cleanly with DATABASE_UNAVAILABLE when Neo4j dies in the middle of it, keeps no partial article, and a retry succeeds once it is back', async () => {
    // Hold a write lock on an actor the second article also writes, so its transaction is open and waiting when Neo4j dies.
    const locker = createDriver(URI, testConfig({ NEO4J_URI: URI }).neo4j);
    const session = locker.session();
    const tx = session.beginTransaction();
    await tx.run(`MATCH (a:Actor) WHERE a.name CONTAINS 'Macron' SET a.lockedByTest = true`);
    const pending = gql(INGEST, { i: { content: SECOND, id: 'fault-2', outlet: 'Reuters' } });
    await until(
      async () => {
        const { records } = await locker.executeQuery(`SHOW TRANSACTIONS YIELD status, currentQuery WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n`);
        return Number(records[0]!.get('n')) > 0;
      },
      30_000,
      'the ingest transaction to block on the lock',
    );
    process.kill(neo4j!.pid, 'SIGKILL');
    await neo4j!.stop();
    await locker.close().catch(() => {});

    const failed = await pending;
    expect(failed.errors?.[0]?.extensions?.code, JSON.stringify(failed.errors)).toBe('DATABASE_UNAVAILABLE');
    expect(failed.data?.ingestArticle ?? null).toBeNull();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.database.status).toBe('down');
    const refused = await gql(INGEST, { i: { content: SECOND, id: 'fault-2', outlet: 'Reuters' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    neo4j = await startEmbeddedNeo4j(settings);
    expect(await articleIds()).toEqual(['fault-1']);
    await until(async () => (await health()).status === 200, 60_000, '/health to turn 200 again');
    const retried = await gql(INGEST, { i: { content: SECOND, id: 'fault-2', outlet: 'Reuters' } });
    expect(retried.errors, JSON.stringify(retried.errors)).toBeUndefined();
    expect(retried.data.ingestArticle.status).toBe('created');
    expect(await articleIds()).toEqual(['fault-1', 'fault-2']);
    const again = await gql(INGEST, { i: { content: SECOND, id: 'fault-2', outlet: 'Reuters' } });
    expect(again.data.ingestArticle.status).toBe('unchanged');
  }, 240_000);
});
