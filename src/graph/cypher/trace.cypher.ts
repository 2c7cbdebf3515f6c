import { STANCE_FIELDS } from './read.cypher.js';

/**
 * Every appearance of a claim (oldest first, bounded) with its article's outlet, the live stances on
 * the claim in that article with their attribution chains, and what the article cites: outlets, and
 * articles up to three CITES hops away together with their publishers.
 */
export const CLAIM_APPEARANCES = `
MATCH (c:Claim {id: $claimId})-[ap:APPEARS_IN]->(a:Article)
WITH c, ap, a ORDER BY coalesce(a.publishedAt, '9999'), a.id, ap.start LIMIT $limit
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Actor)
CALL (a, c) {
  OPTIONAL MATCH (h:Actor)-[:HOLDS]->(s:Stance {articleId: a.id})-[:ON]->(c)
  WHERE NOT coalesce(s.rejected, false)
  CALL (s) {
    OPTIONAL MATCH (s)-[v:VIA]->(hop:Actor)
    WITH v, hop ORDER BY v.position
    RETURN collect(hop.id) AS chain
  }
  WITH s, h, chain ORDER BY s.evidenceStart, s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {stance: ${STANCE_FIELDS}, holderId: h.id, chain: chain} END) AS stances
}
CALL (a) {
  OPTIONAL MATCH (a)-[:CITES*1..3]->(x)
  WITH DISTINCT x LIMIT $maxCited
  OPTIONAL MATCH (x:Article)-[:PUBLISHED_BY]->(xo:Actor)
  RETURN collect(DISTINCT CASE WHEN x:Actor THEN x.id ELSE xo.id END) AS citedActors,
         collect(DISTINCT CASE WHEN x:Article THEN x.id END) AS citedArticles
}
RETURN a.id AS articleId, o.id AS outletId, a.publishedAt AS publishedAt, ap.start AS start, ap.end AS end,
       coalesce(ap.text, '') AS text, toFloat(coalesce(ap.similarity, 1.0)) AS similarity, stances, citedActors, citedArticles`;
