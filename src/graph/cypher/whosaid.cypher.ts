import { CLAIM_FIELDS } from './read.cypher.js';
import { LISTED_STANCE, listedStanceEnds } from './stance.cypher.js';

/**
 * Claims found by their text or by the evidence and quotes of stances on them. Each index call gets
 * its own limit; a claim's score is its best hit. Matching stances come first among its stances,
 * each listed with its links and the `$related` records (see listedStanceEnds).
 */
export const WHO_SAID = `
CALL () {
  CALL db.index.fulltext.queryNodes('claim_texts', $claimQuery, {limit: $claimLimit}) YIELD node, score
  RETURN node AS c, score, null AS matched
  UNION ALL
  CALL db.index.fulltext.queryNodes('stance_quotes', $stanceQuery, {limit: $stanceLimit}) YIELD node AS s, score
  WHERE NOT coalesce(s.rejected, false)
  MATCH (s)-[:ON]->(c:Claim)
  RETURN c, score, s.id AS matched
}
WITH c, max(score) AS score, collect(matched) AS matched
ORDER BY score DESC, c.id
LIMIT $first
CALL (c, matched) {
  MATCH (holder:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(c)
  WHERE NOT coalesce(s.rejected, false)
  WITH s, holder, CASE WHEN s.id IN matched THEN 0 ELSE 1 END AS rank
  ORDER BY rank, coalesce(s.publishedAt, ''), s.id
  LIMIT $perClaim
  ${listedStanceEnds(true)}
  WITH * ORDER BY rank, coalesce(s.publishedAt, ''), s.id
  RETURN collect(${LISTED_STANCE}) AS stances
}
RETURN ${CLAIM_FIELDS} AS claim, score, stances
ORDER BY score DESC, c.id`;
