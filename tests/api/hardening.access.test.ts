import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const KEY = 'test-key-0123456789';
let db: TestDb;
let server: TestServer;
let closed: TestServer;

const ARTICLE = 'President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.\n\nGerman officials rejected the proposal on Tuesday.';

async function nodeCount(): Promise<number> {
  const [row] = await db.executor.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  return row!.n;
}

let actorId = '';
let otherActorId = '';
let stanceId = '';

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer({ env: { CLAIMGRAPH_API_KEY: KEY } });
  closed = await startTestServer({ env: { GRAPHQL_INTROSPECTION: 'false' } });
  const res = await server.gql(`mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId } }`, { i: { content: ARTICLE, id: 'access-1', outlet: 'Reuters' } }, { authorization: `Bearer ${KEY}` });
  expect(res.errors).toBeUndefined();
  const [stance] = await db.executor.read<{ stance: string; holder: string }>('MATCH (h:Actor)-[:HOLDS]->(s:Stance) RETURN s.id AS stance, h.id AS holder LIMIT 1');
  stanceId = stance!.stance;
  actorId = stance!.holder;
  const [other] = await db.executor.read<{ id: string }>('MATCH (a:Actor) WHERE a.id <> $id RETURN a.id AS id LIMIT 1', { id: actorId });
  otherActorId = other!.id;
});
afterAll(async () => {
  await closed?.stop();
  await server?.stop();
  await db?.close();
});

describe('writes need the API key when CLAIMGRAPH_API_KEY is set; reads stay open', () => {
  const mutations: [string, () => [string, Record<string, unknown>]][] = [
    ['ingestArticle', () => [`mutation($i: ArticleInput!) { ingestArticle(input: $i) { articleId } }`, { i: { content: `${ARTICLE} More.`, id: 'access-2' } }]],
    ['ingestArticles', () => [`mutation($i: [ArticleInput!]!) { ingestArticles(inputs: $i) { articleId } }`, { i: [{ content: `${ARTICLE} Again.`, id: 'access-3' }] }]],
    ['addAlias', () => [`mutation($id: ID!) { addAlias(actorId: $id, alias: "Le Président") { id } }`, { id: actorId }]],
    ['correctStance', () => [`mutation($id: ID!) { correctStance(stanceId: $id, polarity: OPPOSE, note: "test") { id } }`, { id: stanceId }]],
    ['mergeActors', () => [`mutation($k: ID!, $m: ID!) { mergeActors(keepId: $k, mergeId: $m) { id } }`, { k: actorId, m: otherActorId }]],
    ['unmergeActors', () => [`mutation($m: ID!) { unmergeActors(mergedId: $m) { id } }`, { m: otherActorId }]],
    ['detachMention', () => [`mutation($a: ID!) { detachMention(actorId: $a, articleId: "access-1") { id } }`, { a: actorId }]],
    ['deleteArticle', () => [`mutation { deleteArticle(id: "access-1") }`, {}]],
  ];

  for (const [name, build] of mutations) {
    it(`${name}: refused without the key or with a wrong one (nothing written), done with the key`, async () => {
      const [query, variables] = build();
      const before = await nodeCount();
      for (const headers of [{}, { authorization: 'Bearer wrong-key' }, { 'x-api-key': 'wrong-key' }, { authorization: KEY }]) {
        const res = await server.gql(query, variables, headers);
        expect(res.errors?.[0]?.extensions?.code, `${name} with ${JSON.stringify(headers)}`).toBe('UNAUTHENTICATED');
        expect(res.errors?.[0]?.message).toMatch(/needs the API key/);
      }
      expect(await nodeCount()).toBe(before);
      const headers = name === 'addAlias' ? { 'x-api-key': KEY } : { authorization: `Bearer ${KEY}` };
      const ok = await server.gql(query, variables, headers);
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    });
  }

  it('answers reads without a key', async () => {
    const res = await server.gql('{ articles(first: 5) { nodes { id title } } actors(first: 5) { nodes { id name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.actors.nodes.length).toBeGreaterThan(0);
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple GET without a preflight header with 400, and answers it with one', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ articles(first: 1) { nodes { id } } }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses simple POSTs (text/plain, form, no content type) with 400 and does not execute them', async () => {
    const [{ n: before }] = (await db.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n')) as [{ n: number }];
    const body = JSON.stringify({ query: `mutation { deleteArticle(id: "access-2") }` });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${KEY}` }, body });
      expect(res.status, type).toBe(400);
    }
    const [{ n: after }] = (await db.executor.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n')) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('refuses a mutation sent with GET (405), even with a preflight header', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "access-2") }')}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(405);
    expect((await server.gql('{ article(id: "access-2") { id } }')).data!.article.id).toBe('access-2');
  });
});

describe('introspection is configurable', () => {
  it('answers introspection by default', async () => {
    const res = await server.gql('{ __schema { queryType { name } } }');
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses introspection and field suggestions with GRAPHQL_INTROSPECTION=false, and still serves queries', async () => {
    const res = await closed.gql('{ __schema { types { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const typo = await closed.gql('{ articlez { nodes { id } } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await closed.gql('{ articles(first: 1) { nodes { id } } }')).errors).toBeUndefined();
  });
});
