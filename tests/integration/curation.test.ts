import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { createRepositories, type Repositories } from '../../src/graph/repositories/index.js';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { recountedReports, snapshot, storedReports } from '../helpers/snapshot.js';
import { StoryBuilder } from '../helpers/story.js';

let db: TestDb;
let repos: Repositories;

async function write(extraction: Extraction) {
  return repos.writes.writeArticle(await resolveExtraction(db.executor, extraction));
}

/** The REPORTS aggregate by actor ids, checked against a recount from the chains. */
async function exactReports(): Promise<Record<string, number>> {
  const stored = await storedReports(db.executor);
  expect(stored).toEqual(await recountedReports(db.executor));
  return stored;
}

async function idOf(name: string): Promise<string> {
  const rows = await db.executor.read<{ id: string }>('MATCH (x:Actor {name: $name}) WHERE NOT (x)-[:MERGED_INTO]->() RETURN x.id AS id', { name });
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

/** `type other` lines for every relationship of an actor: what it holds, where it is mentioned, who points at it. */
async function evidenceOf(id: string): Promise<string[]> {
  const rows = await db.executor.read<{ line: string }>(
    `MATCH (x:Actor {id: $id})-[r]-(o) WHERE NOT type(r) IN ['REPORTS', 'MERGED_INTO', 'MERGE_STASH']
     RETURN type(r) + CASE WHEN startNode(r) = x THEN ' -> ' ELSE ' <- ' END + coalesce(o.id, o.value) + coalesce(' @' + r.articleId, '') AS line`,
    { id },
  );
  return rows.map((r) => r.line).sort();
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected the curation to fail');
}

/** Daily Planet: Ruritania, and its minister Anna Varga. */
function planet() {
  const text = 'Ruritania rejected the proposal to close the border. Minister Anna Varga said the border would stay open.';
  return new StoryBuilder({ id: 'art-1', text, outlet: 'Daily Planet', publishedAt: '2026-03-01T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('v', 'Anna Varga', 'PERSON', 'Anna Varga', { title: 'Minister' })
    .actor('o', 'Daily Planet', 'MEDIA', 'Ruritania')
    .member('v', 'r', 'MEMBER_OF', 'Minister')
    .claim('c1', 'the border will be closed', 'close the border')
    .claim('c2', 'the border will stay open', 'the border would stay open')
    .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the proposal to close the border.', { chain: ['o', 'r'] })
    .stance('v', { claim: 'c2' }, 'SUPPORT', 'said', 'Minister Anna Varga said the border would stay open.', { chain: ['o', 'r', 'v'] });
}

/** Evening Star: Ruritania and the Ruritanian Republic (the same state, resolved apart) in one article. */
function star(extra = '') {
  const text = `Ruritania said the border will be closed soon. The Ruritanian Republic denied everything. Anna Varga criticised the Ruritanian Republic.${extra}`;
  return new StoryBuilder({ id: 'art-2', text, outlet: 'Evening Star', publishedAt: '2026-03-02T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('rr', 'Ruritanian Republic', 'STATE')
    .actor('v', 'Anna Varga', 'PERSON')
    .actor('o', 'Evening Star', 'MEDIA', 'Ruritania')
    .member('rr', 'r', 'PART_OF')
    .claim('c1', 'the border will be closed', 'the border will be closed')
    .claim('c9', 'something happened', 'everything', ['rr'])
    .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', 'Ruritania said the border will be closed soon.', { chain: ['o', 'r'] })
    .stance('rr', { claim: 'c9' }, 'OPPOSE', 'denied', 'The Ruritanian Republic denied everything.', { chain: ['o', 'r', 'rr'] })
    .stance('v', { actor: 'rr' }, 'OPPOSE', 'criticised', 'Anna Varga criticised the Ruritanian Republic.', { chain: ['o', 'v'] });
}

/** Strelsau Gazette: Strelsau, the capital, which a human will later decide speaks for the state. */
function gazette() {
  const text = 'Strelsau confirmed the border will be closed.';
  return new StoryBuilder({ id: 'art-3', text, outlet: 'Strelsau Gazette', publishedAt: '2026-03-03T10:00:00.000Z' })
    .actor('s', 'Strelsau', 'STATE')
    .actor('o', 'Strelsau Gazette', 'MEDIA', 'Strelsau')
    .claim('c1', 'the border will be closed', 'the border will be closed')
    .stance('s', { claim: 'c1' }, 'SUPPORT', 'confirmed', 'Strelsau confirmed the border will be closed.', { chain: ['o', 's'] });
}

beforeAll(async () => {
  db = await openTestDb();
  repos = createRepositories(db.executor);
});
beforeEach(async () => {
  await db.clear();
  await write(planet().build());
  await write(star().build());
  await write(gazette().build());
});
afterAll(() => db.close());

describe('undoing a merge', () => {
  it('returns the graph to its state before the merge, REPORTS counts included', async () => {
    const before = await snapshot(db.executor);
    const reportsBefore = await exactReports();
    const [ruritania, republic] = [await idOf('Ruritania'), await idOf('Ruritanian Republic')];
    const republicEvidence = await evidenceOf(republic);
    // Both are mentioned in the Evening Star and linked to each other there: the merge cannot move those as they are.
    expect(republicEvidence).toEqual(expect.arrayContaining([`MENTIONED_IN -> art-2`, `PART_OF -> ${ruritania} @art-2`]));

    await repos.curation.mergeActors(ruritania, republic, 'same state');
    expect(await evidenceOf(republic)).toEqual([]);
    expect((await evidenceOf(ruritania)).filter((l) => l.startsWith('HOLDS'))).toHaveLength(3);
    expect((await db.executor.read<{ aliases: string[] }>('MATCH (x:Actor {id: $id}) RETURN x.aliases AS aliases', { id: ruritania }))[0]!.aliases).toContain('Ruritanian Republic');
    const merged = await exactReports();
    expect(merged[`${ruritania}>${republic}`]).toBeUndefined();
    expect(merged).not.toEqual(reportsBefore);

    expect(await repos.curation.unmergeActors(republic)).toBe(ruritania);
    expect(await snapshot(db.executor)).toEqual(before);
    expect(await exactReports()).toEqual(reportsBefore);
    expect(await evidenceOf(republic)).toEqual(republicEvidence);
  });

  it('unwinds a chain of merges one layer at a time, the latest first', async () => {
    const [ruritania, republic, strelsau] = [await idOf('Ruritania'), await idOf('Ruritanian Republic'), await idOf('Strelsau')];
    const original = await snapshot(db.executor);
    await repos.curation.mergeActors(ruritania, republic, 'same state');
    const once = await snapshot(db.executor);
    await repos.curation.mergeActors(strelsau, ruritania, 'the capital speaks for the state');
    const twice = await snapshot(db.executor);
    await exactReports();

    // The Republic's keeper is itself merged now: undoing the Republic first would strand it.
    expect(await codeOf(repos.curation.unmergeActors(republic))).toBe('CONFLICT');
    expect(await snapshot(db.executor)).toEqual(twice);

    expect(await repos.curation.unmergeActors(ruritania)).toBe(strelsau);
    expect(await snapshot(db.executor)).toEqual(once);
    await exactReports();
    expect(await repos.curation.unmergeActors(republic)).toBe(ruritania);
    expect(await snapshot(db.executor)).toEqual(original);
    await exactReports();
  });

  it('refuses a merge made before merges were recorded, and changes nothing', async () => {
    const [ruritania, republic] = [await idOf('Ruritania'), await idOf('Ruritanian Republic')];
    await repos.curation.mergeActors(ruritania, republic, 'same state');
    // What a merge by an earlier version left: no tags, no stash, a bare MERGED_INTO {at, reason}.
    await db.executor.write('MATCH ()-[r]->() WHERE r.movedFrom IS NOT NULL REMOVE r.movedFrom');
    await db.executor.write('MATCH ()-[s:MERGE_STASH]->() DELETE s');
    await db.executor.write('MATCH ()-[mi:MERGED_INTO]->() REMOVE mi.reversible, mi.addedAliases, mi.keeperCurated, mi.mergedCurated, mi.mergedAliasText');
    const untagged = await snapshot(db.executor);
    expect(await codeOf(repos.curation.unmergeActors(republic))).toBe('NOT_REVERSIBLE');
    expect(await snapshot(db.executor)).toEqual(untagged);
  });

  it('rejects unknown, unmerged and circular requests without changing anything', async () => {
    const [ruritania, republic, strelsau] = [await idOf('Ruritania'), await idOf('Ruritanian Republic'), await idOf('Strelsau')];
    const before = await snapshot(db.executor);
    expect(await codeOf(repos.curation.unmergeActors('state:atlantis'))).toBe('NOT_FOUND');
    expect(await codeOf(repos.curation.unmergeActors(ruritania))).toBe('BAD_USER_INPUT');
    expect(await codeOf(repos.curation.mergeActors(ruritania, ruritania, 'itself'))).toBe('BAD_USER_INPUT');
    expect(await codeOf(repos.curation.mergeActors(ruritania, 'state:atlantis', 'unknown'))).toBe('NOT_FOUND');
    expect(await codeOf(repos.curation.detachMention(ruritania, 'art-9', { id: null, name: null }, 'unknown article'))).toBe('NOT_FOUND');
    expect(await codeOf(repos.curation.detachMention(strelsau, 'art-1', { id: null, name: null }, 'not there'))).toBe('BAD_USER_INPUT');
    expect(await codeOf(repos.curation.detachMention(ruritania, 'art-1', { id: ruritania, name: null }, 'into itself'))).toBe('BAD_USER_INPUT');
    expect(await snapshot(db.executor)).toEqual(before);

    await repos.curation.mergeActors(ruritania, republic, 'same state');
    const merged = await snapshot(db.executor);
    // Into a redirect, or the keeper into what it absorbed: both would lose evidence in a dead end.
    expect(await codeOf(repos.curation.mergeActors(republic, strelsau, 'into a redirect'))).toBe('CONFLICT');
    expect(await codeOf(repos.curation.mergeActors(republic, ruritania, 'a cycle'))).toBe('CONFLICT');
    expect(await codeOf(repos.curation.mergeActors(strelsau, republic, 'merged twice'))).toBe('CONFLICT');
    expect(await codeOf(repos.curation.detachMention(republic, 'art-2', { id: null, name: null }, 'a redirect'))).toBe('CONFLICT');
    expect(await snapshot(db.executor)).toEqual(merged);
  });
});

describe("detaching one article's mention", () => {
  it("moves exactly that article's evidence to a new actor, and back", async () => {
    const before = await snapshot(db.executor);
    const reportsBefore = await exactReports();
    const ruritania = await idOf('Ruritania');
    const evidence = await evidenceOf(ruritania);
    const [{ stanceIds } = { stanceIds: [] }] = await db.executor.read<{ stanceIds: string[] }>(
      "MATCH (s:Stance {articleId: 'art-2'}) RETURN collect(s.id) AS stanceIds",
    );
    // Stance ids are not article ids: an evidence line is from the Evening Star when its stance or article is.
    const inStar = (line: string) => line.includes('art-2') || stanceIds.some((id) => line.includes(id));

    const detached = await repos.curation.detachMention(ruritania, 'art-2', { id: null, name: null }, 'a different Ruritania');
    expect(detached).toBe(`${ruritania}@art-2`);
    expect(await evidenceOf(ruritania)).toEqual(evidence.filter((l) => !inStar(l) || l.startsWith('HAS_KEY')));
    expect(await evidenceOf(detached)).toEqual(evidence.filter((l) => inStar(l) && !l.startsWith('HAS_KEY')));
    expect((await evidenceOf(detached)).some((l) => l.startsWith('VIA'))).toBe(true);
    const reports = await exactReports();
    expect(reports[`${detached}>${await idOf('Ruritanian Republic')}`]).toBe(1);
    expect(reports).not.toEqual(reportsBefore);
    expect(await repos.identity.detachments([ruritania, detached])).toEqual([
      [expect.objectContaining({ articleId: 'art-2', fromId: ruritania, toId: detached, reason: 'a different Ruritania' })],
      [expect.objectContaining({ articleId: 'art-2', fromId: ruritania, toId: detached })],
    ]);

    // Detaching it back where it came from undoes it: the new actor and the record go.
    expect(await repos.curation.detachMention(detached, 'art-2', { id: ruritania, name: null }, 'same after all')).toBe(ruritania);
    expect(await snapshot(db.executor)).toEqual(before);
  });

  it('survives a new version of the article, which does not teach the new actor its name', async () => {
    const ruritania = await idOf('Ruritania');
    const detached = await repos.curation.detachMention(ruritania, 'art-2', { id: null, name: 'Ruritania (Evening Star)' }, 'a different Ruritania');
    expect((await write(star(' The talks went on.').build())).status).toBe('updated');

    expect((await evidenceOf(ruritania)).filter((l) => l.includes('art-2'))).toEqual([]);
    const [mention] = await db.executor.read<{ reason: string }>("MATCH (:Actor {id: $id})-[m:MENTIONED_IN]->(:Article {id: 'art-2'}) RETURN m.reason AS reason", { id: detached });
    expect(mention!.reason).toMatch(/detached by a human into Ruritania \(Evening Star\)/);
    expect((await evidenceOf(detached)).filter((l) => l.startsWith('HOLDS'))).toHaveLength(1);
    expect((await evidenceOf(detached)).filter((l) => l.startsWith('HAS_KEY'))).toEqual([]);
    await exactReports();

    // Other articles naming Ruritania still resolve to it.
    await write(gazette().build());
    const later = new StoryBuilder({ id: 'art-4', text: 'Ruritania reopened the border.', outlet: 'Daily Planet' })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c3', 'the border reopened', 'reopened the border')
      .stance('r', { claim: 'c3' }, 'SUPPORT', 'reopened', 'Ruritania reopened the border.');
    await write(later.build());
    expect(await evidenceOf(ruritania)).toContain('MENTIONED_IN -> art-4');
  });

  it('moves the mention into an existing actor and merges it with what that actor had there', async () => {
    const [ruritania, republic] = [await idOf('Ruritania'), await idOf('Ruritanian Republic')];
    expect(await repos.curation.detachMention(republic, 'art-2', { id: ruritania, name: null }, 'the Republic is Ruritania here')).toBe(ruritania);
    expect((await evidenceOf(republic)).filter((l) => !l.startsWith('HAS_KEY'))).toEqual([]);
    const starEvidence = (await evidenceOf(ruritania)).filter((l) => l.includes('art-2') || l.startsWith('HOLDS'));
    expect(starEvidence.filter((l) => l === 'MENTIONED_IN -> art-2')).toHaveLength(1);
    expect(starEvidence.filter((l) => l.startsWith('PART_OF'))).toEqual([]);
    expect((await evidenceOf(ruritania)).filter((l) => l.startsWith('HOLDS'))).toHaveLength(3);
    await exactReports();
  });
});
