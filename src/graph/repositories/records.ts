import type { ArticleRecord } from './article.repository.js';

/** Plain records the repositories return; the API maps them to GraphQL types. */
export interface ActorRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  title: string | null;
  count: number | null;
  domain: string | null;
}

export interface ClaimRecord {
  id: string;
  text: string;
  modality: string;
  places: string[] | null;
  firstSeenAt: string | null;
}

export interface StanceRecord {
  id: string;
  polarity: string;
  extractedPolarity: string;
  targetKind: 'CLAIM' | 'ACTOR';
  cue: string;
  cueStart: number;
  cueEnd: number;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  confidence: number;
  modality: string;
  articleId: string;
  publishedAt: string | null;
  chainNames: string[] | null;
  rejected: boolean | null;
  corrected: boolean | null;
  correctionNote: string | null;
  /** The holder's id, when the read that listed the stance knows it (not a stored property). */
  holderId?: string | null;
}

/** Every property of a stance record, in the order reads project them. */
export const STANCE_PROPERTIES = [
  'id', 'polarity', 'extractedPolarity', 'targetKind', 'cue', 'cueStart', 'cueEnd', 'evidence', 'evidenceStart', 'evidenceEnd',
  'quote', 'quoteStart', 'quoteEnd', 'confidence', 'modality', 'articleId', 'publishedAt', 'chainNames', 'rejected', 'corrected',
  'correctionNote',
] as const satisfies readonly (keyof StanceRecord)[];

export type StanceProperty = (typeof STANCE_PROPERTIES)[number];

/**
 * A record from the values a read projected for `properties` (`[k IN $properties | n[k]]`), in that order.
 * Properties left out are absent: callers ask only for what they will read.
 */
export function fromValues<T>(properties: readonly (keyof T & string)[], values: unknown[]): T {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) record[properties[i]!] = values[i] ?? null;
  return record as T;
}

/**
 * The record properties needed to answer `fields`, given the properties each field is made from
 * (`sources`) and those always needed, in the order of `all`; all of them when a field is not in
 * `sources`, so that a field added to a type is never answered from a record without its property.
 */
export function neededProperties<P extends string>(fields: Iterable<string>, sources: Record<string, readonly P[]>, all: readonly P[], always: readonly P[]): P[] {
  const needed = new Set<P>(always);
  for (const field of fields) {
    const made = sources[field];
    if (!made) return [...all];
    for (const property of made) needed.add(property);
  }
  return all.filter((p) => needed.has(p));
}

/** The ids a stance links to. */
export interface StanceLinks {
  id: string;
  holderId: string;
  articleId: string;
  outletId: string | null;
  claimId: string | null;
  targetActorId: string | null;
  conditionId: string | null;
  chain: string[];
}

/** Nodes a read returned besides its answer because the query will ask for them next. */
export interface RelatedRecords {
  actors: ActorRecord[];
  claims: ClaimRecord[];
  articles: ArticleRecord[];
}

/** Orders rows by the requested keys, null where missing (the DataLoader contract). */
export function inKeyOrder<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}
