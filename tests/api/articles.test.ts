import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { StoryBuilder } from '../helpers/story.js';

let db: TestDb;
let server: TestServer;

/** Writes `n` small articles, one per day, each with stances by two actors. */
async function writeArticles(n: number, offset = 0): Promise<void> {
  for (let i = offset; i < offset + n; i++) {
    const day = String(1 + i).padStart(2, '0');
    const text = `Freedonia backed plan ${i}. Sylvania rejected plan ${i} outright.`;
    const extraction = new StoryBuilder({ id: `a${String(i).padStart(3, '0')}`, text, outlet: i % 2 ? 'Morning Post' : 'Evening Star', publishedAt: `2026-01-${day}T08:00:00.000Z` })
      .actor('f', 'Freedonia', 'STATE')
      .actor('s', 'Sylvania', 'STATE')
      .claim('p', `plan ${i} should go ahead`, `plan ${i}`)
      .stance('f', { claim: 'p' }, 'SUPPORT', 'backed', `Freedonia backed plan ${i}.`)
      .stance('s', { claim: 'p' }, 'OPPOSE', 'rejected', `Sylvania rejected plan ${i} outright.`)
      .build();
    const resolved = await resolveExtraction(db.executor, extraction);
    await server.app.services.repos.writes.writeArticle(resolved);
  }
}

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  await writeArticles(6);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('articles through GraphQL', () => {
  it('pages newest first with keyset cursors, and counts only when asked', async () => {
    const query = `query($after: String) { articles(first: 4, after: $after) { nodes { id publishedAt outlet { name } } pageInfo { hasNextPage endCursor } } }`;
    const first = await server.gql(query);
    expect(first.errors).toBeUndefined();
    expect(first.data!.articles.nodes.map((a: { id: string }) => a.id)).toEqual(['a005', 'a004', 'a003', 'a002']);
    expect(first.data!.articles.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(query, { after: first.data!.articles.pageInfo.endCursor });
    expect(second.data!.articles.nodes.map((a: { id: string }) => a.id)).toEqual(['a001', 'a000']);
    expect(second.data!.articles.pageInfo.hasNextPage).toBe(false);
    const counted = await server.gql('{ articles(first: 1) { totalCount } }');
    expect(counted.data!.articles.totalCount).toBe(6);
  });

  it('filters by outlet and date range', async () => {
    const outlets = await server.gql(`{ actors(type: MEDIA) { nodes { id name } } }`);
    const star = outlets.data!.actors.nodes.find((o: { name: string }) => o.name === 'Evening Star');
    const res = await server.gql(`query($o: ID, $from: DateTimeISO, $to: DateTimeISO) { articles(outletId: $o, from: $from, to: $to) { nodes { id } } }`, {
      o: star.id,
      from: '2026-01-02T00:00:00Z',
      to: '2026-01-06T00:00:00Z',
    });
    expect(res.data!.articles.nodes.map((a: { id: string }) => a.id)).toEqual(['a004', 'a002']);
  });

  it('answers NOT_FOUND for an unknown article and BAD_USER_INPUT for a bad cursor or page size', async () => {
    const missing = await server.gql('{ article(id: "nope") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cursor = await server.gql('{ articles(after: "garbage") { nodes { id } } }');
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const size = await server.gql('{ articles(first: 101) { nodes { id } } }');
    expect(size.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(size.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it('reports the service and the database in /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', service: 'up', database: { status: 'up', agent: expect.stringMatching(/^Neo4j\/5/) } });
  });
});

describe('DataLoader batching', () => {
  const NESTED = `{ articles(first: 50) { nodes { id stances { polarity holder { name stances(first: 50) { claim { text } } } } } } }`;

  async function roundTrips(): Promise<{ trips: number; stances: number }> {
    const before = server.app.services.db.roundTrips;
    const res = await server.gql(NESTED);
    expect(res.errors).toBeUndefined();
    const stances = res.data!.articles.nodes.flatMap((a: { stances: unknown[] }) => a.stances).length;
    return { trips: server.app.services.db.roundTrips - before, stances };
  }

  it('issues a number of Cypher round trips bounded by the depth of the query, not by the number of results', async () => {
    const small = await roundTrips();
    await writeArticles(12, 6);
    const large = await roundTrips();
    expect(large.stances).toBe(3 * small.stances);
    expect(large.trips).toBe(small.trips);
    // articles page, stances per article (with their links and holders), holders' stances (with their links and claims)
    expect(small.trips).toBe(3);
  });
});
