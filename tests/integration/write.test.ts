import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/extraction.js';
import { createRepositories, type Repositories } from '../../src/graph/repositories/index.js';
import { aliasKeys, resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { StoryBuilder } from '../helpers/story.js';

let db: TestDb;
let repos: Repositories;

async function write(extraction: Extraction) {
  const resolved = await resolveExtraction(db.executor, extraction);
  return repos.writes.writeArticle(resolved);
}

async function counts(): Promise<Record<string, number>> {
  const rows = await db.executor.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n UNION ALL MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n',
  );
  return Object.fromEntries(rows.map((r) => [r.label, r.n]));
}

const TEXT = 'Ruritania rejected the proposal to close the border. Minister Anna Varga said the border would stay open.';

function story(text = TEXT) {
  return new StoryBuilder({ id: 'art-1', text, outlet: 'Daily Planet', publishedAt: '2026-03-01T10:00:00.000Z' })
    .actor('r', 'Ruritania', 'STATE')
    .actor('v', 'Anna Varga', 'PERSON', 'Anna Varga', { title: 'Minister' })
    .actor('o', 'Daily Planet', 'MEDIA', 'Ruritania')
    .member('v', 'r', 'MEMBER_OF', 'Minister')
    .claim('c1', 'the border will be closed', 'close the border', ['r'])
    .claim('c2', 'the border will stay open', 'the border would stay open', ['r'])
    .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the proposal to close the border.', { chain: ['o', 'r'] })
    .stance('v', { claim: 'c2' }, 'SUPPORT', 'said', 'Minister Anna Varga said the border would stay open.', { chain: ['o', 'v'] })
    .relation('CONTRADICTS', 'c2', 'c1');
}

beforeAll(async () => {
  db = await openTestDb();
  repos = createRepositories(db.executor);
});
beforeEach(() => db.clear());
afterAll(() => db.close());

describe('writing an article', () => {
  it('stores actors, claims, stances with evidence spans, the chain and the outlet', async () => {
    const result = await write(story().build());
    expect(result).toMatchObject({ articleId: 'art-1', status: 'created', stances: 2 });
    const [row] = await db.executor.read<{ holder: string; cue: string; evidence: string; start: number; end: number; chain: string[]; outlet: string; text: string }>(`
      MATCH (h:Actor)-[:HOLDS]->(s:Stance {polarity: 'OPPOSE'})-[:IN]->(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
      MATCH (s)-[v:VIA]->(hop:Actor) WITH h, s, a, o, hop ORDER BY v.position
      RETURN h.name AS holder, s.cue AS cue, s.evidence AS evidence, s.evidenceStart AS start, s.evidenceEnd AS end,
             collect(hop.name) AS chain, o.name AS outlet, a.text AS text`);
    expect(row).toMatchObject({ holder: 'Ruritania', cue: 'rejected', outlet: 'Daily Planet', chain: ['Daily Planet', 'Ruritania'] });
    expect(row!.text.slice(row!.start, row!.end)).toBe(row!.evidence);
  });

  it('is idempotent: writing the same article again changes nothing', async () => {
    await write(story().build());
    const before = await counts();
    const again = await write(story().build());
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it("replaces a changed version's contribution and nothing else", async () => {
    await write(story().build());
    const other = new StoryBuilder({ id: 'art-2', text: 'Ruritania said the border will be closed soon.', outlet: 'Evening Star' })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c1', 'the border will be closed', 'the border will be closed')
      .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', 'Ruritania said the border will be closed soon.');
    await write(other.build());

    const changedText = 'Ruritania rejected the proposal to close the border. Nobody else commented.';
    const changed = new StoryBuilder({ id: 'art-1', text: changedText, outlet: 'Daily Planet' })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c1', 'the border will be closed', 'close the border', ['r'])
      .stance('r', { claim: 'c1' }, 'OPPOSE', 'rejected', 'Ruritania rejected the proposal to close the border.');
    expect((await write(changed.build())).status).toBe('updated');

    const names = await db.executor.read<{ name: string }>('MATCH (x:Actor) RETURN x.name AS name ORDER BY name');
    expect(names.map((n) => n.name)).toEqual(['Daily Planet', 'Evening Star', 'Ruritania']);
    const claims = await db.executor.read<{ text: string }>('MATCH (c:Claim) RETURN c.text AS text');
    expect(claims.map((c) => c.text)).toEqual(['the border will be closed']);
    const stances = await db.executor.read<{ articleId: string; polarity: string }>('MATCH (s:Stance) RETURN s.articleId AS articleId, s.polarity AS polarity ORDER BY articleId');
    expect(stances).toEqual([{ articleId: 'art-1', polarity: 'OPPOSE' }, { articleId: 'art-2', polarity: 'SUPPORT' }]);
  });
});

describe('human corrections', () => {
  it('a corrected stance keeps its correction when the article is re-ingested in a new version', async () => {
    await write(story().build());
    const [stance] = await db.executor.read<{ id: string }>("MATCH (s:Stance {polarity: 'OPPOSE'}) RETURN s.id AS id");
    await repos.curation.correctStance(stance!.id, { polarity: 'NEUTRAL', rejected: null, note: 'proposal was only discussed' });
    await write(story(`${TEXT} An update followed.`).build());
    const [after] = await db.executor.read<{ polarity: string; corrected: boolean; extracted: string }>(
      'MATCH (s:Stance {id: $id}) RETURN s.polarity AS polarity, s.corrected AS corrected, s.extractedPolarity AS extracted',
      { id: stance!.id },
    );
    expect(after).toEqual({ polarity: 'NEUTRAL', corrected: true, extracted: 'OPPOSE' });
  });

  it('a merged actor stays merged: later articles naming it resolve to the keeper', async () => {
    await write(story().build());
    const variant = new StoryBuilder({ id: 'art-3', text: 'The Ruritanian Republic denied everything.', outlet: 'Daily Planet' })
      .actor('r', 'Ruritanian Republic', 'STATE')
      .claim('c9', 'something happened', 'everything')
      .stance('r', { claim: 'c9' }, 'OPPOSE', 'denied', 'The Ruritanian Republic denied everything.');
    await write(variant.build());
    const ids = await db.executor.read<{ id: string; name: string }>("MATCH (x:Actor {type: 'STATE'}) RETURN x.id AS id, x.name AS name ORDER BY name");
    expect(ids.map((i) => i.name)).toEqual(['Ruritania', 'Ruritanian Republic']);
    await repos.curation.mergeActors(ids[0]!.id, ids[1]!.id, 'same country');

    const held = await db.executor.read<{ n: number }>('MATCH (:Actor {id: $id})-[:HOLDS]->(s) RETURN count(s) AS n', { id: ids[0]!.id });
    expect(held[0]!.n).toBe(2);
    // A new version of the variant's article: its actor must land on the keeper, not come back.
    const v2 = new StoryBuilder({ id: 'art-3', text: 'The Ruritanian Republic denied everything again.', outlet: 'Daily Planet' })
      .actor('r', 'Ruritanian Republic', 'STATE')
      .claim('c9', 'something happened', 'everything')
      .stance('r', { claim: 'c9' }, 'OPPOSE', 'denied', 'The Ruritanian Republic denied everything again.');
    await write(v2.build());
    const states = await db.executor.read<{ name: string; n: number }>(
      "MATCH (x:Actor {type: 'STATE'}) WHERE NOT (x)-[:MERGED_INTO]->() RETURN x.name AS name, COUNT { (x)-[:HOLDS]->() } AS n",
    );
    expect(states).toEqual([{ name: 'Ruritania', n: 2 }]);
  });

  it('an added alias makes later articles resolve to the actor', async () => {
    await write(story().build());
    const [varga] = await db.executor.read<{ id: string }>("MATCH (x:Actor {name: 'Anna Varga'}) RETURN x.id AS id");
    await repos.curation.addAlias(varga!.id, 'A. Varga', aliasKeys);
    const later = new StoryBuilder({ id: 'art-4', text: 'A. Varga praised the decision.', outlet: 'Evening Star' })
      .actor('v', 'A. Varga', 'PERSON')
      .actor('r', 'Ruritania', 'STATE', 'decision')
      .stance('v', { actor: 'r' }, 'SUPPORT', 'praised', 'A. Varga praised the decision.');
    await write(later.build());
    const [row] = await db.executor.read<{ n: number }>("MATCH (x:Actor {type: 'PERSON'}) RETURN count(x) AS n");
    expect(row!.n).toBe(1);
  });

  it('deleting an article removes what only it contributed', async () => {
    await write(story().build());
    const other = new StoryBuilder({ id: 'art-2', text: 'Ruritania said the border will be closed soon.', outlet: 'Evening Star' })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c1', 'the border will be closed', 'the border will be closed')
      .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', 'Ruritania said the border will be closed soon.');
    await write(other.build());
    expect(await repos.curation.deleteArticle('art-1')).toBe(true);
    expect(await repos.curation.deleteArticle('art-1')).toBe(false);
    const c = await counts();
    expect(c).toMatchObject({ Article: 1, Stance: 1, Claim: 1 });
    const names = await db.executor.read<{ name: string }>('MATCH (x:Actor) RETURN x.name AS name ORDER BY name');
    expect(names.map((n) => n.name)).toEqual(['Evening Star', 'Ruritania']);
  });
});

describe("a claim's firstSeenAt", () => {
  const border = (id: string, publishedAt: string | undefined, text = 'Ruritania said the border will be closed soon.') =>
    new StoryBuilder({ id, text, outlet: 'Evening Star', ...(publishedAt ? { publishedAt } : {}) })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c1', 'the border will be closed', 'the border will be closed', ['r'])
      .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', text)
      .build();

  /** The stored value and the definition: the earliest publishedAt of the articles the claim appears in. */
  async function firstSeen(): Promise<{ stored: string | null; earliest: string | null }> {
    const [row] = await db.executor.read<{ stored: string | null; earliest: string | null }>(`
      MATCH (c:Claim {text: 'the border will be closed'})
      OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
      RETURN c.firstSeenAt AS stored, min(a.publishedAt) AS earliest`);
    return row!;
  }

  it('is the earliest date of its articles, kept exact as articles are added, re-ingested and deleted', async () => {
    await write(story().build());
    expect(await firstSeen()).toEqual({ stored: '2026-03-01T10:00:00.000Z', earliest: '2026-03-01T10:00:00.000Z' });
    await write(border('art-2', '2026-02-01T10:00:00.000Z'));
    expect(await firstSeen()).toEqual({ stored: '2026-02-01T10:00:00.000Z', earliest: '2026-02-01T10:00:00.000Z' });
    await write(border('art-3', undefined));
    expect((await firstSeen()).stored).toBe('2026-02-01T10:00:00.000Z');

    // A new version of the earliest article, dated later: the claim was first seen in art-1 after all.
    await write(border('art-2', '2026-04-01T10:00:00.000Z', 'Ruritania said again the border will be closed soon.'));
    expect(await firstSeen()).toEqual({ stored: '2026-03-01T10:00:00.000Z', earliest: '2026-03-01T10:00:00.000Z' });
    expect(await repos.curation.deleteArticle('art-1')).toBe(true);
    expect(await firstSeen()).toEqual({ stored: '2026-04-01T10:00:00.000Z', earliest: '2026-04-01T10:00:00.000Z' });
    expect(await repos.curation.deleteArticle('art-2')).toBe(true);
    expect(await firstSeen()).toEqual({ stored: null, earliest: null });
  });
});

describe("a claim's quote text", () => {
  const quoted = (id: string, quote: string) =>
    new StoryBuilder({ id, text: `Ruritania said: "${quote}"`, outlet: 'Evening Star', publishedAt: '2026-03-01T10:00:00.000Z' })
      .actor('r', 'Ruritania', 'STATE')
      .claim('c1', 'the border will be closed', quote, ['r'])
      .stance('r', { claim: 'c1' }, 'SUPPORT', 'said', `Ruritania said: "${quote}"`, { quote })
      .build();

  it('keeps each distinct quote once, however many articles carry it', async () => {
    await write(quoted('art-1', 'The border will be closed'));
    await write(quoted('art-2', 'The border will be closed'));
    await write(quoted('art-3', 'We close the border at dawn'));
    await write(quoted('art-4', 'The border will be closed'));
    const [row] = await db.executor.read<{ quoteText: string; appearances: number }>(
      "MATCH (c:Claim {text: 'the border will be closed'})-[ap:APPEARS_IN]->() RETURN c.quoteText AS quoteText, count(ap) AS appearances",
    );
    expect(row).toEqual({ quoteText: ' The border will be closed We close the border at dawn', appearances: 4 });
  });
});

describe("an article's actor relations", () => {
  async function memberships(): Promise<{ articleId: string; role: string | null }[]> {
    return db.executor.read(
      "MATCH (:Actor {name: 'Anna Varga'})-[m:MEMBER_OF]->(:Actor {name: 'Ruritania'}) RETURN m.articleId AS articleId, m.role AS role ORDER BY articleId",
    );
  }

  it('are one relationship per article and pair, the last role given kept, none doubled by a new version', async () => {
    await write(story().member('v', 'r', 'MEMBER_OF', 'Deputy Minister').build());
    expect(await memberships()).toEqual([{ articleId: 'art-1', role: 'Deputy Minister' }]);
    await write(story(`${TEXT} More followed.`).member('v', 'r', 'MEMBER_OF', 'Deputy Minister').build());
    expect(await memberships()).toEqual([{ articleId: 'art-1', role: 'Deputy Minister' }]);
    const other = new StoryBuilder({ id: 'art-2', text: 'Minister Anna Varga of Ruritania spoke.', outlet: 'Evening Star' })
      .actor('r', 'Ruritania', 'STATE')
      .actor('v', 'Anna Varga', 'PERSON', 'Anna Varga', { title: 'Minister' })
      .member('v', 'r', 'MEMBER_OF', 'Minister');
    await write(other.build());
    expect(await memberships()).toEqual([{ articleId: 'art-1', role: 'Deputy Minister' }, { articleId: 'art-2', role: 'Minister' }]);
  });
});
