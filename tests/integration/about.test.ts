import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { ensureAboutAggregate } from '../../src/graph/about.migration.js';
import { createRepositories, type Repositories } from '../../src/graph/repositories/index.js';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { StoryBuilder } from '../helpers/story.js';

let db: TestDb;
let repos: Repositories;

async function write(extraction: Extraction) {
  return repos.writes.writeArticle(await resolveExtraction(db.executor, extraction));
}

type Pairs = Record<string, number>;

/** ABOUT as stored, by claim text and actor name: `claim>actor` -> articles. Fails on a second relationship for one pair. */
async function about(): Promise<Pairs> {
  const rows = await db.executor.read<{ pair: string; n: number }>('MATCH (c:Claim)-[r:ABOUT]->(x:Actor) RETURN c.text + ">" + x.name AS pair, r.articles AS n');
  const pairs: Pairs = {};
  for (const row of rows) {
    expect(pairs[row.pair], `two ABOUT relationships for ${row.pair}`).toBeUndefined();
    pairs[row.pair] = row.n;
  }
  return pairs;
}

const TEXT = 'Ruritania rejected the plan to close the border. Minister Anna Varga said the border would stay open.';

/** Daily Planet: the border claim is about Ruritania and Anna Varga, the second claim about Anna Varga. */
function planet(id = 'art-1', text = TEXT, varga = true) {
  const b = new StoryBuilder({ id, text, outlet: 'Daily Planet', publishedAt: '2026-03-01T10:00:00.000Z' }).actor('r', 'Ruritania', 'STATE');
  if (!varga) {
    return b
      .claim('c1', 'the border will be closed', 'close the border', ['r'])
      .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the plan to close the border.');
  }
  return b
    .actor('v', 'Anna Varga', 'PERSON', 'Anna Varga', { title: 'Minister' })
    .claim('c1', 'the border will be closed', 'close the border', ['r', 'v'])
    .claim('c2', 'the border will stay open', 'the border would stay open', ['v'])
    .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the plan to close the border.')
    .stance('v', { claim: 'c2' }, 'SUPPORT', 'said', 'Minister Anna Varga said the border would stay open.');
}

/** Evening Star names Ruritania and the Ruritanian Republic (the same state, resolved apart), the claim twice. */
function star(id = 'art-2') {
  const text = 'Ruritania said the border will be closed soon. The Ruritanian Republic confirmed the border will be closed.';
  return new StoryBuilder({ id, text, outlet: 'Evening Star', publishedAt: '2026-03-02T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('rr', 'Ruritanian Republic', 'STATE')
    .claim('c1', 'the border will be closed', 'the border will be closed', ['r', 'rr'])
    .claim('c1b', 'the border will be closed', 'confirmed the border will be closed', ['rr'])
    .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', 'Ruritania said the border will be closed soon.');
}

/** Only the Ruritanian Republic says it. */
function republic(id = 'art-5') {
  const text = 'The Ruritanian Republic said the border will be closed.';
  return new StoryBuilder({ id, text, outlet: 'Evening Star', publishedAt: '2026-03-05T10:00:00.000Z' })
    .actor('rr', 'Ruritanian Republic', 'STATE')
    .claim('c1', 'the border will be closed', 'the border will be closed', ['rr'])
    .stance('rr', { claim: 'c1' }, 'SUPPORT', 'said', 'The Ruritanian Republic said the border will be closed.');
}

async function idOf(name: string): Promise<string> {
  const [row] = await db.executor.read<{ id: string }>('MATCH (x:Actor {name: $name}) RETURN x.id AS id', { name });
  return row!.id;
}

beforeAll(async () => {
  db = await openTestDb();
  repos = createRepositories(db.executor);
});
beforeEach(() => db.clear());
afterAll(() => db.close());

const BORDER = 'the border will be closed';
const OPEN = 'the border will stay open';

describe('the ABOUT aggregate: one relationship per claim and actor', () => {
  it('counts the articles in which a claim is about an actor, once per article', async () => {
    await write(planet().build());
    await write(star().build());
    await write(planet('art-3', `${TEXT} Again.`).build());
    expect(await about()).toEqual({
      [`${BORDER}>Ruritania`]: 3,
      [`${BORDER}>Anna Varga`]: 2,
      [`${OPEN}>Anna Varga`]: 2,
      // Two appearances in art-2 name the Republic: one article.
      [`${BORDER}>Ruritanian Republic`]: 1,
    });
  });

  it('stays exact when a changed article is re-ingested, and an unchanged one is left alone', async () => {
    await write(planet().build());
    await write(star().build());
    expect((await write(planet('art-1', 'Ruritania rejected the plan to close the border. Nothing else.', false).build())).status).toBe('updated');
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Ruritanian Republic`]: 1 });
    expect((await write(planet('art-1', 'Ruritania rejected the plan to close the border. Nothing else.', false).build())).status).toBe('unchanged');
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Ruritanian Republic`]: 1 });
  });

  it('stays exact when articles are deleted, down to nothing', async () => {
    await write(planet().build());
    await write(star().build());
    await write(planet('art-3', `${TEXT} Again.`).build());
    expect(await repos.curation.deleteArticle('art-3')).toBe(true);
    expect(await about()).toEqual({
      [`${BORDER}>Ruritania`]: 2,
      [`${BORDER}>Anna Varga`]: 1,
      [`${OPEN}>Anna Varga`]: 1,
      [`${BORDER}>Ruritanian Republic`]: 1,
    });
    expect(await repos.curation.deleteArticle('art-2')).toBe(true);
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 1, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
    expect(await repos.curation.deleteArticle('art-1')).toBe(true);
    expect(await about()).toEqual({});
  });

  it('stays exact when actors are merged: an article naming both counts once, and later deletions follow the merge', async () => {
    await write(planet().build());
    await write(star().build());
    await write(republic().build());
    await repos.curation.mergeActors(await idOf('Ruritania'), await idOf('Ruritanian Republic'), 'same country');
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 3, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
    // The appearances still name the Republic: deleting an article follows the merge to Ruritania.
    expect(await repos.curation.deleteArticle('art-5')).toBe(true);
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
    expect(await repos.curation.deleteArticle('art-2')).toBe(true);
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 1, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
    await write(star('art-4').build());
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
  });

  it('stays exact when a merge is undone and when one article\'s mention is detached', async () => {
    await write(planet().build());
    await write(star().build());
    await write(republic().build());
    const before = await about();
    const republicId = await idOf('Ruritanian Republic');
    await repos.curation.mergeActors(await idOf('Ruritania'), republicId, 'same country');
    await repos.curation.unmergeActors(republicId);
    expect(await about()).toEqual(before);
    // art-5 named only the Republic: detached, its claim is about the new actor there, and the Republic keeps art-2.
    const detached = await repos.curation.detachMention(republicId, 'art-5', { id: null, name: 'Republic (art-5)' }, 'another republic');
    const [{ name } = { name: '' }] = await db.executor.read<{ name: string }>('MATCH (x:Actor {id: $id}) RETURN x.name AS name', { id: detached });
    expect(await about()).toEqual({ ...before, [`${BORDER}>Ruritanian Republic`]: 1, [`${BORDER}>${name}`]: 1 });
    await repos.curation.detachMention(detached, 'art-5', { id: republicId, name: null }, 'undo');
    expect(await about()).toEqual(before);
  });

  it('gives the neighborhood ABOUT weights in articles, and the claim filter finds claims by actor', async () => {
    await write(planet().build());
    await write(planet('art-3', `${TEXT} Again.`).build());
    const root = await idOf('Ruritania');
    const graph = await repos.graph.neighborhood(root, 1, 100);
    const edge = graph!.edges.find((e) => e.type === 'ABOUT' && e.target === root);
    expect(edge?.weight).toBe(2);
    const page = await repos.claims.page({ aboutActorId: await idOf('Anna Varga') }, 10, null);
    expect(page.items.map((c) => c.text).sort()).toEqual([BORDER, OPEN]);
  });
});

describe('converting a database with one ABOUT per article', () => {
  /** Rewrites the graph in the shape written before the aggregate: one ABOUT {articleId} per article, no lists on appearances. */
  async function toOldShape(): Promise<void> {
    await db.executor.write(`
      MATCH (c:Claim)-[ap:APPEARS_IN]->(a:Article)
      UNWIND ap.about AS actorId
      WITH DISTINCT c, a, actorId
      MATCH (x:Actor {id: actorId})
      CREATE (c)-[:ABOUT {articleId: a.id}]->(x)`);
    await db.executor.write('MATCH ()-[r:ABOUT]->() WHERE r.articleId IS NULL DELETE r');
    await db.executor.write('MATCH ()-[ap:APPEARS_IN]->() REMOVE ap.about');
    await db.executor.write("MATCH (m:Migration {name: 'about-aggregate'}) DETACH DELETE m");
  }

  it('converts it in batches, once, and the converted graph stays exact afterwards', async () => {
    await write(planet().build());
    await write(star().build());
    await write(planet('art-3', `${TEXT} Again.`).build());
    const expected = await about();
    await toOldShape();
    const [{ n } = { n: 0 }] = await db.executor.read<{ n: number }>('MATCH ()-[r:ABOUT]->() RETURN count(r) AS n');
    expect(n).toBe(8);
    expect(await ensureAboutAggregate(db.executor, { batch: 1 })).toBe(2);
    expect(await about()).toEqual(expected);
    expect(await ensureAboutAggregate(db.executor, { batch: 1 })).toBe(0);
    // The appearances carry the lists again: deleting and re-ingesting keep counting right.
    expect(await repos.curation.deleteArticle('art-3')).toBe(true);
    await write(planet('art-1', 'Ruritania rejected the plan to close the border. Nothing else.', false).build());
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Ruritanian Republic`]: 1 });
  });

  it('converts relationships an old merge moved to the keeper', async () => {
    await write(planet().build());
    await write(star().build());
    await toOldShape();
    // The old merge: the Republic's ABOUT moved to Ruritania with its articleId, the Republic a redirect.
    await db.executor.write(`
      MATCH (m:Actor {name: 'Ruritanian Republic'}), (k:Actor {name: 'Ruritania'})
      MATCH (m)<-[r:ABOUT]-(c) MERGE (k)<-[:ABOUT {articleId: r.articleId}]-(c) DELETE r
      WITH DISTINCT m, k MERGE (m)-[:MERGED_INTO]->(k)`);
    expect(await ensureAboutAggregate(db.executor)).toBe(2);
    expect(await about()).toEqual({ [`${BORDER}>Ruritania`]: 2, [`${BORDER}>Anna Varga`]: 1, [`${OPEN}>Anna Varga`]: 1 });
  });
});
