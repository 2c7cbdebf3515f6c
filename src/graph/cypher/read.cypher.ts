/** Projections shared by reads: one place decides what a record carries. */
export const actorFields = (node: string): string => `${node} { .id, .name, .type, .aliases, .title, .count, .domain }`;
export const claimFields = (node: string): string => `${node} { .id, .text, .modality, .places, .firstSeenAt }`;
export const ACTOR_FIELDS = actorFields('x');
export const CLAIM_FIELDS = claimFields('c');
export const STANCE_FIELDS = `s { .id, .polarity, .extractedPolarity, .targetKind, .cue, .cueStart, .cueEnd, .evidence,
  .evidenceStart, .evidenceEnd, .quote, .quoteStart, .quoteEnd, .confidence, .modality, .articleId, .publishedAt,
  .chainNames, .rejected, .corrected, .correctionNote }`;

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
