import { CLAIM_FIELDS, STANCE_FIELDS } from './read.cypher.js';

const LIVE = (s: string) => `NOT coalesce(${s}.rejected, false)`;

/** Claims both actors took a stance on, each side's latest stance (ties: later in the text). */
export const AGREEMENT = `
MATCH (:Actor {id: $actorA})-[:HOLDS]->(sa:Stance)-[:ON]->(c:Claim)<-[:ON]-(sb:Stance)<-[:HOLDS]-(:Actor {id: $actorB})
WHERE ${LIVE('sa')} AND ${LIVE('sb')}
WITH DISTINCT c LIMIT $limit
CALL (c) {
  MATCH (:Actor {id: $actorA})-[:HOLDS]->(s:Stance)-[:ON]->(c) WHERE ${LIVE('s')}
  RETURN s AS a ORDER BY coalesce(s.publishedAt, '') DESC, s.evidenceStart DESC, s.id DESC LIMIT 1
}
CALL (c) {
  MATCH (:Actor {id: $actorB})-[:HOLDS]->(s:Stance)-[:ON]->(c) WHERE ${LIVE('s')}
  RETURN s AS b ORDER BY coalesce(s.publishedAt, '') DESC, s.evidenceStart DESC, s.id DESC LIMIT 1
}
WITH c, a, b, CASE WHEN coalesce(a.publishedAt, '') > coalesce(b.publishedAt, '') THEN a.publishedAt ELSE b.publishedAt END AS latest
RETURN ${CLAIM_FIELDS} AS claim, ${STANCE_FIELDS.replace(/^s \{/, 'a {')} AS a, ${STANCE_FIELDS.replace(/^s \{/, 'b {')} AS b
ORDER BY coalesce(latest, '') DESC, c.id`;

const relationConflicts = (type: 'DENIES' | 'CONTRADICTS') => `
  MATCH (c:Claim)-[:${type}]->(d:Claim)
  WITH DISTINCT c, d
  WHERE $actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:HOLDS]->(s:Stance)-[:ON]->(x:Claim) WHERE x IN [c, d] AND ${LIVE('s')} }
  OPTIONAL MATCH (s:Stance)-[:ON]->(x:Claim) WHERE x IN [c, d] AND ${LIVE('s')}
  RETURN '${type}' AS kind, c, d AS related, max(coalesce(s.publishedAt, '')) AS latest`;

/**
 * Conflicts, most recent evidence first: a claim with SUPPORT/CONDITIONAL and OPPOSE stances by
 * different actors, and claims a claim DENIES or CONTRADICTS; optionally only where the actor took part.
 */
export const CONFLICTS = `
CALL () {
  MATCH (h2:Actor)-[:HOLDS]->(s2:Stance {polarity: 'OPPOSE'})-[:ON]->(c:Claim)
  WHERE ${LIVE('s2')}
  MATCH (h1:Actor)-[:HOLDS]->(s1:Stance)-[:ON]->(c)
  WHERE s1.polarity IN ['SUPPORT', 'CONDITIONAL'] AND ${LIVE('s1')} AND h1 <> h2
    AND ($actorId IS NULL OR h1.id = $actorId OR h2.id = $actorId)
  WITH c, max(coalesce(s1.publishedAt, '')) AS t1, max(coalesce(s2.publishedAt, '')) AS t2
  RETURN 'OPPOSITE_STANCES' AS kind, c, null AS related, CASE WHEN t1 > t2 THEN t1 ELSE t2 END AS latest
  UNION ALL
  ${relationConflicts('DENIES')}
  UNION ALL
  ${relationConflicts('CONTRADICTS')}
}
WITH kind, c, related, latest
ORDER BY latest DESC, kind, c.id, related.id
LIMIT $first
CALL (kind, c) {
  OPTIONAL MATCH (:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(c)
  WHERE ${LIVE('s')} AND (kind <> 'OPPOSITE_STANCES' OR s.polarity IN ['SUPPORT', 'CONDITIONAL'])
  WITH s ORDER BY coalesce(s.publishedAt, ''), s.id LIMIT $perSide
  RETURN collect(${STANCE_FIELDS}) AS sideA
}
CALL (kind, c, related) {
  WITH CASE WHEN kind = 'OPPOSITE_STANCES' THEN c ELSE related END AS other
  OPTIONAL MATCH (:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(other)
  WHERE ${LIVE('s')} AND (kind <> 'OPPOSITE_STANCES' OR s.polarity = 'OPPOSE')
  WITH s ORDER BY coalesce(s.publishedAt, ''), s.id LIMIT $perSide
  RETURN collect(${STANCE_FIELDS}) AS sideB
}
RETURN kind, ${CLAIM_FIELDS} AS claim, CASE WHEN related IS NULL THEN null ELSE related { .id, .text, .modality, .places, .firstSeenAt } END AS relatedClaim, sideA, sideB
ORDER BY latest DESC, kind, c.id, related.id`;
