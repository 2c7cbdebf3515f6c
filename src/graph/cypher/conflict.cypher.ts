import { CLAIM_FIELDS, claimFields, STANCE_FIELDS } from './read.cypher.js';

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

// Where to look: every claim someone opposes, or (for one actor) the claims that actor took a stance on.
const CONTESTED = (byActor: boolean) =>
  byActor
    ? `MATCH (:Actor {id: $actorId})-[:HOLDS]->(x:Stance)-[:ON]->(c:Claim) WHERE ${LIVE('x')} RETURN DISTINCT c`
    : `MATCH (x:Stance {polarity: 'OPPOSE'})-[:ON]->(c:Claim) WHERE ${LIVE('x')} RETURN DISTINCT c`;

const RELATED = (type: 'DENIES' | 'CONTRADICTS', byActor: boolean) =>
  byActor
    ? `MATCH (:Actor {id: $actorId})-[:HOLDS]->(x:Stance)-[:ON]->(y:Claim) WHERE ${LIVE('x')}
  WITH DISTINCT y
  MATCH (y)-[r:${type}]-(:Claim)
  WITH DISTINCT startNode(r) AS c, endNode(r) AS d`
    : `MATCH (c:Claim)-[:${type}]->(d:Claim)
  WITH DISTINCT c, d`;

const relationConflicts = (type: 'DENIES' | 'CONTRADICTS', byActor: boolean) => `
  ${RELATED(type, byActor)}
  CALL (c, d) {
    UNWIND [c, d] AS x
    OPTIONAL MATCH (s:Stance)-[:ON]->(x) WHERE ${LIVE('s')}
    RETURN max(coalesce(s.publishedAt, '')) AS latest
  }
  RETURN '${type}' AS kind, c, d AS related, latest`;

/**
 * Conflicts, most recent evidence first: a claim with SUPPORT/CONDITIONAL and OPPOSE stances by
 * different actors, and claims a claim DENIES or CONTRADICTS; with `byActor`, only those `$actorId`
 * took part in (a stance on either side, or on either claim).
 */
export const CONFLICTS = (byActor: boolean) => `
CALL () {
  CALL () {
    ${CONTESTED(byActor)}
  }
  CALL (c) {
    MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(c) WHERE ${LIVE('s')}
    RETURN collect(DISTINCT CASE WHEN s.polarity IN ['SUPPORT', 'CONDITIONAL'] THEN h.id END) AS pros,
           collect(DISTINCT CASE WHEN s.polarity = 'OPPOSE' THEN h.id END) AS cons,
           max(coalesce(s.publishedAt, '')) AS latest
  }
  WITH c, latest, pros, cons
  WHERE any(p IN pros WHERE any(q IN cons WHERE p <> q AND ($actorId IS NULL OR $actorId IN [p, q])))
  RETURN 'OPPOSITE_STANCES' AS kind, c, null AS related, latest
  UNION ALL
  ${relationConflicts('DENIES', byActor)}
  UNION ALL
  ${relationConflicts('CONTRADICTS', byActor)}
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
RETURN kind, ${CLAIM_FIELDS} AS claim, CASE WHEN related IS NULL THEN null ELSE ${claimFields('related')} END AS relatedClaim, sideA, sideB
ORDER BY latest DESC, kind, c.id, related.id`;
