import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;

const seed = readFileSync(new URL('../../seeds/us-security-guarantees-donbas.clashreport.txt', import.meta.url), 'utf8');
/** About 1 MB of 240-word sentences with a quote each: well under the size limit, seconds of extraction. */
const hostile = `A long article\n\n${('word, '.repeat(240) + '"quote," said Bob. ').repeat(700)}`;
const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId status } }';
const COUNT = '{ articles(first: 1) { totalCount } }';

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer({ env: { EXTRACT_TIMEOUT_MS: '500', EXTRACT_WORKERS: '1' } });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('extraction off the event loop, with a deadline', () => {
  it('fails an article that extracts past the deadline with TIMEOUT, writes nothing, and keeps answering meanwhile', async () => {
    const ingest = server.gql(INGEST, { input: { content: hostile, format: 'text' } });
    // Reads are answered while the article is being extracted.
    const during = await server.gql(COUNT);
    expect(during.errors).toBeUndefined();
    const failed = await ingest;
    expect(failed.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(failed.errors?.[0]?.message).toMatch(/longer than 500 ms.*nothing was written/);
    expect((await server.gql(COUNT)).data!.articles.totalCount).toBe(0);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  }, 120_000);

  it('ingests the next article normally on a fresh worker', async () => {
    const ok = await server.gql(INGEST, { input: { content: seed, format: 'text' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.ingestArticle.status).toBe('created');
    expect((await server.gql(COUNT)).data!.articles.totalCount).toBe(1);
  }, 120_000);
});
