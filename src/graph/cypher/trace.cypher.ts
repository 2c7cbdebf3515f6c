import { ACTOR_FIELDS, CLAIM_FIELDS, STANCE_VALUES } from './read.cypher.js';

/**
 * A claim with every appearance (oldest first, bounded): the article's outlet, the live stances on the
 * claim in that article with their attribution chains, and what the article cites: outlets, and
 * articles up to three CITES hops away together with their publishers. Also the records of every actor
 * those name, so that one statement answers the whole trace. Of the stances and articles it reads only
 * the `$stanceProperties` and `$articleProperties` the query asks for (no article when those are null).
 * No row when the claim does not exist.
 */
export const CLAIM_TRACE = `
MATCH (c:Claim {id: $claimId})
CALL (c) {
  MATCH (c)-[ap:APPEARS_IN]->(a:Article)
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
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {values: ${STANCE_VALUES}, chain: chain} END) AS stances
  }
  CALL (a) {
    OPTIONAL MATCH (a)-[:CITES*1..3]->(x)
    WITH DISTINCT x LIMIT $maxCited
    OPTIONAL MATCH (x:Article)-[:PUBLISHED_BY]->(xo:Actor)
    RETURN collect(DISTINCT CASE WHEN x:Actor THEN x.id ELSE xo.id END) AS citedActors,
           collect(DISTINCT CASE WHEN x:Article THEN x.id END) AS citedArticles
  }
  RETURN collect({articleId: a.id, outletId: o.id, publishedAt: a.publishedAt, start: ap.start, end: ap.end,
    text: coalesce(ap.text, ''), similarity: toFloat(coalesce(ap.similarity, 1.0)), stances: stances,
    citedActors: citedActors, citedArticles: citedArticles,
    article: CASE WHEN $articleProperties IS NULL THEN null ELSE [k IN $articleProperties | a[k]] END}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  UNWIND [row.outletId] + row.citedActors + reduce(ids = [], s IN row.stances | ids + s.chain) AS id
  WITH DISTINCT id WHERE id IS NOT NULL
  MATCH (x:Actor {id: id})
  RETURN collect(${ACTOR_FIELDS}) AS actors
}
RETURN ${CLAIM_FIELDS} AS claim, rows, actors`;
