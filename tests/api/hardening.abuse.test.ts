import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;
let small: TestServer;

const ARTICLE = 'President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.';

/** Posts raw JSON (so batches and odd bodies can be sent) and returns status and parsed body. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

async function stillServes(target: TestServer): Promise<void> {
  const res = await target.gql('{ articles(first: 1) { nodes { id } } }');
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  small = await startTestServer({ env: { MAX_BODY_BYTES: String(64 * 1024), MAX_PAGE_SIZE: '5', NEO4J_QUERY_TIMEOUT_MS: '2000' } });
  const res = await server.gql(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId } }`, { i: { content: ARTICLE, id: 'abuse-1', outlet: 'Reuters' } });
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await small?.stop();
  await server?.stop();
  await db?.close();
});

describe('abuse limits, each through HTTP', () => {
  it('refuses a request body above MAX_BODY_BYTES with 413, and keeps serving', async () => {
    const res = await post(small.url, { query: '{ __typename }', variables: { pad: 'x'.repeat(100 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].message).toMatch(/exceeds 65536 bytes \(MAX_BODY_BYTES\)/);
    await stillServes(small);
  });

  it('refuses a query deeper than the depth limit (12)', async () => {
    let selection = 'id';
    for (let i = 0; i < 7; i++) selection = `stances(first: 1) { holder { ${selection} } }`;
    const res = await server.gql(`{ actors(first: 1) { nodes { ${selection} } } }`);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.message).toMatch(/depth limit of 12/i);
    expect(res.data).toBeUndefined();
  });

  it('refuses a query whose cost is above the cost limit', async () => {
    const res = await server.gql('{ articles(first: 100) { nodes { stances(first: 100) { holder { stances(first: 100) { id evidence { text } } } } } } }');
    expect(res.errors?.[0]?.message).toMatch(/cost limit of 2000000 exceeded/);
    expect(res.data).toBeUndefined();
  });

  it('prices a list without `first` as the page its resolver returns, so nested default pages are refused', async () => {
    // 20 actors x 20 stances x 20 stances of each claim x 20 stances of each holder: 160,000 stances.
    const res = await server.gql('{ actors { nodes { stances { claim { stances { holder { stances { id } } } } } } } }');
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/cost limit of 2000000 exceeded, found \d+\. .*default page size \(20/);
    expect(res.data).toBeUndefined();
    const threeLevels = await server.gql('{ actors { nodes { stances { claim { stances { holder { name } } } } } } }');
    expect(threeLevels.errors).toBeUndefined();
  });

  it('counts page sizes passed as variables in the cost too (armor alone reads only literals)', async () => {
    const query = 'query($n: Int) { articles(first: $n) { nodes { stances(first: $n) { holder { stances(first: $n) { id evidence { text } } } } } } }';
    const refused = await server.gql(query, { n: 100 });
    expect(refused.errors?.[0]?.message).toMatch(/cost limit of 2000000 exceeded, found \d+/);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.data).toBeUndefined();
    const fine = await server.gql(query, { n: 2 });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: articles(first: 1) { nodes { id } }`).join(' ');
    const res = await server.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const fine = await server.gql(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(fine.errors).toBeUndefined();
  });

  it('refuses more than 20 directives and more than 5000 tokens', async () => {
    const directives = await server.gql(`{ __typename ${'@include(if: true) '.repeat(21)} }`);
    expect(directives.errors?.[0]?.message).toMatch(/Directives limit of 20 exceeded/);
    const tokens = await server.gql(`{ ${Array.from({ length: 5100 }, () => '__typename').join(' ')} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/more tha[nt] 5000 tokens/);
    expect(tokens.status).toBeLessThan(500);
  });

  it('refuses more than 50 articles in one ingestArticles call and writes none', async () => {
    const before = await db.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    const inputs = Array.from({ length: 51 }, (_, i) => ({ content: `${ARTICLE} Number ${i}.`, id: `batch-${i}` }));
    const res = await server.gql(`mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { articleId } }`, { inputs });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/at most 50 articles per call, got 51/);
    expect(await db.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n')).toEqual(before);
  });

  it('has HTTP batching off: an array of operations is refused with 400', async () => {
    const res = await post(server.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(/batch/i);
  });

  it('caps page sizes at MAX_PAGE_SIZE, on top-level and nested lists', async () => {
    const top = await small.gql('{ articles(first: 6) { nodes { id } } }');
    expect(top.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(top.errors?.[0]?.message).toMatch(/between 1 and 5, got 6/);
    const nested = await small.gql('{ articles(first: 1) { nodes { stances(first: 6) { id } } } }');
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const viaVariable = await small.gql('query($n: Int) { actors(first: $n) { nodes { id } } }', { n: 6 });
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await small.gql('{ articles(first: 5) { nodes { id } } }')).errors).toBeUndefined();
  });

  it('stops a Cypher transaction after NEO4J_QUERY_TIMEOUT_MS and answers TIMEOUT', async () => {
    const [actor] = await db.executor.read<{ id: string }>('MATCH (a:Actor) RETURN a.id AS id LIMIT 1');
    // Another transaction holds a write lock on the actor: the mutation waits for it until its own timeout.
    const session = db.driver.session();
    const tx = session.beginTransaction();
    try {
      await tx.run('MATCH (a:Actor {id: $id}) SET a.lockedByTest = true', { id: actor!.id });
      const started = performance.now();
      const res = await small.gql('mutation($id: ID!) { addAlias(actorId: $id, alias: "Locked Name") { id } }', { id: actor!.id });
      const elapsed = performance.now() - started;
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('TIMEOUT');
      expect(res.errors?.[0]?.message).toMatch(/took too long/);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      await tx.rollback();
      await session.close();
    }
    await stillServes(small);
  });
});
