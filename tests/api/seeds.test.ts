import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, listArticleFiles } from '../../src/services/files.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: TestDb;
let server: TestServer;

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  server = await startTestServer({ seed: true });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const STANCE = `id polarity cue { text } evidence { start end text } quote { text } chainNames
  holder { name type title } claim { text } condition { text } article { id text } outlet { name }`;

interface Stance {
  polarity: string;
  cue: { text: string };
  evidence: { start: number; end: number; text: string };
  chainNames: string[];
  holder: { name: string; type: string; title: string | null };
  claim: { text: string } | null;
  condition: { text: string } | null;
  article: { id: string; text: string };
  outlet: { name: string } | null;
}

async function stances(polarity?: string): Promise<Stance[]> {
  const res = await server.gql<{ stances: { nodes: Stance[] } }>(`query($p: Polarity) { stances(polarity: $p, first: 100) { nodes { ${STANCE} } } }`, { p: polarity });
  expect(res.errors).toBeUndefined();
  return res.data!.stances.nodes;
}

describe('the seeds, through GraphQL (who said what)', () => {
  it('loads both seed articles with their front-matter metadata', async () => {
    const res = await server.gql(`{ articles { nodes { title publishedAt sentimentLabel sentimentScore tldr category outlet { name } sources { outlet url } } } }`);
    const articles = res.data!.articles.nodes as { title: string; outlet: { name: string } | null; sentimentLabel: string | null; tldr: string[] | null; sources: unknown[] }[];
    expect(articles).toHaveLength(2);
    const summary = articles.find((a) => a.sentimentLabel !== null)!;
    expect(summary).toMatchObject({ sentimentLabel: 'Cautiously Bearish', sentimentScore: 4, category: 'US' });
    expect(summary.tldr).toHaveLength(3);
    expect(summary.sources.length).toBeGreaterThanOrEqual(3);
    expect(articles.map((a) => a.outlet?.name)).toContain('Clash Report');
  });

  it('who conditions what: the United States makes security guarantees conditional on ceding the Donbas', async () => {
    const conditional = (await stances('CONDITIONAL')).filter((s) => s.holder.name === 'United States');
    const onGuarantees = conditional.filter((s) => /security guarantee/i.test(s.claim?.text ?? ''));
    expect(onGuarantees.length).toBeGreaterThan(0);
    expect(onGuarantees.some((s) => /donbas|territor/i.test(s.condition?.text ?? ''))).toBe(true);
  });

  it('who denies what: the White House and Anna Kelly oppose the claim that the US pressures Ukraine to give up territory', async () => {
    const opposing = await stances('OPPOSE');
    const denial = opposing.filter((s) => /pressur\w* Ukraine to give up territory/i.test(s.claim?.text ?? ''));
    expect(denial.map((s) => s.holder.name)).toEqual(expect.arrayContaining(['White House', 'Anna Kelly']));
    const kelly = denial.find((s) => s.holder.name === 'Anna Kelly')!;
    expect(kelly.cue.text).toMatch(/false/i);
    expect(kelly.article.text.slice(kelly.evidence.start, kelly.evidence.end)).toBe(kelly.evidence.text);
    const relations = await server.gql(`{ actors(search: "Anna Kelly") { nodes { name title } } }`);
    expect(relations.data!.actors.nodes[0]).toMatchObject({ name: 'Anna Kelly', title: expect.stringMatching(/press secretary/) });
  });

  it('Zelenskyy is one actor across both articles, with his title, opposing ceding territory', async () => {
    const res = await server.gql(`{ actors(search: "Zelenskyy", type: PERSON) { nodes { id name title stances(first: 50) { polarity claim { text } article { id } } } } }`);
    const people = res.data!.actors.nodes as { name: string; title: string; stances: { polarity: string; claim: { text: string } | null; article: { id: string } }[] }[];
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Volodymyr Zelenskyy', title: 'President' });
    expect(new Set(people[0]!.stances.map((s) => s.article.id)).size).toBe(2);
    expect(people[0]!.stances.some((s) => s.polarity === 'OPPOSE' && /ced\w* territory|donbas/i.test(s.claim?.text ?? ''))).toBe(true);
  });

  it('keeps the chain back to the Financial Times and the eight people familiar with the talks', async () => {
    const all = await stances();
    const chains = all.map((s) => s.chainNames);
    expect(chains).toContainEqual(expect.arrayContaining(['Clash Report', 'Financial Times', 'eight people familiar with the talks']));
    const viaFt = all.find((s) => s.chainNames.join(' > ').startsWith('Clash Report > Financial Times > eight people'))!;
    expect(viaFt.outlet?.name).toBe('Clash Report');
  });

  it('finds Steve Witkoff saying the Abu Dhabi talks were "very constructive"', async () => {
    const res = await server.gql(`{ actors(search: "Witkoff") { nodes { name title stances { polarity claim { text } } } } }`);
    const witkoff = res.data!.actors.nodes[0];
    expect(witkoff).toMatchObject({ name: 'Steve Witkoff', title: expect.stringMatching(/envoy/) });
    expect(witkoff.stances.map((s: { claim: { text: string } }) => s.claim.text)).toContainEqual(expect.stringMatching(/Abu Dhabi were very constructive/));
  });

  it('makes nothing of the "Related News" boilerplate', async () => {
    const res = await server.gql(`{ claims(first: 100) { nodes { text } } actors(first: 100) { nodes { name } } }`);
    const texts = [...res.data!.claims.nodes.map((c: { text: string }) => c.text), ...res.data!.actors.nodes.map((a: { name: string }) => a.name)].join('\n');
    expect(texts).not.toMatch(/Pistorius|Greenland|Hamas|Venezuela|ICE Out|Afghanistan/);
  });

  it('loading the seeds again adds nothing', async () => {
    const before = await db.executor.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const results = await ingestFiles(server.app.services.ingest, await listArticleFiles([server.app.services.config.seedsDir]));
    expect(results.map((r) => r.outcome?.status)).toEqual(['unchanged', 'unchanged']);
    const after = await db.executor.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(after).toEqual(before);
  });
});
