import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId status actors claims stances } }`;
const INGEST_MANY = `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { articleId status } }`;
const GOOD = 'President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.\n\nGerman officials rejected the proposal on Tuesday.';

/** Nodes and relationships in the real database: what "nothing was written" is checked against. */
async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.executor.read<{ nodes: number; rels: number }>('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
  return row!;
}

/** Sends a bad article and checks: BAD_USER_INPUT naming the problem, nothing written, the server still answers. */
async function rejects(input: Record<string, unknown>, message: RegExp): Promise<void> {
  const before = await counts();
  const res = await server.gql(INGEST, { input });
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toMatch(message);
  expect(res.data?.ingestArticle ?? null).toBeNull();
  expect(await counts()).toEqual(before);
  const follow = await server.gql('{ articles(first: 1) { nodes { id } } }');
  expect(follow.errors).toBeUndefined();
}

const billionLaughs = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'tldr: *g', '---', GOOD].join('\n');
const binary = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)).toString('utf8');

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  const seed = await server.gql(INGEST, { input: { content: GOOD, id: 'baseline', outlet: 'Reuters' } });
  expect(seed.errors).toBeUndefined();
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('bad articles are refused with BAD_USER_INPUT, nothing is written and the server stays up', () => {
  it('refuses empty, whitespace-only and invisible-only content', async () => {
    await rejects({ content: '' }, /empty/);
    await rejects({ content: '  \n\t \r\n  ' }, /no readable text/);
    await rejects({ content: '\u200b\u200d\u2060\u200f\u202e\ufeff\u0301' }, /no readable text/);
  });

  it('refuses binary content: NUL bytes, control characters, invalid UTF-8', async () => {
    await rejects({ content: `Hello${'\u0000'}world said the minister.` }, /NUL bytes/);
    await rejects({ content: 'x\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010'.repeat(20) }, /control characters/);
    await rejects({ content: binary }, /replacement characters.*UTF-8|binary/);
    await rejects({ content: `${GOOD}\n${'caf\ufffd '.repeat(40)}` }, /replacement characters \(U\+FFFD/);
    await rejects({ content: `${GOOD} \ud800 broken` }, /unpaired UTF-16 surrogates/);
  });

  it('refuses an article above MAX_ARTICLE_BYTES (a 20 MB article) and names its size', async () => {
    const huge = 'The minister said the talks would continue. '.repeat(Math.ceil((20 * 1024 * 1024) / 44)).slice(0, 20 * 1024 * 1024);
    await rejects({ content: huge }, /20\.0 MB \(20971520 bytes\), above the limit of 2\.0 MB \(MAX_ARTICLE_BYTES\)/);
  }, 60_000);

  it('refuses hostile front matter: YAML bombs, merge keys, huge keys, deep nesting, executable front matter', async () => {
    await rejects({ content: billionLaughs }, /anchors, aliases or merge keys/);
    await rejects({ content: `---\nbase: &base {title: x}\nother:\n  <<: *base\n---\n${GOOD}` }, /anchors, aliases or merge keys/);
    await rejects({ content: `---\n${'k'.repeat(5000)}: 1\n---\n${GOOD}` }, /front matter key is 5000 characters/);
    await rejects({ content: `---\n${Array.from({ length: 300 }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\n${GOOD}` }, /300 keys/);
    await rejects({ content: `---\nx: ${'['.repeat(40)}${']'.repeat(40)}\n---\n${GOOD}` }, /nested deeper/);
    await rejects({ content: `---js\n{ title: (globalThis.__claimgraphPwned = true, 'owned') }\n---\n${GOOD}` }, /"js" is not accepted: only YAML/);
    expect((globalThis as Record<string, unknown>).__claimgraphPwned).toBeUndefined();
  });

  it('refuses malformed front matter, invalid dates and invalid URLs with the parser diagnostics', async () => {
    await rejects({ content: `---\ntitle: [unclosed\ndate: {\n---\n${GOOD}` }, /front matter is not valid YAML/);
    await rejects({ content: GOOD, publishedAt: 'next Tuesday-ish' }, /not a date: next Tuesday-ish/);
    await rejects({ content: `---\ntitle: T\ndate: 2026-13-45\n---\n${GOOD}` }, /not a date/);
    await rejects({ content: GOOD, url: 'javascript:alert(1)' }, /not an http\(s\) URL/);
    await rejects({ content: GOOD, url: 'not a url at all' }, /not an http\(s\) URL/);
  });

  it('refuses an impossible calendar date in front matter, naming the field and value, instead of rolling it over', async () => {
    await rejects({ content: `---\ntitle: T\ndate: 2026-02-30\n---\n${GOOD}`, id: 'feb-30' }, /front matter date is not a date: 2026-02-30/);
    await rejects({ content: `---\npublished: 2026-13-01\n---\n${GOOD}` }, /front matter published is not a date: 2026-13-01/);
    await rejects({ content: `---\n{date: 2026-01-01T10:75:00Z}\n---\n${GOOD}` }, /front matter date is not a date: 2026-01-01T10:75:00Z/);
    const real = await server.gql(INGEST, { input: { content: `---\ntitle: T\ndate: 2024-02-29\n---\n${GOOD}`, id: 'leap-day' } });
    expect(real.errors).toBeUndefined();
    const stored = await server.gql('{ article(id: "leap-day") { publishedAt } }');
    expect(stored.data?.article.publishedAt).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses HTML whose only content is scripts and styles', async () => {
    await rejects({ content: '<html><head><style>p{}</style></head><body><script>alert("x")</script><noscript></noscript></body></html>', format: 'html' }, /no readable text|no content/);
  });

  it('refuses oversized or invisible-character identifiers and oversized metadata', async () => {
    await rejects({ content: GOOD, id: 'x'.repeat(201) }, /id is 201 characters, above the limit of 200/);
    await rejects({ content: GOOD, id: 'invoice\u202Etxt.exe' }, /id contains control, zero-width or bidi-override/);
    await rejects({ content: GOOD, outlet: 'Reu\u200bters' }, /outlet contains control, zero-width/);
    await rejects({ content: GOOD, title: 't'.repeat(1001) }, /title is 1001 characters/);
    await rejects({ content: GOOD, url: `https://example.com/${'a'.repeat(3000)}` }, /url is 3020 characters/);
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 12; i++) deep = { deep };
    await rejects({ content: GOOD, metadata: deep }, /metadata is nested deeper than 8/);
    await rejects({ content: GOOD, metadata: { blob: 'x'.repeat(70_000) } }, /metadata is 68\.4 KB, above the limit of 64\.0 KB/);
  });

  it('refuses a whole batch when one article is bad, naming it, and writes none of it', async () => {
    const before = await counts();
    const res = await server.gql(INGEST_MANY, { inputs: [{ content: `${GOOD} Batch one.`, id: 'batch-1' }, { content: '\u0000\u0000' }, { content: `${GOOD} Batch three.`, id: 'batch-3' }] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/^inputs\[1\]: .*NUL bytes/);
    expect(await counts()).toEqual(before);
  });

  it('refuses content that is not a string at the GraphQL layer', async () => {
    const res = await server.gql(INGEST, { input: { content: 42 } });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('unusual but legitimate input is stored faithfully', () => {
  it('keeps RTL scripts, emoji, combining marks and zero-width joiners, with every span an exact slice of the stored text', async () => {
    const content = [
      'President Emmanuel Macron said France would back the plan 🇫🇷👍, according to Reuters.',
      'مسؤولون قالوا إن المحادثات ستستمر. שר החוץ אמר כי התוכנית טובה.',
      'Cafe\u0301 owners in Zu\u0308rich said the fam\u200dily 👨‍👩‍👧 business would stay open.',
      'German officials rejected the proposal on Tuesday.',
    ].join('\n\n');
    const res = await server.gql(INGEST, { input: { content, id: 'unicode-article', format: 'text' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.status).toBe('created');
    const [article] = await db.executor.read<{ text: string }>('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: 'unicode-article' });
    expect(article!.text).toContain('👨‍👩‍👧');
    expect(article!.text).toContain('מסר'.length > 0 ? 'שר החוץ' : '');
    const stances = await db.executor.read<{ evidence: string; start: number; end: number }>(
      'MATCH (s:Stance {articleId: $id}) RETURN s.evidence AS evidence, s.evidenceStart AS start, s.evidenceEnd AS end',
      { id: 'unicode-article' },
    );
    expect(stances.length).toBeGreaterThan(0);
    for (const s of stances) expect(article!.text.slice(s.start, s.end)).toBe(s.evidence);
    const appearances = await db.executor.read<{ text: string; start: number; end: number }>(
      'MATCH (:Claim)-[r:APPEARS_IN]->(:Article {id: $id}) RETURN r.text AS text, r.start AS start, r.end AS end',
      { id: 'unicode-article' },
    );
    for (const a of appearances) expect(article!.text.slice(a.start, a.end)).toBe(a.text);
  });

  it('drops scripts and styles from HTML and keeps the article', async () => {
    const html = `<html><head><title>Talks resume</title><script>window.__x = "SECRET_SCRIPT_TEXT"</script><style>.a{color:red}</style></head>
      <body><article><h1>Talks resume</h1><p>President Emmanuel Macron said France would back the ceasefire plan, according to Reuters.</p>
      <script>document.write("SECRET_SCRIPT_TEXT")</script><p onclick="alert(1)">German officials rejected the proposal on Tuesday.</p></article></body></html>`;
    const res = await server.gql(INGEST, { input: { content: html, id: 'html-with-scripts', format: 'html' } });
    expect(res.errors).toBeUndefined();
    const [article] = await db.executor.read<{ text: string }>('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: 'html-with-scripts' });
    expect(article!.text).toContain('German officials rejected the proposal');
    expect(article!.text).not.toMatch(/SECRET_SCRIPT_TEXT|color:red|alert\(1\)/);
  });

  it('stores Cypher- and GraphQL-injection strings verbatim as data, and they change nothing else', async () => {
    const before = await counts();
    const articlesBefore = await db.executor.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    const cypher = `x"}) MATCH (n) DETACH DELETE n // ' OR 1=1; CALL dbms.killQueries() RETURN 1 //`;
    const graphql = `") { __schema { types { name } } } mutation { deleteArticle(id: "baseline") }`;
    const content = `${cypher}\n\nPresident Emmanuel Macron said France would back the plan ${graphql}, according to Reuters.`;
    const res = await server.gql(INGEST, { input: { content, id: `inj-${cypher.slice(0, 20)}`, title: cypher, outlet: graphql.slice(0, 60), format: 'text' } });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const [stored] = await db.executor.read<{ title: string; text: string }>('MATCH (a:Article {id: $id}) RETURN a.title AS title, a.text AS text', { id: res.data!.ingestArticle.articleId });
    expect(stored!.title).toBe(cypher);
    expect(stored!.text).toContain(graphql);
    const articlesAfter = await db.executor.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(articlesAfter.map((a) => a.id)).toEqual(expect.arrayContaining(articlesBefore.map((a) => a.id)));
    expect(articlesAfter).toHaveLength(articlesBefore.length + 1);
    expect((await counts()).nodes).toBeGreaterThan(before.nodes);
    const baseline = await server.gql('{ article(id: "baseline") { id } }');
    expect(baseline.data!.article.id).toBe('baseline');
  });
});
