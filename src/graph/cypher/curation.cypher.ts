/** Human curation: merges, aliases, stance corrections, deletions. */

export const ACTOR_EXISTS = `MATCH (x:Actor {id: $id}) RETURN x.id AS id, x.name AS name, x.type AS type`;

/**
 * The relationships a merge moves from the merged actor to the keeper, with the properties that
 * identify each one (so a MERGE on the keeper does not collapse distinct links).
 */
const MOVES: { type: string; out: boolean; keys: string[] }[] = [
  { type: 'HOLDS', out: true, keys: [] },
  { type: 'MENTIONED_IN', out: true, keys: [] },
  { type: 'HAS_KEY', out: true, keys: [] },
  { type: 'MEMBER_OF', out: true, keys: ['articleId'] },
  { type: 'PART_OF', out: true, keys: ['articleId'] },
  { type: 'AFFILIATED_WITH', out: true, keys: ['articleId'] },
  { type: 'MEMBER_OF', out: false, keys: ['articleId'] },
  { type: 'PART_OF', out: false, keys: ['articleId'] },
  { type: 'AFFILIATED_WITH', out: false, keys: ['articleId'] },
  { type: 'ON', out: false, keys: [] },
  { type: 'ABOUT', out: false, keys: [] }, // one per claim; its `articles` is recounted after the merge
  { type: 'VIA', out: false, keys: ['position'] },
  { type: 'PUBLISHED_BY', out: false, keys: [] },
  { type: 'CITES', out: false, keys: ['url'] },
];

/** One statement per moved relationship type (types are fixed here, never taken from input). */
export const MOVE_RELATIONSHIPS: string[] = MOVES.map(({ type, out, keys }) => {
  const identity = keys.length ? ` {${keys.map((k) => `${k}: r.${k}`).join(', ')}}` : '';
  const [pattern, merge] = out
    ? [`(m)-[r:${type}]->(other)`, `MERGE (k)-[r2:${type}${identity}]->(other)`]
    : [`(m)<-[r:${type}]-(other)`, `MERGE (k)<-[r2:${type}${identity}]-(other)`];
  return `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
MATCH ${pattern} WHERE other <> k
${merge}
SET r2 += properties(r)
DELETE r
RETURN count(*) AS n`;
});

export const FINISH_MERGE = `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
OPTIONAL MATCH (m)-[rest]-() WHERE type(rest) <> 'MERGED_INTO'
DELETE rest
WITH DISTINCT m, k
SET k.aliases = reduce(acc = coalesce(k.aliases, []), al IN [m.name] + coalesce(m.aliases, []) |
      CASE WHEN al IN acc OR al = k.name THEN acc ELSE acc + al END),
    k.curated = true, m.curated = true
SET k.aliasText = reduce(t = '', al IN k.aliases | t + ' ' + al), m.aliasText = ''
MERGE (m)-[mi:MERGED_INTO]->(k)
SET mi.at = toString(datetime()), mi.reason = $reason
RETURN k.id AS id`;

export const ADD_ALIAS = `
MATCH (x:Actor {id: $id})
SET x.aliases = CASE WHEN $alias IN coalesce(x.aliases, []) OR $alias = x.name THEN x.aliases ELSE coalesce(x.aliases, []) + $alias END,
    x.curated = true
SET x.aliasText = reduce(t = '', al IN x.aliases | t + ' ' + al)
WITH x
UNWIND $keys AS value
MERGE (k:ActorKey {value: value})
MERGE (x)-[:HAS_KEY]->(k)
RETURN DISTINCT x.id AS id`;

export const CORRECT_STANCE = `
MATCH (s:Stance {id: $stanceId})
MERGE (k:Correction {id: 'corr_' + $stanceId})
SET k.stanceId = $stanceId, k.articleId = s.articleId, k.polarity = $polarity, k.rejected = $rejected,
    k.note = $note, k.createdAt = toString(datetime())
MERGE (k)-[:CORRECTS]->(s)
SET s.polarity = coalesce($polarity, s.extractedPolarity, s.polarity), s.rejected = coalesce($rejected, false),
    s.corrected = true, s.correctionNote = $note
RETURN s.id AS id`;
