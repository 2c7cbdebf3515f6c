import { Writable } from 'node:stream';
import fc from 'fast-check';
import { serverAudits } from 'graphql-http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { openTestDb, testConfig, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;
let logged: App;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  logged = await startApp(testConfig(), pino({ level: 'info' }, sink), { seed: false });
});
afterAll(async () => {
  await logged?.stop();
  await server?.stop();
  await db?.close();
});

async function raw(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.url}${init.path ?? '/graphql'}`, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  return { status: response.status, text: await response.text() };
}

async function alive(): Promise<void> {
  const res = await server.gql('{ __typename }');
  expect(res.status).toBe(200);
}

describe('GraphQL over HTTP audits (graphql-http)', () => {
  // Every request carries Apollo's preflight header, as any non-browser client may: CSRF prevention is tested on its own.
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'apollo-require-preflight': 'true' } });
  for (const audit of serverAudits({ url: () => `${server.url}/graphql`, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${'reason' in result ? result.reason : ''}`).toBe('ok');
    });
  }
});

describe('malformed requests never get HTTP 500', () => {
  const JSON_TYPE = { 'content-type': 'application/json' };
  const cases: [string, Parameters<typeof raw>[0], number | number[]][] = [
    ['invalid JSON', { headers: JSON_TYPE, body: '{"query": ' }, 400],
    ['JSON null', { headers: JSON_TYPE, body: 'null' }, 400],
    ['a JSON number', { headers: JSON_TYPE, body: '42' }, 400],
    ['a JSON string', { headers: JSON_TYPE, body: '"{ __typename }"' }, 400],
    ['an empty body', { headers: JSON_TYPE, body: '' }, 400],
    ['an empty object', { headers: JSON_TYPE, body: '{}' }, 400],
    ['a numeric query', { headers: JSON_TYPE, body: '{"query": 42}' }, 400],
    ['string variables', { headers: JSON_TYPE, body: '{"query": "{ __typename }", "variables": "x"}' }, 400],
    ['a numeric operationName', { headers: JSON_TYPE, body: '{"query": "{ __typename }", "operationName": 5}' }, 400],
    ['two operations and no operationName', { headers: JSON_TYPE, body: '{"query": "query A { __typename } query B { __typename }"}' }, [200, 400]],
    ['an unknown persisted query', { headers: JSON_TYPE, body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}' }, [200, 400]],
    ['a syntax error', { headers: JSON_TYPE, body: '{"query": "{ articles("}' }, [200, 400]],
    ['invalid UTF-8 in the body', { headers: JSON_TYPE, body: new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]) }, 400],
    ['a deeply nested JSON body', { headers: JSON_TYPE, body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` }, 400],
    ['application/graphql', { headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }, 400],
    ['text/xml', { headers: { 'content-type': 'text/xml', 'apollo-require-preflight': 'true' }, body: '<q/>' }, [400, 415]],
    ['no content type', { body: '{"query": "{ __typename }"}' }, 400],
    ['PUT', { method: 'PUT', headers: JSON_TYPE, body: '{"query": "{ __typename }"}' }, 405],
    ['DELETE', { method: 'DELETE' }, 405],
    ['PATCH', { method: 'PATCH', headers: JSON_TYPE, body: '{}' }, 405],
    ['OPTIONS', { method: 'OPTIONS' }, 405],
    ['GET with a mutation', { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") }')}`, headers: { 'apollo-require-preflight': 'true' } }, 405],
    ['GET with no query', { method: 'GET', path: '/graphql', headers: { 'apollo-require-preflight': 'true' } }, 400],
    ['GET with a repeated query parameter', { method: 'GET', path: '/graphql?query=a&query=b', headers: { 'apollo-require-preflight': 'true' } }, 400],
    ['GET with broken percent-encoding', { method: 'GET', path: '/graphql?query=%E0%A4%A&variables=%7B', headers: { 'apollo-require-preflight': 'true' } }, [200, 400]],
    ['GET with a 12 KB query string', { method: 'GET', path: `/graphql?query=${'%7B'.repeat(4_000)}`, headers: { 'apollo-require-preflight': 'true' } }, [200, 400, 414, 431]],
    ['GET with a 64 KB query string', { method: 'GET', path: `/graphql?query=${'a'.repeat(64_000)}` }, [400, 414, 431]],
    ['a broken percent-encoded path', { method: 'GET', path: '/%E0%A4%A' }, [200, 404]],
    ['a protocol-relative path', { method: 'GET', path: '//' }, [200, 404]],
    ['a protocol-relative path to /graphql', { method: 'POST', path: '//evil.example/graphql', headers: JSON_TYPE, body: '{"query": "{ __typename }"}' }, [200, 404]],
    ['a path escaping the static folder', { method: 'GET', path: '/..%2f..%2fpackage.json' }, [200, 404]],
    ['an accept header nobody can satisfy', { headers: { ...JSON_TYPE, accept: 'image/png' }, body: '{"query": "{ __typename }"}' }, 406],
  ];
  for (const [name, init, expected] of cases) {
    it(`${name}: ${[expected].flat().join(' or ')}`, async () => {
      const res = await raw(init);
      expect([expected].flat(), res.text.slice(0, 300)).toContain(res.status);
      if (init.path?.includes('package.json')) expect(res.text).not.toMatch(/"devDependencies"/);
      await alive();
    });
  }

  it('random methods, paths, content types and bodies never get a 5xx', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH');
    const path = fc.oneof(fc.constant('/graphql'), fc.constant('/graphql?query=%7B__typename%7D'), fc.string({ maxLength: 30 }).map((p) => `/graphql?${encodeURIComponent(p)}=${encodeURIComponent(p)}`), fc.constant('/health'), fc.constant('/metrics'), fc.webPath());
    const type = fc.constantFrom(undefined, 'application/json', 'application/graphql-response+json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'multipart/form-data');
    const body = fc.oneof(fc.json(), fc.string({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify({ query: '{ __typename }', variables: v })), fc.jsonValue().map((v) => JSON.stringify({ query: v })));
    await fc.assert(
      fc.asyncProperty(method, path, type, body, fc.boolean(), async (m, p, t, b, preflight) => {
        const headers: Record<string, string> = {};
        if (t) headers['content-type'] = t;
        if (preflight) headers['apollo-require-preflight'] = 'true';
        const res = await raw({ method: m, path: p, headers, body: m === 'GET' ? undefined : b });
        expect(res.status, `${m} ${p} ${t} ${b.slice(0, 100)} -> ${res.text.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await alive();
  }, 120_000);
});

describe('operability: request ids, structured logs, metrics', () => {
  it('echoes a sane x-request-id, replaces an odd one, and logs each request as JSON with its id', async () => {
    const kept = await fetch(`${logged.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.123' }, body: '{"query":"{ __typename }"}' });
    expect(kept.headers.get('x-request-id')).toBe('trace-abc.123');
    const replaced = await fetch(`${logged.url}/health`, { headers: { 'x-request-id': 'bad id with spaces <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    const line = logLines.find((l) => l.requestId === 'trace-abc.123' && l.msg === 'request');
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200 });
    expect(typeof line!.ms).toBe('number');
  });

  it('serves Prometheus metrics: requests, latency, errors by code, ingests by status, Neo4j queries', async () => {
    const ingest = `mutation($i: ArticleInput!) { ingestArticle(input: $i) { status } }`;
    const ok = await server.gql(ingest, { i: { content: 'President Emmanuel Macron said France would back the plan, according to Reuters.', id: 'metrics-1' } });
    expect(ok.errors).toBeUndefined();
    await server.gql(ingest, { i: { content: '' } });
    await server.gql('{ article(id: "nope") { id } }');
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/claimgraph_http_requests_total\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toMatch(/claimgraph_http_request_duration_seconds_bucket\{le="0.1",route="\/graphql"\} \d+/);
    expect(text).toMatch(/claimgraph_ingest_articles_total\{status="created"\} 1/);
    expect(text).toMatch(/claimgraph_ingest_articles_total\{status="rejected"\} 1/);
    expect(text).toMatch(/claimgraph_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/claimgraph_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/claimgraph_neo4j_queries_total\{mode="WRITE",outcome="ok"\} \d+/);
    expect(text).toMatch(/claimgraph_neo4j_query_duration_seconds_count\{mode="READ"\} \d+/);
    expect(text).toMatch(/claimgraph_database_up 1/);
    expect(text).toMatch(/claimgraph_process_resident_memory_bytes/);
  });
});
