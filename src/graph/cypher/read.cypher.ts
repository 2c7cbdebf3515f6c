import { STANCE_PROPERTIES } from '../repositories/records.js';

/** Projections shared by reads: one place decides what a record carries. */
export const actorFields = (node: string): string => `${node} { .id, .name, .type, .aliases, .title, .count, .domain }`;
export const claimFields = (node: string): string => `${node} { .id, .text, .modality, .places, .firstSeenAt }`;
export const ACTOR_FIELDS = actorFields('x');
export const CLAIM_FIELDS = claimFields('c');
export const STANCE_FIELDS = `s { ${STANCE_PROPERTIES.map((p) => `.${p}`).join(', ')} }`;
/**
 * The values of stance `s` for the `$stanceProperties` a query needs, in that order: a list query asking for a stance's id and polarity does not ship its evidence,
 * quote and cue, and one statement text serves every selection (one cached plan). fromValues makes the record.
 */
export const STANCE_VALUES = '[k IN $stanceProperties | s[k]]';

export const ACTORS_BY_IDS = `
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN ${ACTOR_FIELDS} AS actor`;

export const CLAIMS_BY_IDS = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN ${CLAIM_FIELDS} AS claim`;

export const STANCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Stance {id: id})
RETURN ${STANCE_FIELDS} AS stance`;
