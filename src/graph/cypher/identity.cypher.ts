/**
 * Why mentions are one actor: the resolver's decision on each mention, the human merges into an
 * actor, and the mentions humans detached from or into it. Each statement takes a batch of actor
 * ids and returns one row per actor that has something.
 */

const DETACHMENT_FIELDS = 'd { .articleId, .fromId, .toId, .at, .reason }';

/**
 * The newest `$limit` articles each actor is mentioned in, with the resolver's decision, the merges
 * that moved the mention here and the detach that sent it here, if any.
 */
export const MENTIONS_OF = `
UNWIND $ids AS id
MATCH (x:Actor {id: id})
CALL (x) {
  MATCH (x)-[m:MENTIONED_IN]->(a:Article)
  RETURN a, m ORDER BY a.publishedAt DESC, a.id
  LIMIT $limit
}
WITH id, a, m, COLLECT { MATCH (d:Detachment {articleId: a.id, toId: id}) RETURN ${DETACHMENT_FIELDS} } AS detachments
RETURN id, collect({articleId: a.id, count: m.count, reason: m.reason, score: m.score, mergedFromIds: coalesce(m.movedFrom, []),
  detachment: detachments[0]}) AS items`;

/** The actors merged into each actor, oldest merge first. */
export const MERGES_INTO = `
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[mi:MERGED_INTO]-(m:Actor)
WITH id, m, mi ORDER BY mi.at, m.id
RETURN id, collect({mergedId: m.id, at: mi.at, reason: mi.reason, reversible: coalesce(mi.reversible, false)}) AS items`;

/** The mentions detached from or into each actor, oldest first. */
export const DETACHMENTS_OF = `
UNWIND $ids AS id
CALL (id) {
  MATCH (d:Detachment {fromId: id}) RETURN d
  UNION
  MATCH (d:Detachment {toId: id}) RETURN d
}
WITH id, d ORDER BY d.at, d.id
RETURN id, collect(${DETACHMENT_FIELDS}) AS items`;
