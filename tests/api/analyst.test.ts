import { createHash } from 'node:crypto';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceLink } from '../../src/domain/article.js';
import type { ActorRelation, ActorType, ClaimRelation, Extraction, Polarity } from '../../src/domain/extraction.js';
import type { Span } from '../../src/domain/span.js';
import { WriteRepository } from '../../src/graph/repositories/write.repository.js';
import { resolveExtraction } from '../../src/services/resolution.js';
import { openTestDb, type TestDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// The story: the Financial Times reports (from eight anonymous sources) that the US ties security
// guarantees for Ukraine to ceding Donbas; Clash Report and the Kyiv Independent echo the FT; Axios
// has it independently from two US officials; the Kremlin calls it false; the White House denies it;
// Senator Graham first welcomes the plan, later opposes it; Zelenskyy's support is conditional.

const MAIN = 'the US conditions security guarantees for Ukraine on Ukraine ceding Donbas';
const DENIAL = 'no conditions on territory were discussed';
const FRAMEWORK = 'Ukraine would join a European security framework';
const CEASEFIRE = 'Russia agrees to a ceasefire';

interface ActorSpec {
  name: string;
  type: ActorType;
  title?: string;
  count?: number;
}
interface StanceSpec {
  holder: string;
  claim?: string;
  polarity: Polarity;
  cue: string;
  evidence: string;
  quote?: string;
  chain: string[];
  condition?: string;
}
interface ArticleSpec {
  id: string;
  outlet: string;
  domain: string;
  publishedAt: string;
  text: string;
  actors: ActorSpec[];
  claims: { text: string; span: string; about?: string[]; places?: string[] }[];
  stances: StanceSpec[];
  claimRelations?: ClaimRelation[];
  actorRelations?: ActorRelation[];
  sources?: SourceLink[];
}

const OUTLETS: Record<string, string> = {
  'Financial Times': 'ft.com',
  'Clash Report': 'clashreport.com',
  'Kyiv Independent': 'kyivindependent.com',
  Axios: 'axios.com',
  TASS: 'tass.com',
  Reuters: 'reuters.com',
};

const urlOf = (id: string, outlet: string) => `https://www.${OUTLETS[outlet]}/${id}`;

function spanIn(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

/** A hand-made extraction, as the extractor would produce it; actor and claim keys are their names and texts. */
function extraction(spec: ArticleSpec): Extraction {
  const text = spec.text;
  return {
    article: {
      id: spec.id,
      url: urlOf(spec.id, spec.outlet),
      title: `${spec.outlet}: ${text.slice(0, 40)}`,
      outlet: spec.outlet,
      publishedAt: spec.publishedAt,
      format: 'text',
      text,
      metadata: {},
      sources: spec.sources ?? [],
      excluded: [],
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    actors: [{ name: spec.outlet, type: 'MEDIA' as ActorType }, ...spec.actors].map((a) => ({
      key: a.name,
      name: a.name,
      type: a.type,
      aliases: [],
      title: 'title' in a ? a.title ?? null : null,
      count: 'count' in a ? a.count ?? null : null,
      mentions: text.includes(a.name) ? [spanIn(text, a.name)] : [],
    })),
    actorRelations: spec.actorRelations ?? [],
    claims: spec.claims.map((c) => ({ key: c.text, text: c.text, span: spanIn(text, c.span), modality: 'ASSERTED', about: c.about ?? [], places: c.places ?? [] })),
    claimRelations: spec.claimRelations ?? [],
    attributions: [],
    stances: spec.stances.map((s, i) => ({
      key: `s${i}`,
      actor: s.holder,
      target: { kind: 'CLAIM', claim: s.claim ?? MAIN },
      polarity: s.polarity,
      cue: spanIn(text, s.cue),
      evidence: spanIn(text, s.evidence),
      quote: s.quote ? spanIn(text, s.quote) : null,
      confidence: 0.9,
      modality: 'ASSERTED',
      condition: s.condition ?? null,
      chain: s.chain,
    })),
    diagnostics: [],
  };
}

const EIGHT = 'eight people familiar with the talks';
const TWO = 'two US officials';
const FT_URL = urlOf('art-ft', 'Financial Times');

const STORY: ArticleSpec[] = [
  {
    id: 'art-ft',
    outlet: 'Financial Times',
    domain: 'ft.com',
    publishedAt: '2026-03-01T08:00:00.000Z',
    text: `Washington has told Kyiv that security guarantees depend on territory. Eight people familiar with the talks said ${MAIN}.`,
    actors: [{ name: EIGHT, type: 'ANONYMOUS_SOURCE', count: 8 }, { name: 'United States', type: 'STATE' }, { name: 'Ukraine', type: 'STATE' }],
    claims: [{ text: MAIN, span: MAIN, about: ['United States', 'Ukraine'], places: ['Donbas'] }],
    stances: [{ holder: EIGHT, polarity: 'SUPPORT', cue: 'said', evidence: `Eight people familiar with the talks said ${MAIN}.`, chain: ['Financial Times', EIGHT] }],
  },
  {
    // Same minute as the FT: the tie goes to the report the others cite.
    id: 'art-echo-kyiv',
    outlet: 'Kyiv Independent',
    domain: 'kyivindependent.com',
    publishedAt: '2026-03-01T08:00:00.000Z',
    text: `According to the Financial Times, ${MAIN}.`,
    actors: [{ name: 'Financial Times', type: 'MEDIA' }],
    claims: [{ text: MAIN, span: MAIN }],
    stances: [{ holder: 'Financial Times', polarity: 'SUPPORT', cue: 'According to', evidence: `According to the Financial Times, ${MAIN}.`, chain: ['Kyiv Independent', 'Financial Times'] }],
  },
  {
    id: 'art-clash',
    outlet: 'Clash Report',
    domain: 'clashreport.com',
    publishedAt: '2026-03-01T12:00:00.000Z',
    text: `The Financial Times reported that eight people familiar with the talks said ${MAIN}. Senator Lindsey Graham welcomed the plan, calling it "a realistic path to peace".`,
    actors: [{ name: 'Financial Times', type: 'MEDIA' }, { name: EIGHT, type: 'ANONYMOUS_SOURCE', count: 8 }, { name: 'Lindsey Graham', type: 'PERSON', title: 'Senator' }],
    claims: [{ text: MAIN, span: MAIN }],
    stances: [
      { holder: EIGHT, polarity: 'SUPPORT', cue: 'reported', evidence: `The Financial Times reported that eight people familiar with the talks said ${MAIN}.`, chain: ['Clash Report', 'Financial Times', EIGHT] },
      { holder: 'Lindsey Graham', polarity: 'SUPPORT', cue: 'welcomed', evidence: 'Senator Lindsey Graham welcomed the plan, calling it "a realistic path to peace".', quote: 'a realistic path to peace', chain: ['Clash Report', 'Lindsey Graham'] },
    ],
    sources: [{ outlet: 'Financial Times', title: 'US ties guarantees to Donbas', url: FT_URL, date: null }],
  },
  {
    id: 'art-axios',
    outlet: 'Axios',
    domain: 'axios.com',
    publishedAt: '2026-03-02T09:00:00.000Z',
    text: `Two US officials told Axios ${MAIN}. Marco Rubio said the zebra plan was final.`,
    actors: [{ name: TWO, type: 'ANONYMOUS_SOURCE', count: 2 }, { name: 'Marco Rubio', type: 'PERSON' }, { name: 'Kyiv Independent', type: 'MEDIA' }],
    claims: [{ text: MAIN, span: MAIN }],
    stances: [
      { holder: TWO, polarity: 'SUPPORT', cue: 'told', evidence: `Two US officials told Axios ${MAIN}.`, chain: ['Axios', TWO] },
      // A wrong extraction a human rejects below: it must not show anywhere (counted, its chain would tie Axios to the Kyiv Independent).
      { holder: 'Marco Rubio', polarity: 'SUPPORT', cue: 'said', evidence: 'Marco Rubio said the zebra plan was final.', quote: 'the zebra plan was final', chain: ['Axios', 'Marco Rubio', 'Kyiv Independent'] },
    ],
  },
  {
    id: 'art-tass',
    outlet: 'TASS',
    domain: 'tass.com',
    publishedAt: '2026-03-02T10:00:00.000Z',
    text: `Kremlin spokesman Dmitry Peskov rejected reports that ${MAIN}. "This is a totally false and absurd fabrication," Peskov said.`,
    actors: [{ name: 'Dmitry Peskov', type: 'PERSON', title: 'Kremlin spokesman' }],
    claims: [{ text: MAIN, span: MAIN }],
    stances: [
      {
        holder: 'Dmitry Peskov',
        polarity: 'OPPOSE',
        cue: 'rejected',
        evidence: `Kremlin spokesman Dmitry Peskov rejected reports that ${MAIN}. "This is a totally false and absurd fabrication," Peskov said.`,
        quote: 'This is a totally false and absurd fabrication',
        chain: ['TASS', 'Dmitry Peskov'],
      },
    ],
  },
  {
    id: 'art-reuters',
    outlet: 'Reuters',
    domain: 'reuters.com',
    publishedAt: '2026-03-03T09:00:00.000Z',
    text: `White House deputy press secretary Anna Kelly said ${DENIAL}. Lindsey Graham later said the US must not condition guarantees on territory. Volodymyr Zelenskyy said ${FRAMEWORK} only if ${CEASEFIRE}.`,
    actors: [
      { name: 'Anna Kelly', type: 'PERSON', title: 'deputy press secretary' },
      { name: 'White House', type: 'ORGANIZATION' },
      { name: 'Lindsey Graham', type: 'PERSON' },
      { name: 'Volodymyr Zelenskyy', type: 'PERSON' },
    ],
    claims: [
      { text: DENIAL, span: DENIAL },
      { text: MAIN, span: 'condition guarantees on territory' },
      { text: FRAMEWORK, span: FRAMEWORK },
      { text: CEASEFIRE, span: CEASEFIRE },
    ],
    claimRelations: [
      { from: DENIAL, to: MAIN, type: 'DENIES' },
      { from: FRAMEWORK, to: CEASEFIRE, type: 'CONDITIONED_ON' },
    ],
    actorRelations: [{ from: 'Anna Kelly', to: 'White House', type: 'MEMBER_OF', role: 'deputy press secretary' }],
    stances: [
      { holder: 'Anna Kelly', claim: DENIAL, polarity: 'SUPPORT', cue: 'said', evidence: `White House deputy press secretary Anna Kelly said ${DENIAL}.`, chain: ['Reuters', 'Anna Kelly'] },
      { holder: 'Lindsey Graham', polarity: 'OPPOSE', cue: 'must not', evidence: 'Lindsey Graham later said the US must not condition guarantees on territory.', chain: ['Reuters', 'Lindsey Graham'] },
      {
        holder: 'Volodymyr Zelenskyy',
        claim: FRAMEWORK,
        polarity: 'CONDITIONAL',
        cue: 'only if',
        evidence: `Volodymyr Zelenskyy said ${FRAMEWORK} only if ${CEASEFIRE}.`,
        chain: ['Reuters', 'Volodymyr Zelenskyy'],
        condition: CEASEFIRE,
      },
    ],
  },
];

let db: TestDb;
let server: TestServer;
let id: Record<string, string>;

/** Graph ids as resolution decided them; anonymous sources are per article, so they are looked up there. */
async function storyIds(): Promise<Record<string, string>> {
  const one = async (cypher: string, params: Record<string, unknown>): Promise<string> => {
    const rows = await db.executor.read<{ id: string }>(cypher, params);
    if (rows.length !== 1) throw new Error(`expected one node for ${JSON.stringify(params)}, got ${rows.length}`);
    return rows[0]!.id;
  };
  const actor = (name: string) => one('MATCH (x:Actor) WHERE x.name = $name OR $name IN coalesce(x.aliases, []) RETURN x.id AS id', { name });
  const anonymous = (name: string, articleId: string) =>
    one('MATCH (x:Actor {name: $name})-[:HOLDS]->(:Stance {articleId: $articleId}) RETURN DISTINCT x.id AS id', { name, articleId });
  const claim = (text: string) => one('MATCH (c:Claim {text: $text}) RETURN c.id AS id', { text });
  return {
    main: await claim(MAIN),
    denial: await claim(DENIAL),
    framework: await claim(FRAMEWORK),
    ceasefire: await claim(CEASEFIRE),
    ft: await actor('Financial Times'),
    axios: await actor('Axios'),
    clash: await actor('Clash Report'),
    eightFt: await anonymous(EIGHT, 'art-ft'),
    eightClash: await anonymous(EIGHT, 'art-clash'),
    two: await anonymous(TWO, 'art-axios'),
    graham: await actor('Lindsey Graham'),
    peskov: await actor('Dmitry Peskov'),
    kelly: await actor('Anna Kelly'),
    zelenskyy: await actor('Volodymyr Zelenskyy'),
    rubio: await actor('Marco Rubio'),
  };
}

beforeAll(async () => {
  db = await openTestDb();
  await db.clear();
  const writer = new WriteRepository(db.executor);
  for (const spec of STORY) {
    const resolved = await resolveExtraction(db.executor, extraction(spec));
    await writer.writeArticle(resolved);
  }
  id = await storyIds();
  // A human rejected Rubio's stance (what a Correction does to the stance).
  await db.executor.write('MATCH (:Actor {id: $id})-[:HOLDS]->(s:Stance) SET s.rejected = true, s.corrected = true', { id: id.rubio });
  server = await startTestServer({ seed: false });
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

/** Runs an operation and fails with the errors when there are any. */
async function query<T = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.gql<T>(text, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function errorCode(text: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const response = await server.gql(text, variables);
  return response.errors?.[0]?.extensions?.code;
}

const SUBGRAPH = `nodes { id label type kind weight data } edges { id source target type label polarity stanceId weight } truncated`;

interface Subgraph {
  nodes: { id: string; label: string; type: string; kind: string | null; weight: number; data: Record<string, unknown> | null }[];
  edges: { id: string; source: string; target: string; type: string; label: string | null; polarity: string | null; stanceId: string | null; weight: number }[];
  truncated: boolean;
}

function expectWellFormed(graph: Subgraph): void {
  const nodeIds = graph.nodes.map((n) => n.id);
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(nodeIds).toContain(edge.source);
    expect(nodeIds).toContain(edge.target);
    if (edge.type === 'STANCE') expect(edge.id).toBe(edge.stanceId);
    else expect(edge.id).toBe(`${edge.type}:${edge.source}->${edge.target}`);
  }
}

describe('claimTrace', () => {
  const TRACE = `query ($id: ID!) { claimTrace(claimId: $id) {
    claim { id text }
    appearances { article { id title } outlet { id name } publishedAt span { start end text } similarity isFirstReport
      stances { id polarity holder { id name } } chains { id name } }
    firstReport { article { id } outlet { name } }
    outlets { id name } independentOrigins origins { id name } } }`;

  it('lists every appearance oldest first, the report the others cite first on a tie', async () => {
    const { claimTrace } = await query(TRACE, { id: id.main });
    expect(claimTrace.claim.id).toBe(id.main);
    expect(claimTrace.appearances.map((a: any) => a.article.id)).toEqual(['art-ft', 'art-echo-kyiv', 'art-clash', 'art-axios', 'art-tass', 'art-reuters']);
    const times = claimTrace.appearances.map((a: any) => a.publishedAt);
    expect([...times].sort()).toEqual(times);
    expect(claimTrace.firstReport).toEqual({ article: { id: 'art-ft' }, outlet: { name: 'Financial Times' } });
    expect(claimTrace.appearances.map((a: any) => a.isFirstReport)).toEqual([true, false, false, false, false, false]);
    expect(claimTrace.outlets.map((o: any) => o.name)).toEqual(['Financial Times', 'Kyiv Independent', 'Clash Report', 'Axios', 'TASS', 'Reuters']);
  });

  it('counts the FT and its echoes as one origin and Axios as another; a denial originates nothing', async () => {
    const { claimTrace } = await query(TRACE, { id: id.main });
    expect(claimTrace.independentOrigins).toBe(2);
    expect(claimTrace.origins.map((o: any) => o.id)).toEqual([id.ft, id.axios]);
  });

  it('gives each appearance its span, stances and attribution chains, without rejected stances', async () => {
    const { claimTrace } = await query(TRACE, { id: id.main });
    const clash = claimTrace.appearances.find((a: any) => a.article.id === 'art-clash');
    expect(clash.span.text).toBe(MAIN);
    expect(clash.similarity).toBe(1);
    expect(clash.chains.map((chain: any[]) => chain.map((a) => a.name))).toEqual([
      ['Clash Report', 'Financial Times', EIGHT],
      ['Clash Report', 'Lindsey Graham'],
    ]);
    const axios = claimTrace.appearances.find((a: any) => a.article.id === 'art-axios');
    expect(axios.stances.map((s: any) => s.holder.name)).toEqual([TWO]);
    expect(axios.chains.flat().map((a: any) => a.name)).not.toContain('Marco Rubio');
  });

  it('reads the whole trace in a handful of statements, not one per appearance', async () => {
    const before = server.app.services.db.roundTrips;
    await query(TRACE, { id: id.main });
    expect(server.app.services.db.roundTrips - before).toBeLessThanOrEqual(6);
  });

  it('is NOT_FOUND for an unknown claim', async () => {
    expect(await errorCode('{ claimTrace(claimId: "clm_nope") { independentOrigins } }')).toBe('NOT_FOUND');
  });
});

describe('conflicts and agreement', () => {
  const CONFLICTS = `query ($actorId: ID, $first: Int) { conflicts(actorId: $actorId, first: $first) {
    kind claim { id } relatedClaim { id }
    sideA { id polarity evidence { text } holder { name } } sideB { id polarity evidence { text } holder { name } } } }`;

  it('shows opposite stances on the main claim with the evidence on both sides', async () => {
    const { conflicts } = await query(CONFLICTS);
    const opposite = conflicts.find((c: any) => c.kind === 'OPPOSITE_STANCES' && c.claim.id === id.main);
    expect(opposite.relatedClaim).toBeNull();
    expect(opposite.sideA.every((s: any) => ['SUPPORT', 'CONDITIONAL'].includes(s.polarity))).toBe(true);
    expect(opposite.sideA.map((s: any) => s.holder.name)).toEqual(expect.arrayContaining([EIGHT, TWO, 'Financial Times', 'Lindsey Graham']));
    expect(opposite.sideA.map((s: any) => s.holder.name)).not.toContain('Marco Rubio');
    expect(opposite.sideB.map((s: any) => s.holder.name).sort()).toEqual(['Dmitry Peskov', 'Lindsey Graham']);
    expect(opposite.sideB.find((s: any) => s.holder.name === 'Dmitry Peskov').evidence.text).toContain('absurd fabrication');
  });

  it('shows the White House denial as a DENIES conflict with the stances on both claims', async () => {
    const { conflicts } = await query(CONFLICTS);
    const denies = conflicts.find((c: any) => c.kind === 'DENIES');
    expect(denies.claim.id).toBe(id.denial);
    expect(denies.relatedClaim.id).toBe(id.main);
    expect(denies.sideA.map((s: any) => s.holder.name)).toEqual(['Anna Kelly']);
    expect(denies.sideB.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps only the conflicts an actor took part in, and respects first', async () => {
    const kelly = await query(CONFLICTS, { actorId: id.kelly });
    expect(kelly.conflicts.map((c: any) => c.kind)).toEqual(['DENIES']);
    const zelenskyy = await query(CONFLICTS, { actorId: id.zelenskyy });
    expect(zelenskyy.conflicts).toEqual([]);
    const one = await query(CONFLICTS, { first: 1 });
    expect(one.conflicts).toHaveLength(1);
  });

  it('rejects a bad first and an unknown actor', async () => {
    expect(await errorCode(CONFLICTS, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(CONFLICTS, { actorId: 'act_nope' })).toBe('NOT_FOUND');
  });

  const AGREEMENT = `query ($a: ID!, $b: ID!) { agreement(actorA: $a, actorB: $b) { claim { id } a { polarity holder { name } } b { polarity holder { name } } agree } }`;

  it('pairs the latest stances of two actors on the claims they share', async () => {
    const { agreement } = await query(AGREEMENT, { a: id.graham, b: id.peskov });
    expect(agreement).toEqual([
      { claim: { id: id.main }, a: { polarity: 'OPPOSE', holder: { name: 'Lindsey Graham' } }, b: { polarity: 'OPPOSE', holder: { name: 'Dmitry Peskov' } }, agree: true },
    ]);
    const disagree = await query(AGREEMENT, { a: id.two, b: id.peskov });
    expect(disagree.agreement.map((p: any) => p.agree)).toEqual([false]);
    const nothing = await query(AGREEMENT, { a: id.zelenskyy, b: id.peskov });
    expect(nothing.agreement).toEqual([]);
  });

  it('is NOT_FOUND for an unknown actor and BAD_USER_INPUT for the same actor twice', async () => {
    expect(await errorCode(AGREEMENT, { a: id.graham, b: 'act_nope' })).toBe('NOT_FOUND');
    expect(await errorCode(AGREEMENT, { a: id.graham, b: id.graham })).toBe('BAD_USER_INPUT');
  });
});

describe('timeline', () => {
  const TIMELINE = `query ($actorId: ID!, $claimId: ID) { timeline(actorId: $actorId, claimId: $claimId) {
    actor { name } reversals entries { publishedAt reversal previousPolarity stance { polarity article { id } } } } }`;

  it("marks Graham's turn from SUPPORT to OPPOSE as a reversal", async () => {
    const { timeline } = await query(TIMELINE, { actorId: id.graham });
    expect(timeline.actor.name).toBe('Lindsey Graham');
    expect(timeline.reversals).toBe(1);
    expect(timeline.entries).toEqual([
      { publishedAt: '2026-03-01T12:00:00.000Z', reversal: false, previousPolarity: null, stance: { polarity: 'SUPPORT', article: { id: 'art-clash' } } },
      { publishedAt: '2026-03-03T09:00:00.000Z', reversal: true, previousPolarity: 'SUPPORT', stance: { polarity: 'OPPOSE', article: { id: 'art-reuters' } } },
    ]);
  });

  it('narrows to one claim, and a conditional stance is no reversal', async () => {
    const onMain = await query(TIMELINE, { actorId: id.graham, claimId: id.main });
    expect(onMain.timeline.entries).toHaveLength(2);
    const elsewhere = await query(TIMELINE, { actorId: id.graham, claimId: id.framework });
    expect(elsewhere.timeline).toMatchObject({ reversals: 0, entries: [] });
    const zelenskyy = await query(TIMELINE, { actorId: id.zelenskyy });
    expect(zelenskyy.timeline).toMatchObject({ reversals: 0, entries: [{ reversal: false, stance: { polarity: 'CONDITIONAL' } }] });
  });

  it('is NOT_FOUND for an unknown actor or claim', async () => {
    expect(await errorCode(TIMELINE, { actorId: 'act_nope' })).toBe('NOT_FOUND');
    expect(await errorCode(TIMELINE, { actorId: id.graham, claimId: 'clm_nope' })).toBe('NOT_FOUND');
  });
});

describe('whoSaid', () => {
  const WHO = `query ($q: String!, $first: Int) { whoSaid(query: $q, first: $first) { claim { id text } score stances { id quote { text } holder { name } } } }`;

  it('finds a claim by the words of a quote, the quoting stance first', async () => {
    const { whoSaid } = await query(WHO, { q: 'absurd fabrication' });
    expect(whoSaid[0].claim.id).toBe(id.main);
    expect(whoSaid[0].score).toBeGreaterThan(0);
    expect(whoSaid[0].stances[0].holder.name).toBe('Dmitry Peskov');
    expect(whoSaid[0].stances[0].quote.text).toContain('absurd fabrication');
    const graham = await query(WHO, { q: 'realistic path to peace' });
    expect(graham.whoSaid[0].stances[0].holder.name).toBe('Lindsey Graham');
  });

  it('finds a claim by its own text, and never through a rejected stance', async () => {
    const { whoSaid } = await query(WHO, { q: 'ceasefire' });
    expect(whoSaid.map((w: any) => w.claim.id)).toContain(id.ceasefire);
    const rejected = await query(WHO, { q: 'zebra' });
    expect(rejected.whoSaid).toEqual([]);
    const one = await query(WHO, { q: 'Ukraine', first: 1 });
    expect(one.whoSaid).toHaveLength(1);
  });

  it('rejects an empty query and a bad first', async () => {
    expect(await errorCode(WHO, { q: '  ' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(WHO, { q: 'Ukraine', first: 0 })).toBe('BAD_USER_INPUT');
  });
});

describe('neighborhood and path', () => {
  const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`;

  it('returns the holders, related claims and actors of a claim as one well-formed subgraph', async () => {
    const { neighborhood } = (await query(NEIGHBORHOOD, { id: id.main })) as { neighborhood: Subgraph };
    expectWellFormed(neighborhood);
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes[0]).toMatchObject({ id: id.main, type: 'CLAIM', kind: 'ASSERTED', label: MAIN });
    const ids = neighborhood.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([id.eightFt, id.eightClash, id.two, id.ft, id.graham, id.peskov, id.denial]));
    expect(ids).not.toContain(id.rubio);
    const stances = neighborhood.edges.filter((e) => e.type === 'STANCE');
    expect(stances).toHaveLength(7);
    expect(stances.filter((e) => e.source === id.graham).map((e) => e.polarity).sort()).toEqual(['OPPOSE', 'SUPPORT']);
    expect(neighborhood.edges).toContainEqual(expect.objectContaining({ type: 'DENIES', source: id.denial, target: id.main }));
    expect(neighborhood.edges).toContainEqual(expect.objectContaining({ type: 'ABOUT', source: id.main }));
    // The FT -> eight sources hop of Clash Report's chain links two nodes of the neighbourhood.
    expect(neighborhood.edges).toContainEqual(expect.objectContaining({ type: 'CITES', source: id.ft, target: id.eightClash }));
    expect(neighborhood.nodes.find((n) => n.id === id.main)!.weight).toBe(7);
    expect(neighborhood.nodes.find((n) => n.id === id.main)!.data).toMatchObject({ firstSeenAt: '2026-03-01T08:00:00.000Z', places: ['Donbas'] });
  });

  it('cuts at the node limit and says so', async () => {
    const { neighborhood } = (await query(NEIGHBORHOOD, { id: id.main, limit: 3 })) as { neighborhood: Subgraph };
    expectWellFormed(neighborhood);
    expect(neighborhood.nodes).toHaveLength(3);
    expect(neighborhood.truncated).toBe(true);
  });

  it('caps depth at 3 and reports what the cap cut', async () => {
    const three = (await query(NEIGHBORHOOD, { id: id.main, depth: 3, limit: 500 })) as { neighborhood: Subgraph };
    expectWellFormed(three.neighborhood);
    expect(three.neighborhood.truncated).toBe(false);
    const capped = (await query(NEIGHBORHOOD, { id: id.main, depth: 10, limit: 500 })) as { neighborhood: Subgraph };
    expect(capped.neighborhood.nodes.map((n) => n.id).sort()).toEqual(three.neighborhood.nodes.map((n) => n.id).sort());
    // Zelenskyy is 3 hops out; his conditional stance leads on to claims beyond the cap.
    expect(capped.neighborhood.nodes.map((n) => n.id)).toContain(id.zelenskyy);
    expect(capped.neighborhood.nodes.map((n) => n.id)).not.toContain(id.framework);
    expect(capped.neighborhood.truncated).toBe(true);
  });

  it('shows an actor with its memberships and an article with its publisher and stances', async () => {
    const kelly = (await query(NEIGHBORHOOD, { id: id.kelly })) as { neighborhood: Subgraph };
    expectWellFormed(kelly.neighborhood);
    expect(kelly.neighborhood.edges).toContainEqual(expect.objectContaining({ type: 'MEMBER_OF', source: id.kelly, label: 'deputy press secretary' }));
    const article = (await query(NEIGHBORHOOD, { id: 'art-clash' })) as { neighborhood: Subgraph };
    expectWellFormed(article.neighborhood);
    expect(article.neighborhood.nodes[0]).toMatchObject({ id: 'art-clash', type: 'ARTICLE' });
    expect(article.neighborhood.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['PUBLISHED_BY', 'CITES', 'STANCE']));
    expect(article.neighborhood.edges).toContainEqual(expect.objectContaining({ type: 'CITES', source: 'art-clash', target: 'art-ft' }));
  });

  it('rejects unknown ids and out-of-range arguments', async () => {
    expect(await errorCode(NEIGHBORHOOD, { id: 'nope' })).toBe('NOT_FOUND');
    expect(await errorCode(NEIGHBORHOOD, { id: id.main, depth: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(NEIGHBORHOOD, { id: id.main, limit: -1 })).toBe('BAD_USER_INPUT');
  });

  const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { ${SUBGRAPH} } }`;

  it('finds the shortest path from the Kremlin denial to the White House denial', async () => {
    const { path } = (await query(PATH, { from: id.peskov, to: id.kelly })) as { path: Subgraph };
    expectWellFormed(path);
    expect(path.nodes.map((n) => n.id).sort()).toEqual([id.peskov, id.main, id.denial, id.kelly].sort());
    expect(path.edges.map((e) => e.type).sort()).toEqual(['DENIES', 'STANCE', 'STANCE']);
    expect(path.truncated).toBe(false);
  });

  it('follows a conditional stance to its condition', async () => {
    const { path } = (await query(PATH, { from: id.zelenskyy, to: id.ceasefire })) as { path: Subgraph };
    expectWellFormed(path);
    expect(path.edges.map((e) => e.type).sort()).toEqual(['CONDITIONED_ON', 'STANCE']);
    expect(path.edges.find((e) => e.type === 'STANCE')!.polarity).toBe('CONDITIONAL');
  });

  it('returns all shortest paths when there are several', async () => {
    // Graham -> main claim <- FT (their stances), and Graham <- Clash Report -> FT (Clash Report's chains).
    const { path } = (await query(PATH, { from: id.graham, to: id.ft })) as { path: Subgraph };
    expectWellFormed(path);
    expect(path.nodes.map((n) => n.id).sort()).toEqual([id.graham, id.main, id.clash, id.ft].sort());
    expect(path.edges.filter((e) => e.type === 'STANCE' && e.source === id.graham)).toHaveLength(2);
    expect(path.edges).toContainEqual(expect.objectContaining({ type: 'CITES', source: id.clash, target: id.graham }));
    expect(path.edges).toContainEqual(expect.objectContaining({ type: 'CITES', source: id.clash, target: id.ft }));
    expect(path.edges).toHaveLength(5);
  });

  it('is empty when no path is short enough, and rejects bad arguments', async () => {
    const { path } = (await query(PATH, { from: id.peskov, to: id.kelly, maxHops: 2 })) as { path: Subgraph };
    expect(path).toEqual({ nodes: [], edges: [], truncated: false });
    expect(await errorCode(PATH, { from: id.peskov, to: 'nope' })).toBe('NOT_FOUND');
    expect(await errorCode(PATH, { from: id.peskov, to: id.kelly, maxHops: 0 })).toBe('BAD_USER_INPUT');
  });
});

describe('exportSubgraph', () => {
  const EXPORT = `query ($id: ID!, $format: ExportFormat!) { exportSubgraph(id: $id, format: $format) }`;

  it('writes GraphML that parses as XML, with declared keys, the nodes and the edges', async () => {
    const { neighborhood } = (await query(`query ($id: ID!) { neighborhood(id: $id) { ${SUBGRAPH} } }`, { id: id.main })) as { neighborhood: Subgraph };
    const { exportSubgraph } = await query(EXPORT, { id: id.main, format: 'GRAPHML' });
    const doc = new DOMParser().parseFromString(exportSubgraph, 'text/xml');
    const names = [...doc.querySelectorAll('key')].map((k: any) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`);
    expect(names).toEqual(expect.arrayContaining(['node:label', 'node:type', 'node:kind', 'node:weight', 'edge:type', 'edge:polarity', 'edge:weight']));
    const nodes = [...doc.querySelectorAll('node')].map((n: any) => n.getAttribute('id'));
    expect(nodes.sort()).toEqual(neighborhood.nodes.map((n) => n.id).sort());
    const edges = [...doc.querySelectorAll('edge')];
    expect(edges).toHaveLength(neighborhood.edges.length);
    for (const edge of edges as any[]) expect(nodes).toContain(edge.getAttribute('source'));
  });

  it('writes Cytoscape.js JSON elements', async () => {
    const { exportSubgraph } = await query(EXPORT, { id: id.main, format: 'CYTOSCAPE_JSON' });
    const json = JSON.parse(exportSubgraph);
    expect(json.elements.nodes[0].data).toMatchObject({ id: id.main, type: 'CLAIM', label: MAIN });
    const ids = new Set(json.elements.nodes.map((n: any) => n.data.id));
    expect(json.elements.edges.length).toBeGreaterThan(0);
    for (const edge of json.elements.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    }
    expect(json.data).toEqual({ truncated: false });
  });

  it('rejects an unknown format and an unknown id', async () => {
    expect((await server.gql(EXPORT, { id: id.main, format: 'PNG' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await errorCode(EXPORT, { id: 'nope', format: 'GRAPHML' })).toBe('NOT_FOUND');
  });
});
