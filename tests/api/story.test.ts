import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { ingestStory, startTestServer, type TestServer } from '../helpers/server.js';

/**
 * One story carried by four outlets, written for this test (tests/fixtures/story): Nikkei Asia
 * reports it first, Reuters and The Straits Times echo Nikkei, Kyodo News has its own sources,
 * and a Japanese official denies it. Ingested for real: parse, extract, resolve, write.
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

describe('one story across outlets', () => {
  it('yields one actor per real-world actor across the four articles', async () => {
    const res = await server.gql(`{ actors(first: 100) { nodes { name type } } }`);
    const names = res.data!.actors.nodes.map((a: { name: string; type: string }) => `${a.type}:${a.name}`);
    for (const one of ['STATE:Japan', 'STATE:Philippines', 'STATE:Vietnam', 'MEDIA:Nikkei Asia']) {
      expect(names.filter((n: string) => n === one)).toHaveLength(1);
    }
    expect(names.filter((n: string) => /^STATE:.*(Tokyo|Manila|Hanoi)/.test(n))).toEqual([]);
  });

  it('traces the claim back to its first report, with the chain and two independent origins', async () => {
    const search = await server.gql(`{ claims(search: "coast guard funding patrol deal Vietnam", first: 10) { nodes { id text } } }`);
    const claims = search.data!.claims.nodes as { id: string; text: string }[];
    expect(claims.length).toBeGreaterThan(0);
    const traces = await Promise.all(
      claims.map(async (c) => {
        const res = await server.gql(
          `query($id: ID!) { claimTrace(claimId: $id) { independentOrigins origins { name }
             firstReport { outlet { name } article { id } }
             appearances { publishedAt outlet { name } isFirstReport chains { name } } } }`,
          { id: c.id },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.claimTrace;
      }),
    );
    // The most-carried claim is the story itself: the same proposition in different words.
    const trace = traces.sort((a, b) => b.appearances.length - a.appearances.length)[0];
    const outlets = trace.appearances.map((a: { outlet: { name: string } }) => a.outlet.name);
    expect(outlets).toEqual(expect.arrayContaining(['Nikkei Asia', 'Reuters', 'The Straits Times']));
    expect(trace.firstReport.outlet.name).toBe('Nikkei Asia');
    const times = trace.appearances.map((a: { publishedAt: string }) => a.publishedAt);
    expect([...times].sort()).toEqual(times);
    const reutersChains = trace.appearances.find((a: { outlet: { name: string } }) => a.outlet.name === 'Reuters').chains;
    expect(reutersChains.map((c: { name: string }[]) => c.map((x) => x.name))).toContainEqual(
      expect.arrayContaining(['Reuters', 'Nikkei Asia', 'four people familiar with the talks']),
    );
    // Nikkei and its two echoes are one origin; Kyodo's own officials are another.
    expect(outlets).toContain('Kyodo News');
    expect(trace.independentOrigins).toBe(2);
  });

  it('surfaces the denial as a conflict with evidence on both sides', async () => {
    const res = await server.gql(`{ conflicts(first: 20) { kind claim { text } sideA { polarity holder { name } evidence { text } } sideB { polarity holder { name } evidence { text } } } }`);
    expect(res.errors).toBeUndefined();
    const conflicts = res.data!.conflicts as { kind: string; sideA: { holder: { name: string }; evidence: { text: string } }[]; sideB: { holder: { name: string }; evidence: { text: string } }[] }[];
    const denial = conflicts.find((c) => [...c.sideA, ...c.sideB].some((s) => s.holder.name === 'Kenji Morita'));
    expect(denial).toBeDefined();
    expect(denial!.sideA.length).toBeGreaterThan(0);
    expect(denial!.sideB.length).toBeGreaterThan(0);
    expect([...denial!.sideA, ...denial!.sideB].map((s) => s.evidence.text).join(' ')).toMatch(/completely false/);
  });
});
