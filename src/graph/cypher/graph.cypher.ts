/**
 * The analyst's view of the graph: Actors, Claims and Articles as nodes; stances collapsed into one
 * STANCE edge each (holder -> target); VIA chains as CITES hops between consecutive chain actors.
 * Rejected stances never show. Every branch is bounded by `$perNode`, the whole by `$maxRows`.
 */

const LIVE = 'NOT coalesce(s.rejected, false)';

const STANCE_EDGE = `RETURN s.id AS id, h.id AS source, t.id AS target, 'STANCE' AS type, s.cue AS label,
  s.polarity AS polarity, s.id AS stanceId, toFloat(coalesce(s.confidence, 1.0)) AS weight`;

const RELATION_EDGE = (type: string) => `RETURN '${type}:' + a.id + '->' + b.id AS id, a.id AS source, b.id AS target, '${type}' AS type,
  label, null AS polarity, null AS stanceId, toFloat(w) AS weight`;

// One UNION branch per way a node touches an edge; a node id matches only the branches of its label.
const BRANCHES = (articleStances: boolean): string[] => [
  `MATCH (h:Actor {id: id})-[:HOLDS]->(s:Stance)-[:ON]->(t) WHERE ${LIVE}
   WITH h, s, t LIMIT $perNode ${STANCE_EDGE}`,
  `MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(t:Actor {id: id}) WHERE ${LIVE}
   WITH h, s, t LIMIT $perNode ${STANCE_EDGE}`,
  `MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(t:Claim {id: id}) WHERE ${LIVE}
   WITH h, s, t LIMIT $perNode ${STANCE_EDGE}`,
  ...(articleStances
    ? [`MATCH (h:Actor)-[:HOLDS]->(s:Stance {articleId: id})-[:ON]->(t) WHERE ${LIVE}
   WITH h, s, t LIMIT $perNode ${STANCE_EDGE}`]
    : []),
  ...(['CONDITIONED_ON', 'DENIES', 'CONTRADICTS'] as const).map(
    (type) => `MATCH (n:Claim {id: id})-[r:${type}]-(:Claim)
   WITH startNode(r) AS a, endNode(r) AS b, count(r) AS w, null AS label LIMIT $perNode ${RELATION_EDGE(type)}`,
  ),
  // A CONDITIONAL stance links what it is on to its condition.
  `MATCH (s:Stance)-[:CONDITIONED_ON]->(b:Claim {id: id}) WHERE ${LIVE}
   MATCH (s)-[:ON]->(a)
   WITH a, b, count(s) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('CONDITIONED_ON')}`,
  ...(['Claim', 'Actor'] as const).map(
    (label) => `MATCH (s:Stance)-[:ON]->(a:${label} {id: id}) WHERE ${LIVE}
   MATCH (s)-[:CONDITIONED_ON]->(b:Claim)
   WITH a, b, count(s) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('CONDITIONED_ON')}`,
  ),
  ...(['MEMBER_OF', 'PART_OF', 'AFFILIATED_WITH'] as const).map(
    (type) => `MATCH (n:Actor {id: id})-[r:${type}]-(:Actor)
   WITH startNode(r) AS a, endNode(r) AS b, count(r) AS w, head(collect(r.role)) AS label LIMIT $perNode ${RELATION_EDGE(type)}`,
  ),
  `MATCH (a:Claim {id: id})-[r:ABOUT]->(b:Actor)
   WITH a, b, count(r) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('ABOUT')}`,
  `MATCH (a:Claim)-[r:ABOUT]->(b:Actor {id: id})
   WITH a, b, count(r) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('ABOUT')}`,
  `MATCH (a:Article {id: id})-[:PUBLISHED_BY]->(b:Actor)
   WITH a, b, 1 AS w, null AS label LIMIT $perNode ${RELATION_EDGE('PUBLISHED_BY')}`,
  `MATCH (a:Article)-[:PUBLISHED_BY]->(b:Actor {id: id})
   WITH a, b, 1 AS w, null AS label LIMIT $perNode ${RELATION_EDGE('PUBLISHED_BY')}`,
  `MATCH (a:Article {id: id})-[r:CITES]->(b)
   WITH a, b, count(r) AS w, head(collect(r.title)) AS label LIMIT $perNode ${RELATION_EDGE('CITES')}`,
  `MATCH (a:Article)-[r:CITES]->(b:Actor {id: id})
   WITH a, b, count(r) AS w, head(collect(r.title)) AS label LIMIT $perNode ${RELATION_EDGE('CITES')}`,
  `MATCH (a:Article)-[r:CITES]->(b:Article {id: id})
   WITH a, b, count(r) AS w, head(collect(r.title)) AS label LIMIT $perNode ${RELATION_EDGE('CITES')}`,
  // Attribution chain hops: position i reports what position i + 1 said.
  `MATCH (s:Stance)-[v:VIA]->(a:Actor {id: id}) WHERE ${LIVE}
   MATCH (s)-[w:VIA {position: v.position + 1}]->(b:Actor) WHERE b <> a
   WITH a, b, count(DISTINCT s) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('CITES')}`,
  `MATCH (s:Stance)-[w:VIA]->(b:Actor {id: id}) WHERE ${LIVE}
   MATCH (s)-[v:VIA {position: w.position - 1}]->(a:Actor) WHERE b <> a
   WITH a, b, count(DISTINCT s) AS w, null AS label LIMIT $perNode ${RELATION_EDGE('CITES')}`,
];

/** Edges touching any of `$ids`; `articleStances` adds the stances whose evidence is in an article id. */
export const EDGES_OF = (articleStances: boolean): string => `
UNWIND $ids AS id
CALL (id) {
  ${BRANCHES(articleStances).join('\n  UNION\n  ')}
}
RETURN id, source, target, type, label, polarity, stanceId, weight
LIMIT $maxRows`;

/** Display fields of nodes by id, whatever their label. */
export const NODES_BY_IDS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Actor {id: id})
  RETURN x.id AS id, x.name AS label, 'ACTOR' AS type, x.type AS kind,
         toFloat(COUNT { (x)-[:HOLDS]->(s:Stance) WHERE ${LIVE} } + COUNT { (:Article)-[:PUBLISHED_BY]->(x) }) AS weight,
         {title: x.title, domain: x.domain, aliases: x.aliases, count: x.count} AS data
  UNION
  MATCH (c:Claim {id: id})
  RETURN c.id AS id, c.text AS label, 'CLAIM' AS type, c.modality AS kind,
         toFloat(COUNT { (s:Stance)-[:ON]->(c) WHERE ${LIVE} }) AS weight,
         {firstSeenAt: c.firstSeenAt, places: c.places} AS data
  UNION
  MATCH (a:Article {id: id})
  RETURN a.id AS id, a.title AS label, 'ARTICLE' AS type, null AS kind,
         toFloat(COUNT { (s:Stance)-[:IN]->(a) WHERE ${LIVE} }) AS weight,
         {title: a.title, url: a.url, publishedAt: a.publishedAt, outletId: a.outletId} AS data
}
RETURN id, label, type, kind, weight, data`;
