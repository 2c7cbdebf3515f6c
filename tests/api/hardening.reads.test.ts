import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;

const ARTICLE_ID = 'reads-1';
const MACRON = 'President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.';
const SCHOLZ = 'Chancellor Olaf Scholz said Germany would back the ceasefire plan, according to Reuters.';
const STANCES = '{ stances(first: 10) { nodes { id holder { name } article { id } } } }';

async function ingest(content: string): Promise<void> {
  const res = await server.gql('mutation($i: ArticleInput!) { ingestArticle(input: $i) { status } }', { i: { content, id: ARTICLE_ID, outlet: 'Reuters' } });
  expect(res.errors).toBeUndefined();
}

/**
 * Runs `write` once, just before the next call of `target[method]`: a real write to Neo4j between
 * two reads of one GraphQL request (the list read before it, this read after it).
 */
function writeBefore<T extends object>(target: T, method: keyof T & string, write: () => Promise<void>): void {
  const original = target[method] as (...args: unknown[]) => Promise<unknown>;
  Object.assign(target, {
    [method]: async (...args: unknown[]) => {
      Object.assign(target, { [method]: original });
      await write();
      return original.apply(target, args);
    },
  });
}

beforeAll(async () => {
  db = await openTestDb();
  server = await startTestServer();
});
beforeEach(async () => {
  await db.clear();
  await ingest(MACRON);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('a node deleted between two reads of one request', () => {
  it('answers NOT_FOUND for a stance a re-ingest deleted after the list was read, and the retry sees the new article', async () => {
    writeBefore(server.app.services.repos.stances, 'links', () => ingest(SCHOLZ));
    const raced = await server.gql(STANCES);
    expect(raced.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL');
    expect(raced.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(raced.errors?.[0]?.message).toMatch(/^stance ".+" was deleted while this request was reading it .*; retry the query$/);
    // Stance.holder is non-null, so the error nulls the list it is in, up to `data`: no stale half-answer.
    expect(raced.data ?? null).toBeNull();

    const retried = await server.gql(STANCES);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.stances.nodes.map((s: { holder: { name: string } }) => s.holder.name)).toContain('Olaf Scholz');
    expect(JSON.stringify(retried.data)).not.toMatch(/Macron/);
  });

  it('answers NOT_FOUND, not INTERNAL "holder missing", when the holder is deleted after the stance links were read', async () => {
    const [holder] = await db.executor.read<{ id: string }>("MATCH (x:Actor {name: 'Emmanuel Macron'})-[:HOLDS]->(:Stance) RETURN x.id AS id LIMIT 1");
    expect(holder).toBeDefined();
    writeBefore(server.app.services.repos.actors, 'byIds', async () => {
      await db.executor.write('MATCH (x:Actor {id: $id}) DETACH DELETE x', { id: holder!.id });
    });
    const raced = await server.gql(STANCES);
    expect(raced.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(raced.errors?.[0]?.message).toMatch(new RegExp(`^actor "${holder!.id}" \\(holder of stance ".+"\\) was deleted while this request was reading it`));
    expect(raced.errors?.[0]?.extensions?.details).toEqual({ id: holder!.id });
    expect((raced.errors?.[0] as { path?: unknown[] } | undefined)?.path).toContain('holder');
  });

  it('answers NOT_FOUND when the article is deleted after its stances were read', async () => {
    writeBefore(server.app.services.repos.articles, 'byIds', async () => {
      const res = await server.gql('mutation($id: ID!) { deleteArticle(id: $id) }', { id: ARTICLE_ID });
      expect(res.data?.deleteArticle).toBe(true);
    });
    const raced = await server.gql('{ stances(first: 10) { nodes { id article { id } } } }');
    expect(raced.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(raced.errors?.[0]?.message).toMatch(new RegExp(`^article "${ARTICLE_ID}" \\(of stance ".+"\\) was deleted while this request was reading it`));
  });
});
