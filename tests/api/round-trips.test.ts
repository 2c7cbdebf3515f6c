import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SUITE } from '../../bench/query/suite.js';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { StoryBuilder } from '../helpers/story.js';

// The analyst questions of the benchmark, each answered in one statement whatever the
// number of results: the list statements return the nodes the query asks next. Each answer is
// checked against the one the plain per-level path gives (the top-level `stances` list, `article`).

let db: TestDb;
let server: TestServer;
const id: Record<string, string> = {};

const document = (name: string): string => SUITE.find((c) => c.name === name)!.claimgraph;

/** Three articles over two claims: stances with chains, a condition, a stance toward an actor, quotes. */
async function writeStory(): Promise<void> {
  const articles = [
    new StoryBuilder({ id: 'rt-1', text: 'Freedonia backed cutting the harbour tax. Ivan Petrov said Sylvania rejected cutting the harbour tax outright.', outlet: 'Morning Post', publishedAt: '2026-02-01T08:00:00.000Z' })
      .actor('f', 'Freedonia', 'STATE')
      .actor('s', 'Sylvania', 'STATE')
      .actor('i', 'Ivan Petrov', 'PERSON')
      .claim('p', 'the harbour tax should be cut', 'cutting the harbour tax')
      .stance('f', { claim: 'p' }, 'SUPPORT', 'backed', 'Freedonia backed cutting the harbour tax.')
      .stance('s', { claim: 'p' }, 'OPPOSE', 'rejected', 'Ivan Petrov said Sylvania rejected cutting the harbour tax outright.', { chain: ['i', 's'] }),
    new StoryBuilder({ id: 'rt-2', text: 'Freedonia backs a river bridge if the budget passes. Sylvania criticised Freedonia.', outlet: 'Evening Star', publishedAt: '2026-02-02T08:00:00.000Z' })
      .actor('f', 'Freedonia', 'STATE')
      .actor('s', 'Sylvania', 'STATE')
      .claim('q', 'a bridge should be built over the river', 'a river bridge')
      .claim('b', 'the budget passes', 'the budget passes')
      .stance('f', { claim: 'q' }, 'CONDITIONAL', 'backs', 'Freedonia backs a river bridge if the budget passes.', { condition: 'b' })
      .stance('s', { actor: 'f' }, 'OPPOSE', 'criticised', 'Sylvania criticised Freedonia.'),
    new StoryBuilder({ id: 'rt-3', text: 'The Ministry of Plans welcomed the river bridge: "a fine crossing for the valley".', outlet: 'Morning Post', publishedAt: '2026-02-03T08:00:00.000Z' })
      .actor('m', 'Ministry of Plans', 'ORGANIZATION')
      .claim('q', 'a bridge should be built over the river', 'the river bridge')
      .stance('m', { claim: 'q' }, 'SUPPORT', 'welcomed', 'The Ministry of Plans welcomed the river bridge: "a fine crossing for the valley".', { quote: 'a fine crossing for the valley' }),
  ];
  for (const article of articles) await server.app.services.repos.writes.writeArticle(await resolveExtraction(db.executor, article.build()));
  const one = async (cypher: string, params: Record<string, unknown>): Promise<string> => {
    const rows = await db.executor.read<{ id: string }>(cypher, params);
    expect(rows, JSON.stringify(params)).toHaveLength(1);
    return rows[0]!.id;
  };
  for (const [key, name] of [['freedonia', 'Freedonia'], ['sylvania', 'Sylvania'], ['ministry', 'Ministry of Plans']]) id[key] = await one('MATCH (x:Actor {name: $name}) RETURN x.id AS id', { name });
  for (const [key, text] of [['tax', 'the harbour tax should be cut'], ['bridge', 'a bridge should be built over the river']]) id[key] = await one('MATCH (c:Claim {text: $text}) RETURN c.id AS id', { text });
}

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  await writeStory();
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** The answer of one operation (no errors allowed) and how many statements it sent. */
async function measured(query: string, variables?: Record<string, unknown>): Promise<{ data: any; statements: number }> {
  const before = server.app.services.db.roundTrips;
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return { data: res.data, statements: server.app.services.db.roundTrips - before };
}

/** The ids of the articles whose text is in what statements returned: objects with an article id and a `text`. */
function articleTexts(value: unknown, articleIds: Set<string>, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => articleTexts(v, articleIds, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (articleIds.has(record.id as string) && 'text' in record) found.add(record.id as string);
    Object.values(record).forEach((v) => articleTexts(v, articleIds, found));
  }
  return found;
}

/** `measured`, and the ids of the articles whose text its statements read. */
async function textsRead(query: string, variables?: Record<string, unknown>): Promise<{ data: any; statements: number; texts: string[] }> {
  const articleIds = new Set((await db.executor.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id')).map((a) => a.id));
  const read = vi.spyOn(server.app.services.db, 'read');
  try {
    const { data, statements } = await measured(query, variables);
    return { data, statements, texts: [...articleTexts(read.mock.settledResults.map((r) => r.value), articleIds)].sort() };
  } finally {
    read.mockRestore();
  }
}

const STANCE_FIELDS = 'id polarity publishedAt cue { text } evidence { text start end }';
const EVERY_LINK = `${STANCE_FIELDS} holder { id name } claim { id text } targetActor { id name } condition { id text }
  article { id title outlet { id name } } outlet { id name } chain { id name }`;

/** The same stances through the top-level list, whose links and nodes are read one level per statement. */
async function plainStances(filter: string, fields: string): Promise<unknown[]> {
  const res = await server.gql(`{ stances(${filter}, first: 20) { nodes { ${fields} } } }`);
  expect(res.errors).toBeUndefined();
  return res.data!.stances.nodes;
}

describe('actorStances', () => {
  it('answers the benchmark document in one statement: the actor with its stances, their claims, articles and outlets', async () => {
    const { data, statements } = await measured(document('actorStances'), { id: id.freedonia });
    expect(statements).toBe(1);
    expect(data.actor).toMatchObject({ id: id.freedonia, name: 'Freedonia' });
    expect(data.actor.stances).toHaveLength(2);
    const fields = `${STANCE_FIELDS} claim { id text } article { id title outlet { id name } }`;
    expect(data.actor.stances).toEqual(await plainStances(`actorId: "${id.freedonia}"`, fields));
    expect(data.actor.stances[1].article.outlet.name).toBe('Morning Post');
  });

  it('reads every link a query asks for with the list, through fragments too, and answers as the per-level path does', async () => {
    const viaFragments = `query($id: ID!) { actor(id: $id) { stances { ...S } } }
      fragment S on Stance { ${STANCE_FIELDS} holder { id name } ... on Stance { claim { id text } targetActor { id name } condition { id text } }
        article { ...A } outlet { id name } chain { id name } }
      fragment A on Article { id title outlet { id name } }`;
    for (const actor of [id.freedonia, id.sylvania]) {
      const { data, statements } = await measured(viaFragments, { id: actor });
      expect(statements).toBe(1);
      expect(data.actor.stances).toEqual(await plainStances(`actorId: "${actor}"`, EVERY_LINK));
    }
    const sylvania = (await measured(viaFragments, { id: id.sylvania })).data.actor.stances;
    expect(sylvania.map((s: any) => s.targetActor?.name ?? s.claim.text)).toEqual(['Freedonia', 'the harbour tax should be cut']);
    expect(sylvania[1].chain.map((a: any) => a.name)).toEqual(['Ivan Petrov', 'Sylvania']);
    const freedonia = (await measured(viaFragments, { id: id.freedonia })).data.actor.stances;
    expect(freedonia[0].condition.text).toBe('the budget passes');
  });

  it('reads only the links asked for: a list of bare stances carries no related records', async () => {
    const options = { polarity: null, limit: 20 };
    const [bare] = await server.app.services.repos.stances.ofParents('holder', [id.sylvania], { ...options, related: [] });
    expect(bare!.map((s) => s.related)).toEqual([{ actors: [], claims: [], articles: [] }, { actors: [], claims: [], articles: [] }]);
    const [articles] = await server.app.services.repos.stances.ofParents('holder', [id.sylvania], { ...options, related: ['article'] });
    expect(articles!.map((s) => s.related.articles.map((a) => a.id))).toEqual([['rt-2'], ['rt-1']]);
    expect(articles!.every((s) => s.related.actors.length === 0 && s.related.claims.length === 0)).toBe(true);
  });

  it('follows a merged id to the actor it was merged into in the same statement', async () => {
    const writes = server.app.services.repos.writes;
    const extraction = new StoryBuilder({ id: 'rt-4', text: 'The Sylvanian Crown opposed cutting the harbour tax.', outlet: 'Evening Star', publishedAt: '2026-02-04T08:00:00.000Z' })
      .actor('c', 'Sylvanian Crown', 'ORGANIZATION')
      .claim('p', 'the harbour tax should be cut', 'cutting the harbour tax')
      .stance('c', { claim: 'p' }, 'OPPOSE', 'opposed', 'The Sylvanian Crown opposed cutting the harbour tax.')
      .build();
    await writes.writeArticle(await resolveExtraction(db.executor, extraction));
    const [crown] = await db.executor.read<{ id: string }>("MATCH (x:Actor {name: 'Sylvanian Crown'}) RETURN x.id AS id");
    await server.app.services.repos.curation.mergeActors(id.sylvania, crown!.id, 'same state');
    const { data, statements } = await measured(document('actorStances'), { id: crown!.id });
    expect(statements).toBe(1);
    expect(data.actor).toMatchObject({ id: id.sylvania, name: 'Sylvania' });
    expect(data.actor.stances.map((s: any) => s.article.id)).toEqual(['rt-4', 'rt-2', 'rt-1']);
    const missing = await server.gql(document('actorStances'), { id: 'act_nope' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('actor with its stances', () => {
  it('answers aliased stance lists with different arguments as separate queries do', async () => {
    const { data } = await measured(`query($id: ID!) { actor(id: $id) { newest: stances(first: 1) { id polarity } all: stances { id evidence { text } holder { name } } } }`, { id: id.freedonia });
    const newest = await measured(`query($id: ID!) { actor(id: $id) { stances(first: 1) { id polarity } } }`, { id: id.freedonia });
    const all = await measured(`query($id: ID!) { actor(id: $id) { stances { id evidence { text } holder { name } } } }`, { id: id.freedonia });
    expect(data.actor.newest).toEqual(newest.data.actor.stances);
    expect(data.actor.all).toEqual(all.data.actor.stances);
    expect(data.actor.all).toHaveLength(2);
  });

  it('reports a page size out of range on the stances field, the actor still answered', async () => {
    const res = await server.gql(`query($id: ID!) { actor(id: $id) { name stances(first: 0) { id } } }`, { id: id.freedonia });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.path).toEqual(['actor', 'stances']);
  });
});

describe('claimTrace', () => {
  it('answers the benchmark document in one statement, articles and actors included', async () => {
    const { data, statements } = await measured(document('claimTrace'), { id: id.tax });
    expect(statements).toBe(1);
    const trace = data.claimTrace;
    expect(trace.claim).toEqual({ id: id.tax, text: 'the harbour tax should be cut' });
    expect(trace.appearances.map((a: any) => a.article.id)).toEqual(['rt-1', 'rt-4']);
    for (const appearance of trace.appearances) {
      const { data: plain } = await measured('query($id: ID!) { article(id: $id) { id title outlet { id name } } }', { id: appearance.article.id });
      expect(appearance.article).toEqual({ id: plain.article.id, title: plain.article.title });
      expect(appearance.outlet).toEqual(plain.article.outlet);
    }
    expect(trace.outlets.map((o: any) => o.name)).toEqual(['Morning Post', 'Evening Star']);
    expect(trace.appearances[0].chains.map((chain: any[]) => chain.map((a) => a.name))).toEqual([['Freedonia'], ['Ivan Petrov', 'Sylvania']]);
  });

  it('reads no article when the query asks for none, and is NOT_FOUND for an unknown claim in one statement', async () => {
    const traces = server.app.services.repos.traces;
    expect((await traces.claimTrace(id.tax, { articleProperties: null }))!.appearances.map((a) => a.article)).toEqual([null, null]);
    const titles = (await traces.claimTrace(id.tax, { articleProperties: ['id', 'title'] }))!.appearances.map((a) => a.article);
    expect(titles).toEqual([{ id: 'rt-1', title: expect.any(String) }, { id: 'rt-4', title: expect.any(String) }]);
    const before = server.app.services.db.roundTrips;
    const missing = await server.gql(document('claimTrace'), { id: 'clm_nope' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(server.app.services.db.roundTrips - before).toBe(1);
  });

  it('answers every article field, asked under firstReport only, as article(id) does', async () => {
    const fields = 'id url title format publishedAt category sentimentScore sentimentLabel tldr dek contentHash sources { outlet title url date } outlet { name }';
    const { data, statements } = await measured(`query($id: ID!) { claimTrace(claimId: $id) { firstReport { article { ${fields} } } } }`, { id: id.tax });
    expect(statements).toBe(1);
    const plain = await measured(`query($id: ID!) { article(id: $id) { ${fields} } }`, { id: 'rt-1' });
    expect(data.claimTrace.firstReport.article).toEqual(plain.data.article);
  });
});

describe('whoSaid', () => {
  it('answers the benchmark document in one statement, holders included, as the per-level path does', async () => {
    const { data, statements } = await measured(document('whoSaid'), { phrase: 'bridge valley' });
    expect(statements).toBe(1);
    expect(data.whoSaid[0].claim).toEqual({ id: id.bridge, text: 'a bridge should be built over the river' });
    expect(data.whoSaid[0].stances.map((s: any) => s.holder.name)).toEqual(['Ministry of Plans', 'Freedonia']);
    const plain = await plainStances(`claimId: "${id.bridge}"`, 'id polarity evidence { text } holder { id name }');
    expect([...data.whoSaid[0].stances].sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual([...plain].sort((a: any, b: any) => a.id.localeCompare(b.id)));
  });

  it('reads the stances\' articles, outlets, chains and claims in the same statement when they are asked for', async () => {
    const fields = 'id article { id title } outlet { name } chain { name } claim { id } targetActor { name } holder { name }';
    const { data, statements } = await measured(`query($phrase: String!) { whoSaid(query: $phrase) { claim { id } stances { ${fields} } } }`, { phrase: 'harbour tax' });
    expect(statements).toBe(1);
    expect(data.whoSaid[0].claim.id).toBe(id.tax);
    const plain = await plainStances(`claimId: "${id.tax}"`, fields);
    expect(plain.map((s: any) => s.chain.length)).toContain(2);
    expect([...data.whoSaid[0].stances].sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual([...plain].sort((a: any, b: any) => a.id.localeCompare(b.id)));
  });
});

describe('article text', () => {
  const withText = (name: string, fields: string): string => document(name).replace(fields, `${fields} text`);
  const storedText = async (id: string): Promise<string> =>
    (await db.executor.read<{ text: string }>('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id }))[0]!.text;

  it('is read by no statement of a claimTrace or an articles page that does not ask for it', async () => {
    expect(await textsRead(document('claimTrace'), { id: id.tax })).toMatchObject({ statements: 1, texts: [] });
    const page = await textsRead(document('nestedPage'));
    expect(page).toMatchObject({ statements: 3, texts: [] });
    expect(page.data.articles.nodes.length).toBeGreaterThan(1);
  });

  it('is the stored text when asked for, read for every article of the answer in one more statement', async () => {
    const trace = await textsRead(withText('claimTrace', 'article { id title'), { id: id.tax });
    const traced = trace.data.claimTrace.appearances.map((a: any) => a.article);
    expect(traced.length).toBeGreaterThan(0);
    expect(trace).toMatchObject({ statements: 2, texts: [...new Set(traced.map((a: any) => a.id))].sort() });
    for (const article of traced) expect(article.text).toBe(await storedText(article.id));

    const page = await textsRead(withText('nestedPage', 'nodes { id title'));
    expect(page.statements).toBe(4);
    const articles = page.data.articles.nodes;
    expect(page.texts).toEqual(articles.map((a: any) => a.id).sort());
    for (const article of articles) expect(article.text).toBe(await storedText(article.id));
  });
});
