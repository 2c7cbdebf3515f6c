import { STANCE_FIELDS } from './read.cypher.js';

/** Binds what stance `s` is on, its condition and its attribution chain (holder and article `a` are bound before). */
const ENDS = `
OPTIONAL MATCH (s)-[:ON]->(target)
OPTIONAL MATCH (s)-[:CONDITIONED_ON]->(cond:Claim)
CALL (s) {
  OPTIONAL MATCH (s)-[v:VIA]->(hop:Actor)
  WITH v, hop ORDER BY v.position
  RETURN collect(hop.id) AS chain
}`;

/** A StanceLinks record from the variables ENDS binds. */
const LINKS = `{id: s.id, holderId: holder.id, articleId: a.id, outletId: a.outletId,
  claimId: CASE WHEN target:Claim THEN target.id END, targetActorId: CASE WHEN target:Actor THEN target.id END,
  conditionId: cond.id, chain: chain}`;

/** The ends of stances: holder, target, condition, article, chain; one round trip for many stances. */
export const STANCE_LINKS = `
UNWIND $ids AS id
MATCH (holder:Actor)-[:HOLDS]->(s:Stance {id: id})-[:IN]->(a:Article)
${ENDS}
RETURN ${LINKS} AS links`;

/**
 * Stances by holder / target claim / target actor / article: keyset page per parent, newest first.
 * Each comes with its links (null when its holder or article is gone), so the holder, claim and
 * chain fields of a list cost no STANCE_LINKS statement.
 */
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
  WITH s ORDER BY coalesce(s.publishedAt, '') DESC, s.id ASC LIMIT $limit
  OPTIONAL MATCH (holder:Actor)-[:HOLDS]->(s)
  OPTIONAL MATCH (s)-[:IN]->(a:Article)
  ${ENDS}
  RETURN s, CASE WHEN holder IS NULL OR a IS NULL THEN null ELSE ${LINKS} END AS links
  ORDER BY coalesce(s.publishedAt, '') DESC, s.id ASC
}
RETURN key, collect({stance: ${STANCE_FIELDS}, links: links}) AS stances`;
};
