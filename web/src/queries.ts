import { gql } from './api.js';
import type { Actor, Claim, ClaimTrace, Conflict, GraphEdge, Stance, StancePair, StanceSummary, Subgraph, TimelineEntry } from './model.js';

const SPAN = 'start end text';
const ACTOR_REF = 'id name type';
const STANCE_SUMMARY = `id polarity confidence publishedAt cue { ${SPAN} } evidence { ${SPAN} } holder { ${ACTOR_REF} } claim { id text } targetActor { ${ACTOR_REF} } chainNames`;
const STANCE_FULL = `${STANCE_SUMMARY} modality extractedPolarity corrected quote { ${SPAN} } condition { id text }
  article { id title url publishedAt text outlet { id name } } outlet { ${ACTOR_REF} } chain { ${ACTOR_REF} }`;
const SUBGRAPH = 'nodes { id label type kind weight data } edges { id source target type label polarity stanceId weight } truncated';

export interface SearchResults {
  actors: Actor[];
  claims: Claim[];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Actors and claims whose names or texts match, by relevance. The API matches long words fuzzily
 * but not as prefixes, so a half-typed word ("Zelensk") finds nothing: then the last word is cut to
 * a prefix the API does expand, and the hits are kept only if they contain what was typed.
 */
export async function search(term: string, signal?: AbortSignal): Promise<SearchResults> {
  const found = await searchOnce(term, signal);
  const words = term.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (found.actors.length + found.claims.length > 0 || last.length < 5) return found;
  const prefixed = await searchOnce([...words.slice(0, -1), last.slice(0, 4)].join(' '), signal);
  const typed = fold(last);
  return {
    actors: prefixed.actors.filter((a) => [a.name, ...a.aliases].some((name) => fold(name).includes(typed))),
    claims: prefixed.claims.filter((c) => fold(c.text).includes(typed)),
  };
}

async function searchOnce(term: string, signal?: AbortSignal): Promise<SearchResults> {
  const data = await gql<{ actors: { nodes: Actor[] }; claims: { nodes: Claim[] } }>(
    `query Search($q: String!) {
      actors(search: $q, first: 8) { nodes { ${ACTOR_REF} title aliases count domain } }
      claims(search: $q, first: 8) { nodes { id text modality firstSeenAt } }
    }`,
    { q: term },
    signal,
  );
  return { actors: data.actors.nodes, claims: data.claims.nodes };
}

/** The actors, claims and articles around a node. */
export async function neighborhood(id: string, depth = 1, limit = 60): Promise<Subgraph> {
  const data = await gql<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`,
    { id, depth, limit },
  );
  return data.neighborhood;
}

/** The neighbourhood serialized by the API, for download. */
export async function exportSubgraph(id: string, format: 'GRAPHML' | 'CYTOSCAPE_JSON', depth = 1, limit = 100): Promise<string> {
  const data = await gql<{ exportSubgraph: string }>(
    `query Export($id: ID!, $depth: Int, $limit: Int, $format: ExportFormat!) { exportSubgraph(id: $id, depth: $depth, limit: $limit, format: $format) }`,
    { id, depth, limit, format },
  );
  return data.exportSubgraph;
}

/** A holder's stances (on one claim), with evidence and article text; also offered in the IDE. */
export const STANCES_OF_HOLDER = `query StancesOfHolder($actorId: ID, $claimId: ID) { stances(actorId: $actorId, claimId: $claimId, first: 100, includeRejected: true) { nodes { ${STANCE_FULL} } } }`;

/**
 * One stance with its article text. The API has no stance(id) field, so the stance is found
 * among its holder's stances on the edge's target.
 */
export async function stanceForEdge(edge: Pick<GraphEdge, 'source' | 'target'> & { stanceId: string }, targetIsClaim: boolean): Promise<Stance | null> {
  const data = await gql<{ stances: { nodes: Stance[] } }>(STANCES_OF_HOLDER, { actorId: edge.source, claimId: targetIsClaim ? edge.target : null });
  return data.stances.nodes.find((s) => s.id === edge.stanceId) ?? null;
}

/** A stance looked up through its holder (for stances listed in panels). */
export async function stanceById(id: string, holderId: string, claimId: string | null): Promise<Stance | null> {
  return stanceForEdge({ source: holderId, target: claimId ?? '', stanceId: id }, claimId !== null);
}

export async function actorDetails(id: string): Promise<Actor> {
  const data = await gql<{ actor: Actor }>(`query Actor($id: ID!) { actor(id: $id) { ${ACTOR_REF} title aliases count domain } }`, { id });
  return data.actor;
}

export async function claimDetails(id: string): Promise<Claim & { stances: StanceSummary[] }> {
  const data = await gql<{ claim: Claim & { stances: StanceSummary[] } }>(
    `query Claim($id: ID!) { claim(id: $id) { id text modality firstSeenAt stances(first: 50) { ${STANCE_SUMMARY} } } }`,
    { id },
  );
  return data.claim;
}

/** The claim trace operation, also offered in the IDE. */
export const CLAIM_TRACE = `query ClaimTrace($claimId: ID!) { claimTrace(claimId: $claimId) {
      claim { id text modality firstSeenAt }
      appearances {
        article { id title url publishedAt } outlet { ${ACTOR_REF} } publishedAt span { ${SPAN} } similarity isFirstReport
        stances { id polarity confidence publishedAt cue { ${SPAN} } evidence { ${SPAN} } holder { ${ACTOR_REF} } claim { id text } targetActor { ${ACTOR_REF} } chainNames }
        chains { ${ACTOR_REF} }
      }
      firstReport { article { id } }
      outlets { ${ACTOR_REF} } independentOrigins origins { ${ACTOR_REF} }
    } }`;

export async function claimTrace(claimId: string): Promise<ClaimTrace> {
  const data = await gql<{ claimTrace: ClaimTrace }>(
    CLAIM_TRACE,
    { claimId },
  );
  return data.claimTrace;
}

/** An actor's timeline operation, also offered in the IDE. */
export const TIMELINE = `query Timeline($actorId: ID!) { timeline(actorId: $actorId) { reversals entries { publishedAt reversal previousPolarity stance { ${STANCE_SUMMARY} } } } }`;

export async function timeline(actorId: string): Promise<{ entries: TimelineEntry[]; reversals: number }> {
  const data = await gql<{ timeline: { entries: TimelineEntry[]; reversals: number } }>(
    TIMELINE,
    { actorId },
  );
  return data.timeline;
}

export async function conflicts(actorId: string, first = 20): Promise<Conflict[]> {
  const data = await gql<{ conflicts: Conflict[] }>(
    `query Conflicts($actorId: ID, $first: Int) { conflicts(actorId: $actorId, first: $first) {
      kind claim { id text } relatedClaim { id text } sideA { ${STANCE_SUMMARY} } sideB { ${STANCE_SUMMARY} } } }`,
    { actorId, first },
  );
  return data.conflicts;
}

export async function agreement(actorA: string, actorB: string): Promise<StancePair[]> {
  const data = await gql<{ agreement: StancePair[] }>(
    `query Agreement($a: ID!, $b: ID!) { agreement(actorA: $a, actorB: $b) { agree claim { id text } a { ${STANCE_SUMMARY} } b { ${STANCE_SUMMARY} } } }`,
    { a: actorA, b: actorB },
  );
  return data.agreement;
}

/** Who else took a stance on the claims this actor took a stance on: the raw material for agreements. */
export async function coStances(actorId: string): Promise<{ own: StanceSummary; others: StanceSummary[] }[]> {
  const data = await gql<{ actor: { stances: (StanceSummary & { claim: { id: string; text: string; stances: StanceSummary[] } | null })[] } }>(
    `query CoStances($id: ID!) { actor(id: $id) { stances(first: 50) {
      id polarity confidence publishedAt cue { ${SPAN} } evidence { ${SPAN} } holder { ${ACTOR_REF} } targetActor { ${ACTOR_REF} } chainNames
      claim { id text stances(first: 30) { id polarity confidence publishedAt cue { ${SPAN} } evidence { ${SPAN} } holder { ${ACTOR_REF} } chainNames } }
    } } }`,
    { id: actorId },
  );
  return data.actor.stances.map((own) => ({
    own: { ...own, claim: own.claim ? { id: own.claim.id, text: own.claim.text } : null },
    others: (own.claim?.stances ?? []).filter((s) => s.holder.id !== actorId).map((s) => ({ ...s, claim: own.claim, targetActor: null })),
  }));
}

/** A link that opens an operation in the bundled GraphiQL, variables filled in (the IDE pretty-prints it). */
export function ideHref(query: string, variables: Record<string, unknown>): string {
  return `/graphiql.html?${new URLSearchParams({ query: query.replace(/\s+/g, ' '), variables: JSON.stringify(variables, null, 2) })}`;
}
