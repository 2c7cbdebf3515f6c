import { STANCE_FIELDS } from './read.cypher.js';

/** An actor's stances, optionally on one claim, oldest first (undated last; within an article in text order). */
export const ACTOR_TIMELINE = `
MATCH (:Actor {id: $actorId})-[:HOLDS]->(s:Stance)-[:ON]->(t)
WHERE NOT coalesce(s.rejected, false) AND ($claimId IS NULL OR (t:Claim AND t.id = $claimId))
RETURN ${STANCE_FIELDS} AS stance, t.id AS targetId
ORDER BY coalesce(s.publishedAt, '9999'), s.articleId, s.evidenceStart, s.id
LIMIT $limit`;
