/**
 * The analyst's view of the graph: Actors, Claims and Articles as nodes; each stance collapsed into
 * one STANCE edge (holder -> target); VIA chains as CITES hops from each chain actor to the next.
 * Rejected stances never show (nor count in CITES weights). Every branch is bounded by `$perNode`, the whole by `$maxRows`.
 */

const LIVE = 'NOT coalesce(s.rejected, false)';

const NODE_OF_KEY = `
CALL (key) {
  MATCH (n:Actor {id: key}) RETURN n
  UNION
  MATCH (n:Claim {id: key}) RETURN n
  UNION
  MATCH (n:Article {id: key}) RETURN n
}`;

const RELATION_ROW = `RETURN rel + ':' + a.id + '->' + b.id AS id, a.id AS source, b.id AS target, rel AS type, label,
         null AS polarity, null AS stanceId, toFloat(w) AS weight`;

/**
 * Edges touching any of `$ids`: relationships between two of the nodes, stances held by, on or (when
 * `$articleStances`) in the node, condition links of conditional stances, and attribution chain hops.
 * `via` is the node the row was found from. Few, generic branches keep the plan small.
 * `$kept` (a list of ids, or null) keeps only edges whose both ends are in it: what is left to ask once
 * the node set is complete. The aggregating branches read every relationship of the node anyway, so
 * they filter their pairs before `$perNode` and no edge among kept nodes is lost to the limit (the
 * relation branch filters the other end before it sums: a hub has tens of thousands of pairs); they
 * keep the heaviest pairs (then by id), so the answer does not depend on storage order. The stance
 * branch filters after its limit and takes the first stances found: filtering or sorting first would
 * read every stance of a hub.
 */
export const EDGES_OF = `
UNWIND $ids AS key
${NODE_OF_KEY}
CALL (n) {
  MATCH (n)-[r:CONDITIONED_ON|DENIES|CONTRADICTS|MEMBER_OF|PART_OF|AFFILIATED_WITH|ABOUT|PUBLISHED_BY|CITES]-(m)
  WHERE NOT m:Stance AND ($kept IS NULL OR m.id IN $kept)
  // An ABOUT relationship stands for its articles (one per pair); the other types count one each.
  WITH type(r) AS rel, startNode(r) AS a, endNode(r) AS b, sum(CASE type(r) WHEN 'ABOUT' THEN r.articles ELSE 1 END) AS w,
       head(collect(coalesce(r.role, r.title))) AS label
  WHERE $kept IS NULL OR (a.id IN $kept AND b.id IN $kept)
  WITH rel, a, b, w, label ORDER BY w DESC, a.id, b.id
  LIMIT $perNode
  ${RELATION_ROW}
  UNION
  MATCH (n)-[r:HOLDS|ON|IN]-(s:Stance)
  WHERE ${LIVE} AND ($articleStances OR type(r) <> 'IN')
  WITH DISTINCT s LIMIT $perNode
  MATCH (h:Actor)-[:HOLDS]->(s)-[:ON]->(t)
  WHERE $kept IS NULL OR (h.id IN $kept AND t.id IN $kept)
  RETURN s.id AS id, h.id AS source, t.id AS target, 'STANCE' AS type, s.cue AS label, s.polarity AS polarity,
         s.id AS stanceId, toFloat(coalesce(s.confidence, 1.0)) AS weight
  UNION
  // A conditional stance links what it is on to its condition.
  MATCH (n)-[:ON|CONDITIONED_ON]-(s:Stance)
  WHERE ${LIVE}
  MATCH (s)-[:ON]->(a), (s)-[:CONDITIONED_ON]->(b:Claim)
  WHERE $kept IS NULL OR (a.id IN $kept AND b.id IN $kept)
  WITH 'CONDITIONED_ON' AS rel, a, b, count(DISTINCT s) AS w, null AS label ORDER BY w DESC, a.id, b.id
  LIMIT $perNode
  ${RELATION_ROW}
  UNION
  // Chain hops, counted at write time (reports.cypher.ts): position i of a chain reports what i + 1 said.
  MATCH (n)-[r:REPORTS]-()
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE $kept IS NULL OR (a.id IN $kept AND b.id IN $kept)
  WITH 'CITES' AS rel, a, b, r.count AS w, null AS label ORDER BY w DESC, a.id, b.id
  LIMIT $perNode
  ${RELATION_ROW}
}
RETURN key AS via, id, source, target, type, label, polarity, stanceId, weight
LIMIT $maxRows`;

/** Display fields of nodes by id, whatever their label. */
export const NODES_BY_IDS = `
UNWIND $ids AS key
CALL (key) {
  MATCH (x:Actor {id: key})
  RETURN x.id AS id, x.name AS label, 'ACTOR' AS type, x.type AS kind,
         toFloat(COUNT { (x)-[:HOLDS]->(s:Stance) WHERE ${LIVE} } + COUNT { (:Article)-[:PUBLISHED_BY]->(x) }) AS weight,
         {title: x.title, domain: x.domain, aliases: x.aliases, count: x.count} AS data
  UNION
  MATCH (c:Claim {id: key})
  RETURN c.id AS id, c.text AS label, 'CLAIM' AS type, c.modality AS kind,
         toFloat(COUNT { (s:Stance)-[:ON]->(c) WHERE ${LIVE} }) AS weight,
         {firstSeenAt: c.firstSeenAt, places: c.places} AS data
  UNION
  MATCH (a:Article {id: key})
  RETURN a.id AS id, a.title AS label, 'ARTICLE' AS type, null AS kind,
         toFloat(COUNT { (s:Stance)-[:IN]->(a) WHERE ${LIVE} }) AS weight,
         {title: a.title, url: a.url, publishedAt: a.publishedAt, outletId: a.outletId} AS data
}
RETURN id, label, type, kind, weight, data`;
