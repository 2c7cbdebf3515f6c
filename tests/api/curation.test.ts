import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { ingestStory, startTestServer, type TestServer } from '../helpers/server.js';
import { recountedReports, snapshot, storedReports } from '../helpers/snapshot.js';

/**
 * Human curation through the real server on the four-outlet story (tests/fixtures/story): a merge
 * of two outlets undone, one article's mention of a state detached, and requests that must fail
 * without changing anything.
 */
let db: TestDb;
let server: TestServer;

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer();
  expect(await ingestStory(server)).toEqual(['created', 'created', 'created', 'created']);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const res = await server.gql(query, variables);
  expect(res.data ?? null).toBeNull();
  return res.errors?.[0]?.extensions?.code;
}

async function actorId(name: string): Promise<string> {
  const data = await gql(`query($q: String!) { actors(search: $q, first: 10) { nodes { id name } } }`, { q: name });
  const found = data.actors.nodes.find((a: { name: string }) => a.name === name);
  expect(found).toBeDefined();
  return found.id;
}

/** What the API says an actor is: names, stances both ways, and where and why it is mentioned. */
const PROFILE = `query($id: ID!) { actor(id: $id) { id name aliases
  stances(first: 100) { id polarity chainNames article { id } } stancesToward(first: 100) { id }
  mentions(first: 100) { article { id } count reason score mergedFrom { id } detachment { from { id } to { id } reason } }
  merges { actor { id } reason reversible at } detachments { article { id } from { id } to { id } reason } } }`;

async function profile(id: string) {
  return (await gql(PROFILE, { id })).actor;
}

describe('curation through the API', () => {
  it('explains a merge and undoes it: stances, mentions, aliases and REPORTS as before', async () => {
    const [reuters, nikkei] = [await actorId('Reuters'), await actorId('Nikkei Asia')];
    const before = { graph: await snapshot(db.executor), reports: await storedReports(db.executor), reuters: await profile(reuters), nikkei: await profile(nikkei) };
    expect(before.nikkei.mentions.length).toBeGreaterThan(0);
    expect(before.nikkei.mentions.every((m: { reason: string | null; mergedFrom: unknown[] }) => m.reason && m.mergedFrom.length === 0)).toBe(true);

    const merged = await gql(`mutation($k: ID!, $m: ID!) { mergeActors(keepId: $k, mergeId: $m, reason: "test: one wire") { id aliases } }`, { k: reuters, m: nikkei });
    expect(merged.mergeActors.aliases).toContain('Nikkei Asia');
    const keeper = await profile(reuters);
    expect(keeper.merges).toEqual([{ actor: { id: nikkei }, reason: 'test: one wire', reversible: true, at: expect.any(String) }]);
    // Each mention says where it came from: Nikkei's moved ones name the merge, Reuters' own do not.
    const moved = keeper.mentions.filter((m: { mergedFrom: { id: string }[] }) => m.mergedFrom.some((a) => a.id === nikkei));
    expect(moved.map((m: { article: { id: string } }) => m.article.id).sort()).toEqual(
      before.nikkei.mentions.filter((m: { article: { id: string } }) => !before.reuters.mentions.some((r: { article: { id: string } }) => r.article.id === m.article.id)).map((m: { article: { id: string } }) => m.article.id).sort(),
    );
    expect(keeper.stances.length).toBe(before.reuters.stances.length + before.nikkei.stances.length);

    const unmerged = await gql(`mutation($m: ID!) { unmergeActors(mergedId: $m) { id name } }`, { m: nikkei });
    expect(unmerged.unmergeActors).toEqual({ id: nikkei, name: 'Nikkei Asia' });
    expect(await profile(reuters)).toEqual(before.reuters);
    expect(await profile(nikkei)).toEqual(before.nikkei);
    expect(await storedReports(db.executor)).toEqual(before.reports);
    expect(before.reports).toEqual(await recountedReports(db.executor));
    expect(await snapshot(db.executor)).toEqual(before.graph);
  });

  it("detaches one article's mention of a state into a new actor, with the decision on record", async () => {
    const japan = await actorId('Japan');
    const before = await profile(japan);
    // An article where Japan holds a stance, so the detach has evidence to move.
    expect(before.stances.length).toBeGreaterThan(0);
    const article = before.stances[0].article.id as string;
    const data = await gql(
      `mutation($a: ID!, $art: ID!) { detachMention(actorId: $a, articleId: $art, name: "Japan (as this outlet reports it)", reason: "test: another Japan") { id name } }`,
      { a: japan, art: article },
    );
    const detached = await profile(data.detachMention.id);
    expect(detached.name).toBe('Japan (as this outlet reports it)');
    expect(detached.mentions.map((m: { article: { id: string } }) => m.article.id)).toEqual([article]);
    // The mention says why it is here: the resolver's decision, then the human's.
    expect(detached.mentions[0].reason).toBe(before.mentions.find((m: { article: { id: string } }) => m.article.id === article).reason);
    expect(detached.mentions[0].detachment).toEqual({ from: { id: japan }, to: { id: detached.id }, reason: 'test: another Japan' });
    const inArticle = (s: { article: { id: string } }) => s.article.id === article;
    expect(detached.stances).toEqual(before.stances.filter(inArticle));
    expect(detached.stances.length).toBeGreaterThan(0);
    const after = await profile(japan);
    expect(after.mentions).toEqual(before.mentions.filter((m: { article: { id: string } }) => m.article.id !== article));
    // Every stance Japan held is held by exactly one of the two now.
    expect(after.stances).toEqual(before.stances.filter((s: { article: { id: string } }) => !inArticle(s)));
    const record = { article: { id: article }, from: { id: japan }, to: { id: detached.id }, reason: 'test: another Japan' };
    expect(after.detachments).toEqual([record]);
    expect(detached.detachments).toEqual([record]);
    expect(await storedReports(db.executor)).toEqual(await recountedReports(db.executor));

    // Detached back: as before, and the record is gone.
    await gql(`mutation($a: ID!, $art: ID!, $into: ID!) { detachMention(actorId: $a, articleId: $art, intoId: $into) { id } }`, { a: detached.id, art: article, into: japan });
    expect(await profile(japan)).toEqual(before);
  });

  it('answers bad requests with a code, changes nothing and keeps serving', async () => {
    const [japan, reuters] = [await actorId('Japan'), await actorId('Reuters')];
    const before = await snapshot(db.executor);
    const unmerge = `mutation($m: ID!) { unmergeActors(mergedId: $m) { id } }`;
    expect(await errorCode(unmerge, { m: 'state:atlantis' })).toBe('NOT_FOUND');
    expect(await errorCode(unmerge, { m: japan })).toBe('BAD_USER_INPUT');
    expect(await errorCode(`mutation($k: ID!) { mergeActors(keepId: $k, mergeId: $k) { id } }`, { k: japan })).toBe('BAD_USER_INPUT');
    const detach = `mutation($a: ID!, $art: ID!, $into: ID, $name: String) { detachMention(actorId: $a, articleId: $art, intoId: $into, name: $name) { id } }`;
    expect(await errorCode(detach, { a: japan, art: 'no-such-article' })).toBe('NOT_FOUND');
    expect(await errorCode(detach, { a: 'state:atlantis', art: 'no-such-article' })).toBe('NOT_FOUND');
    const [article] = (await profile(japan)).mentions.map((m: { article: { id: string } }) => m.article.id);
    expect(await errorCode(detach, { a: japan, art: article, into: japan })).toBe('BAD_USER_INPUT');
    expect(await errorCode(detach, { a: japan, art: article, into: reuters, name: 'both' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(detach, { a: japan, art: article, name: ' ' })).toBe('BAD_USER_INPUT');
    expect(await snapshot(db.executor)).toEqual(before);
    expect((await gql(`{ actor(id: "${japan}") { name } }`)).actor.name).toBe('Japan');
  });
});
