/**
 * The floor of the suite's neighbourhood question, as one hand-written statement answering what
 * claimgraph answers (GraphRepository.neighborhood, depth 2, limit 100): the same nodes, weights,
 * edges and `truncated` (checked for the suite's 20 actors; docs/benchmarks/neighborhood-floor.md).
 */
import { LIVE } from './live.js';

/**
 * The edges of node `n` as claimgraph's graph.cypher.ts defines them (relations weighted by how often
 * they are stated, stances held by, on or in the node, condition links, chain hops), at most 101 per
 * kind; with `amongKept`, only those whose both ends are in `kept` (`n` is in it, so a relation is
 * kept by its other end, before the weights are summed). The branches never yield the same row twice.
 */
function edgesOfNode(amongKept: boolean): string {
  const among = amongKept ? 'WHERE elementId(a) IN kept AND elementId(b) IN kept' : '';
  return `
  CALL (n${amongKept ? ', kept' : ''}) {
    MATCH (n)-[r:CONDITIONED_ON|DENIES|CONTRADICTS|MEMBER_OF|PART_OF|AFFILIATED_WITH|ABOUT|PUBLISHED_BY|CITES]-(m)
    WHERE NOT m:Stance${amongKept ? ' AND elementId(m) IN kept' : ''}
    WITH type(r) AS type, startNode(r) AS a, endNode(r) AS b, sum(CASE type(r) WHEN 'ABOUT' THEN r.articles ELSE 1 END) AS w
    WITH type, a, b, w ORDER BY w DESC, a.id, b.id LIMIT 101
    RETURN type + ':' + a.id + '->' + b.id AS id, a, b, type, null AS polarity, toFloat(w) AS weight
    UNION ALL
    MATCH (n)-[:HOLDS|ON|IN]-(s:Stance) WHERE ${LIVE('s')}
    WITH DISTINCT s LIMIT 101
    MATCH (a:Actor)-[:HOLDS]->(s)-[:ON]->(b)
    ${among}
    RETURN s.id AS id, a, b, 'STANCE' AS type, s.polarity AS polarity, toFloat(coalesce(s.confidence, 1.0)) AS weight
    UNION ALL
    MATCH (n)-[:ON|CONDITIONED_ON]-(s:Stance) WHERE ${LIVE('s')}
    MATCH (s)-[:ON]->(a), (s)-[:CONDITIONED_ON]->(b:Claim)
    ${among}
    WITH a, b, count(DISTINCT s) AS w ORDER BY w DESC, a.id, b.id LIMIT 101
    RETURN 'CONDITIONED_ON:' + a.id + '->' + b.id AS id, a, b, 'CONDITIONED_ON' AS type, null AS polarity, toFloat(w) AS weight
    UNION ALL
    MATCH (n)-[r:REPORTS]-()
    WITH startNode(r) AS a, endNode(r) AS b, r.count AS w
    ${among}
    WITH a, b, w ORDER BY w DESC, a.id, b.id LIMIT 101
    RETURN 'CITES:' + a.id + '->' + b.id AS id, a, b, 'CITES' AS type, null AS polarity, toFloat(w) AS weight
  }`;
}

/** The node limit of the suite's neighbourhood query. */
const LIMIT = 100;

/**
 * One breadth-first level: the edges of the nodes in `frontier` (20,000 rows at most), heaviest first
 * (then by id), add their new ends to `kept` while they fit within LIMIT nodes. Binds `kept<n>` (the
 * nodes so far, in the order they were added), `edges<n>` (the edges taken: those with both ends
 * kept, since the fill never keeps both ends of an edge it refused) and `cut<n>` (a per-node or
 * per-level limit was reached, or an edge was refused).
 */
function neighborhoodLevel(frontier: string, kept: string, n: number): string {
  const fits = (k: string, e: string) => `size(${k}) + size([x IN [${e}.a, ${e}.b] WHERE NOT x IN ${k}]) <= ${LIMIT}`;
  return `
CALL (${frontier}, ${kept}) {
  UNWIND ${frontier} AS key
  MATCH (n) WHERE elementId(n) = key
  ${edgesOfNode(false)}
  WITH key, id, a, b, type, polarity, weight LIMIT 20001
  WITH collect({via: key, id: id, a: elementId(a), b: elementId(b), source: a.id, target: b.id, type: type, polarity: polarity, weight: weight}) AS found
  CALL (found) {
    UNWIND found[..20000] AS e
    WITH e.id AS id, head(collect(e)) AS e ORDER BY e.weight DESC, id
    RETURN collect(e) AS rows
  }
  CALL (found) {
    UNWIND found AS e
    WITH e.via AS via, e.type AS type, count(*) AS c WHERE c > 100
    RETURN count(*) > 0 AS crowded
  }
  WITH rows, size(found) > 20000 OR crowded AS crowded,
       reduce(k = ${kept}, e IN rows | CASE WHEN ${fits('k', 'e')} THEN k + [x IN CASE WHEN e.a = e.b THEN [e.a] ELSE [e.a, e.b] END WHERE NOT x IN k] ELSE k END) AS kept
  // Ending in an aggregation drops the rows read from what the statement carries on: the memory
  // estimate of every later buffered row would count them.
  WITH collect({
    kept: kept,
    edges: [e IN rows WHERE e.a IN kept AND e.b IN kept | e {.id, .source, .target, .type, .polarity}],
    cut: crowded OR any(e IN rows WHERE NOT (e.a IN kept AND e.b IN kept))
  })[0] AS level
  RETURN level.kept AS kept${n}, level.edges AS edges${n}, level.cut AS cut${n}
}`;
}

/**
 * The neighbourhood as one statement: claimgraph's question (GraphRepository.neighborhood, depth 2):
 * two levels as above (the second skipped once the limit is full and has cut), then the edges among
 * the kept nodes from the last level's nodes, node weights as graph.cypher.ts counts them. Nodes are
 * carried by element id.
 */
export const NEIGHBORHOOD_FLOOR = `
MATCH (root:Actor {id: $id})
WITH root, [elementId(root)] AS frontier1, [elementId(root)] AS kept0
${neighborhoodLevel('frontier1', 'kept0', 1)}
WITH root, kept1, edges1, cut1, cut1 AND size(kept1) >= ${LIMIT} AS full
WITH root, kept1, edges1, cut1, full, CASE WHEN full THEN [] ELSE kept1[1..] END AS frontier2
${neighborhoodLevel('frontier2', 'kept1', 2)}
WITH root, kept2 AS kept, edges1 + edges2 AS taken, cut1 OR cut2 AS truncated,
     CASE WHEN full THEN kept1[1..] ELSE kept2[size(kept1)..] END AS frontier
CALL (frontier, kept) {
  UNWIND frontier AS key
  MATCH (n) WHERE elementId(n) = key
  ${edgesOfNode(true)}
  WITH id, a, b, type, polarity LIMIT 20000
  RETURN collect({id: id, source: a.id, target: b.id, type: type, polarity: polarity}) AS among
}
CALL (taken, among) {
  UNWIND taken + among AS e
  WITH DISTINCT e
  RETURN collect(e) AS edges
}
CALL (root, kept) {
  UNWIND kept AS key
  MATCH (x) WHERE elementId(x) = key
  WITH x, CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Claim THEN 'CLAIM' ELSE 'ARTICLE' END AS type
  WITH x, type, toFloat(CASE type
    WHEN 'ACTOR' THEN COUNT { (x)-[:HOLDS]->(s:Stance) WHERE ${LIVE('s')} } + COUNT { (:Article)-[:PUBLISHED_BY]->(x) }
    WHEN 'CLAIM' THEN COUNT { (s:Stance)-[:ON]->(x) WHERE ${LIVE('s')} }
    ELSE COUNT { (s:Stance)-[:IN]->(x) WHERE ${LIVE('s')} } END) AS weight
  ORDER BY x = root DESC, weight DESC, x.id
  RETURN collect({id: x.id, label: CASE type WHEN 'ACTOR' THEN x.name WHEN 'CLAIM' THEN x.text ELSE x.title END, type: type, weight: weight}) AS nodes
}
RETURN truncated, nodes, edges`;
