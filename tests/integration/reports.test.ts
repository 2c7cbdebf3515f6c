import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { createRepositories, type Repositories } from '../../src/graph/repositories/index.js';
import { ensureReportsAggregate } from '../../src/graph/reports.migration.js';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { StoryBuilder } from '../helpers/story.js';

let db: TestDb;
let repos: Repositories;

async function write(extraction: Extraction) {
  return repos.writes.writeArticle(await resolveExtraction(db.executor, extraction));
}

type Pairs = Record<string, number>;

/** The REPORTS aggregate as stored, by actor names: `from>to` -> count. */
async function reports(): Promise<Pairs> {
  const rows = await db.executor.read<{ pair: string; n: number }>('MATCH (a:Actor)-[r:REPORTS]->(b:Actor) RETURN a.name + ">" + b.name AS pair, r.count AS n');
  return Object.fromEntries(rows.map((r) => [r.pair, r.n]));
}

/** What the aggregate must hold, counted from the chains themselves (live stances, once per stance and pair). */
async function fromChains(): Promise<Pairs> {
  const rows = await db.executor.read<{ pair: string; n: number }>(`
    MATCH (s:Stance)-[v:VIA]->(a:Actor), (s)-[x:VIA]->(b:Actor)
    WHERE NOT coalesce(s.rejected, false) AND x.position = v.position + 1 AND a <> b
    RETURN a.name + ">" + b.name AS pair, count(DISTINCT s) AS n`);
  return Object.fromEntries(rows.map((r) => [r.pair, r.n]));
}

async function expectExact(expected: Pairs): Promise<void> {
  expect(await reports()).toEqual(expected);
  expect(await fromChains()).toEqual(expected);
}

async function idOf(name: string): Promise<string> {
  const [row] = await db.executor.read<{ id: string }>('MATCH (x:Actor {name: $name}) RETURN x.id AS id', { name });
  return row!.id;
}

const TEXT = 'Ruritania rejected the proposal to close the border. Minister Anna Varga said the border would stay open.';

/** Daily Planet reports Ruritania and (through Ruritania) Anna Varga. */
function planet(text = TEXT, varga = true) {
  const b = new StoryBuilder({ id: 'art-1', text, outlet: 'Daily Planet', publishedAt: '2026-03-01T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('o', 'Daily Planet', 'MEDIA', 'Ruritania')
    .claim('c1', 'the border will be closed', 'close the border')
    .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the proposal to close the border.', { chain: ['o', 'r'] });
  if (!varga) return b;
  return b
    .actor('v', 'Anna Varga', 'PERSON', 'Anna Varga', { title: 'Minister' })
    .claim('c2', 'the border will stay open', 'the border would stay open')
    .stance('v', { claim: 'c2' }, 'SUPPORT', 'said', 'Minister Anna Varga said the border would stay open.', { chain: ['o', 'r', 'v'] });
}

/** Evening Star reports Ruritania and the Ruritanian Republic (the same state, resolved apart). */
function star() {
  const text = 'Ruritania said the border will be closed soon. The Ruritanian Republic denied everything.';
  return new StoryBuilder({ id: 'art-2', text, outlet: 'Evening Star', publishedAt: '2026-03-02T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('rr', 'Ruritanian Republic', 'STATE')
    .actor('o', 'Evening Star', 'MEDIA', 'Ruritania')
    .claim('c1', 'the border will be closed', 'the border will be closed')
    .claim('c9', 'something happened', 'everything')
    .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', 'Ruritania said the border will be closed soon.', { chain: ['o', 'r'] })
    .stance('rr', { claim: 'c9' }, 'OPPOSE', 'denied', 'The Ruritanian Republic denied everything.', { chain: ['o', 'r', 'rr', 'r', 'rr', 'r'] });
}

/** A second Daily Planet article with the hop Daily Planet > Ruritania: deleting it leaves every actor in place. */
function planetAgain() {
  const text = 'Ruritania closed the border.';
  return new StoryBuilder({ id: 'art-3', text, outlet: 'Daily Planet', publishedAt: '2026-03-03T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('o', 'Daily Planet', 'MEDIA', 'Ruritania')
    .claim('c1', 'the border will be closed', 'closed the border')
    .stance('r', { claim: 'c1' }, 'SUPPORT', 'closed', 'Ruritania closed the border.', { chain: ['o', 'r'] });
}

beforeAll(async () => {
  db = await openTestDb();
  repos = createRepositories(db.executor);
});
beforeEach(() => db.clear());
afterAll(() => db.close());

describe('the REPORTS aggregate of chain hops', () => {
  it('counts each hop pair once per live stance when articles are written', async () => {
    await write(planet().build());
    await write(star().build());
    await expectExact({
      'Daily Planet>Ruritania': 2,
      'Ruritania>Anna Varga': 1,
      'Evening Star>Ruritania': 2,
      // Ruritania > Ruritanian Republic > Ruritania > Ruritanian Republic > Ruritania: one stance, counted once per pair.
      'Ruritanian Republic>Ruritania': 1,
      'Ruritania>Ruritanian Republic': 1,
    });
  });

  it('stays exact when a changed article is re-ingested: its old hops go, pairs at 0 are deleted', async () => {
    await write(planet().build());
    await write(star().build());
    const changed = await write(planet('Ruritania rejected the proposal to close the border. Nothing else was said.', false).build());
    expect(changed.status).toBe('updated');
    await expectExact({
      'Daily Planet>Ruritania': 1,
      'Evening Star>Ruritania': 2,
      'Ruritanian Republic>Ruritania': 1,
      'Ruritania>Ruritanian Republic': 1,
    });
    expect((await write(planet('Ruritania rejected the proposal to close the border. Nothing else was said.', false).build())).status).toBe('unchanged');
    expect(await reports()).toEqual(await fromChains());
  });

  it('stays exact when an article is deleted', async () => {
    await write(planet().build());
    await write(star().build());
    const both = await reports();
    await write(planetAgain().build());
    expect((await reports())['Daily Planet>Ruritania']).toBe(3);
    expect(await repos.curation.deleteArticle('art-3')).toBe(true);
    await expectExact(both);
    expect(await repos.curation.deleteArticle('art-2')).toBe(true);
    await expectExact({ 'Daily Planet>Ruritania': 2, 'Ruritania>Anna Varga': 1 });
    expect(await repos.curation.deleteArticle('art-1')).toBe(true);
    await expectExact({});
  });

  it('stays exact when a stance is rejected and restored', async () => {
    await write(planet().build());
    const [varga] = await db.executor.read<{ id: string }>("MATCH (s:Stance {polarity: 'SUPPORT'}) RETURN s.id AS id");
    await repos.curation.correctStance(varga!.id, { polarity: null, rejected: true, note: null });
    await expectExact({ 'Daily Planet>Ruritania': 1 });
    // The rejection is re-applied when the article is re-ingested: the stance still does not count.
    await write(planet(`${TEXT} An update followed.`).build());
    await expectExact({ 'Daily Planet>Ruritania': 1 });
    await repos.curation.correctStance(varga!.id, { polarity: null, rejected: false, note: null });
    await expectExact({ 'Daily Planet>Ruritania': 2, 'Ruritania>Anna Varga': 1 });
  });

  it('stays exact when actors are merged: hops into the keeper vanish, pairs join', async () => {
    await write(planet().build());
    await write(star().build());
    await repos.curation.mergeActors(await idOf('Ruritania'), await idOf('Ruritanian Republic'), 'same country');
    await expectExact({
      'Daily Planet>Ruritania': 2,
      'Ruritania>Anna Varga': 1,
      // The Republic's chain is now Evening Star > Ruritania (> Ruritania ...): still one hop from the outlet.
      'Evening Star>Ruritania': 2,
    });
    const merged = await db.executor.read('MATCH (:Actor {name: "Ruritanian Republic"})-[r:REPORTS]-() RETURN r');
    expect(merged).toEqual([]);
  });

  it('gives the neighborhood the same CITES weights as counting the chains', async () => {
    await write(planet().build());
    await write(star().build());
    const root = await idOf('Ruritania');
    const graph = await repos.graph.neighborhood(root, 2, 100);
    const names = new Map(graph!.nodes.map((n) => [n.id, n.label]));
    const cites = Object.fromEntries(
      graph!.edges.filter((e) => e.type === 'CITES' && names.has(e.source)).map((e) => [`${names.get(e.source)}>${names.get(e.target)}`, e.weight]),
    );
    expect(cites).toEqual(await fromChains());
  });
});

describe('building the aggregate on an existing database', () => {
  const forget = () => db.executor.write("MATCH (m:Migration {name: 'reports-aggregate'}) DETACH DELETE m");

  it('builds it from the chains in batches, once', async () => {
    await write(planet().build());
    await write(star().build());
    const expected = await fromChains();
    await db.executor.write('MATCH ()-[r:REPORTS]->() DELETE r');
    await forget();
    expect(await ensureReportsAggregate(db.executor, { batch: 1 })).toBe(4);
    expect(await reports()).toEqual(expected);
    // Built already: nothing is counted twice.
    expect(await ensureReportsAggregate(db.executor, { batch: 1 })).toBe(0);
    expect(await reports()).toEqual(expected);
  });

  it('discards REPORTS left from before the build instead of counting them twice', async () => {
    await write(planet().build());
    const expected = await fromChains();
    await forget();
    expect(await ensureReportsAggregate(db.executor)).toBe(2);
    expect(await reports()).toEqual(expected);
  });

  it('resumes a build whose owner stopped, from its cursor', async () => {
    await write(planet().build());
    await write(star().build());
    const expected = await fromChains();
    const [first] = await db.executor.read<{ id: string }>('MATCH (s:Stance) RETURN s.id AS id ORDER BY id LIMIT 1');
    // A build that counted the first stance and then died an hour ago.
    await db.executor.write('MATCH ()-[r:REPORTS]->() DELETE r');
    await forget();
    await db.executor.write('UNWIND [$id] AS stanceId MATCH (s:Stance {id: stanceId}) WITH s MATCH (s)-[v:VIA]->(a), (s)-[x:VIA]->(b) WHERE x.position = v.position + 1 AND a <> b WITH DISTINCT a, b MERGE (a)-[r:REPORTS]->(b) SET r.count = coalesce(r.count, 0) + 1', { id: first!.id });
    await db.executor.write(
      "CREATE (:Migration {name: 'reports-aggregate', state: 'building', owner: 'gone', after: $after, at: datetime() - duration('PT1H')})",
      { after: first!.id },
    );
    expect(await ensureReportsAggregate(db.executor, { batch: 2 })).toBe(3);
    expect(await reports()).toEqual(expected);
  });

  it('waits for a build another process is running instead of counting along', async () => {
    await write(planet().build());
    const expected = await fromChains();
    await db.executor.write("MERGE (m:Migration {name: 'reports-aggregate'}) SET m.state = 'building', m.owner = 'other', m.at = datetime()");
    const waiting = ensureReportsAggregate(db.executor, { pollMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.executor.write("MATCH (m:Migration {name: 'reports-aggregate'}) SET m.state = 'done'");
    expect(await waiting).toBe(0);
    expect(await reports()).toEqual(expected);
  });
});
