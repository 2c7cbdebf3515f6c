/** Projections shared by reads: one place decides what a record carries. */
export const ACTOR_FIELDS = `x { .id, .name, .type, .aliases, .title, .count, .domain }`;
export const CLAIM_FIELDS = `c { .id, .text, .modality, .places, .firstSeenAt }`;
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

/** The ends of stances: holder, target, condition, article, chain; one round trip for many stances. */
export const STANCE_LINKS = `
UNWIND $ids AS id
MATCH (holder:Actor)-[:HOLDS]->(s:Stance {id: id})-[:IN]->(a:Article)
OPTIONAL MATCH (s)-[:ON]->(target)
OPTIONAL MATCH (s)-[:CONDITIONED_ON]->(cond:Claim)
CALL (s) {
  OPTIONAL MATCH (s)-[v:VIA]->(hop:Actor)
  WITH v, hop ORDER BY v.position
  RETURN collect(hop.id) AS chain
}
RETURN id, holder.id AS holderId, a.id AS articleId, a.outletId AS outletId,
       CASE WHEN target:Claim THEN target.id END AS claimId,
       CASE WHEN target:Actor THEN target.id END AS targetActorId,
       cond.id AS conditionId, chain`;

/** Stances by holder / target claim / target actor / article: keyset page per parent, newest first. */
export const STANCES_OF = (relation: 'holder' | 'claim' | 'article' | 'targetActor'): string => {
  const match = {
    holder: 'MATCH (:Actor {id: key})-[:HOLDS]->(s:Stance)',
    claim: 'MATCH (s:Stance)-[:ON]->(:Claim {id: key})',
    article: 'MATCH (s:Stance {articleId: key})',
    targetActor: 'MATCH (s:Stance)-[:ON]->(:Actor {id: key})',
  }[relation];
  return `
UNWIND $keys AS key
CALL (key) {
  ${match}
  WHERE ($polarity IS NULL OR s.polarity = $polarity) AND ($includeRejected OR NOT coalesce(s.rejected, false))
  RETURN s ORDER BY coalesce(s.publishedAt, '') DESC, s.id ASC LIMIT $limit
}
RETURN key, collect(${STANCE_FIELDS}) AS stances`;
};
