import placeData from '../../../data/places.json' with { type: 'json' };
import { curatedActor, curatedHits, demonymState } from './actor.gazetteer.js';
import { stableActorId } from './actor.identity.js';
import { NEGATIVE_CONCEPTS, NEGATORS, STOP_STEMS, SYNONYM_PHRASES, stem } from './claim.lexicon.js';

/** A claim as the matcher sees it: its text, and optionally the graph ids of its actors and its places. */
export interface ClaimInput {
  text: string;
  actors?: readonly string[];
  places?: readonly string[];
}

/** Weighted concepts of a claim: actors, places, predicates and content-word stems. */
export interface ClaimFeatures {
  weights: Map<string, number>;
  /** What the claim asserts: the predicate concepts among `weights` ("=cede", "=condition"). */
  predicates: Set<string>;
  /** The claim denies, rejects or negates what it is about. */
  negative: boolean;
}

export const WEIGHTS = { actor: 1, parentActor: 0.5, place: 1.5, predicate: 2, content: 1 } as const;

/** "Donbass" and "Donbas", "Odessa" and "Odesa": doubled letters are a common transliteration variant. */
function placeKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/(\p{L})\1/gu, '$1').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
const PLACES = new Map<string, string>();
for (const place of placeData.places) PLACES.set(placeKey(place), placeKey(place));

const TOKEN = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;

function tokenize(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((t) => (/^(\p{L}\.)+$/u.test(t) ? t : t.replace(/\.$/, '')));
}

function put(weights: Map<string, number>, concept: string, weight: number): void {
  weights.set(concept, Math.max(weights.get(concept) ?? 0, weight));
}

/** An actor named at tokens[i..]: the longest curated name starting there, with how many tokens it spans. */
function actorAt(tokens: string[], i: number): { ids: [string, number][]; length: number } | null {
  if (!/^\p{Lu}/u.test(tokens[i]!)) return null;
  for (let n = Math.min(5, tokens.length - i); n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).join(' ');
    const hit = curatedHits(phrase)[0];
    if (hit) {
      const ids: [string, number][] = [[stableActorId(hit.actor.name, hit.actor.type), WEIGHTS.actor]];
      const parent = hit.actor.partOf ? curatedActor(hit.actor.partOf) : undefined;
      if (parent) ids.push([stableActorId(parent.name, parent.type), WEIGHTS.parentActor]);
      return { ids, length: n };
    }
  }
  const state = demonymState(tokens[i]!);
  return state ? { ids: [[stableActorId(state.name, state.type), WEIGHTS.actor]], length: 1 } : null;
}

function placeAt(tokens: string[], i: number): { key: string; length: number } | null {
  for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
    const key = PLACES.get(placeKey(tokens.slice(i, i + n).join(' ')));
    if (key) return { key, length: n };
  }
  return null;
}

function conceptAt(stems: string[], i: number): { name: string; predicate: boolean; length: number } | null {
  for (const { stems: phrase, concept } of SYNONYM_PHRASES) {
    if (phrase.every((s, k) => stems[i + k] === s)) return { ...concept, length: phrase.length };
  }
  return null;
}

/** Candidate claims come back from the graph for article after article: their features are kept. */
const MEMO = new Map<string, ClaimFeatures>();
const MEMO_LIMIT = 50_000;

/**
 * Reads a claim into weighted concepts. Actor ids are graph ids, so they meet the ids a caller
 * passes. The result is shared between calls with the same claim: treat it as read-only.
 */
export function claimFeatures(claim: ClaimInput): ClaimFeatures {
  const key = `${claim.text}\u0000${(claim.actors ?? []).join('\u0001')}\u0000${(claim.places ?? []).join('\u0001')}`;
  let features = MEMO.get(key);
  if (!features) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    features = readClaim(claim);
    MEMO.set(key, features);
  }
  return features;
}

function readClaim(claim: ClaimInput): ClaimFeatures {
  const weights = new Map<string, number>();
  const predicates = new Set<string>();
  const tokens = tokenize(claim.text);
  const stems = tokens.map(stem);
  let negated = false;
  let negativeConcept = false;
  for (let i = 0; i < tokens.length; ) {
    const actor = actorAt(tokens, i);
    if (actor) {
      for (const [id, w] of actor.ids) put(weights, `@${id}`, w);
      i += actor.length;
      continue;
    }
    const place = placeAt(tokens, i);
    if (place) {
      put(weights, `#${place.key}`, WEIGHTS.place);
      i += place.length;
      continue;
    }
    const lower = tokens[i]!.toLowerCase();
    if (NEGATORS.has(lower) || /n['’]t$/.test(lower)) {
      negated = true;
      i++;
      continue;
    }
    const concept = conceptAt(stems, i);
    if (concept) {
      put(weights, `=${concept.name}`, concept.predicate ? WEIGHTS.predicate : WEIGHTS.content);
      if (concept.predicate) predicates.add(`=${concept.name}`);
      if (NEGATIVE_CONCEPTS.has(concept.name)) negativeConcept = true;
      i += concept.length;
      continue;
    }
    const s = stems[i]!;
    if (!STOP_STEMS.has(s) && s.length > 1 && !/^\d+$/.test(s)) put(weights, s, WEIGHTS.content);
    i++;
  }
  for (const id of claim.actors ?? []) put(weights, `@${id}`, WEIGHTS.actor);
  for (const p of claim.places ?? []) put(weights, `#${placeKey(p)}`, WEIGHTS.place);
  // A denial of a negation is still a denial often enough; only one negative signal flips the claim.
  return { weights, predicates, negative: negated !== negativeConcept };
}
