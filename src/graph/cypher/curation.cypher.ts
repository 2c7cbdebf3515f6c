/** Human curation: merges and unmerges, detached mentions, aliases, stance corrections, deletions. */

export const ACTOR_EXISTS = `MATCH (x:Actor {id: $id}) RETURN x.id AS id, x.name AS name, x.type AS type`;

/**
 * Where a relationship records the article it is evidence from, for detaching one article's mention:
 * the stance at the other end (`stance`), the article itself (`article`), or the relationship's own
 * `articleId` (`link`). Lookup keys belong to no article and stay.
 */
type ArticleScope = 'stance' | 'article' | 'link' | null;

interface Move {
  type: string;
  out: boolean;
  /** The properties that identify one link between two nodes (a MERGE on them does not collapse distinct links). */
  keys: string[];
  article: ArticleScope;
}

/**
 * The relationships a merge moves from the merged actor to the keeper (and a detach moves for one
 * article). ABOUT is not among them: it is an aggregate of the appearances' `about` ids followed
 * through MERGED_INTO, recounted after a merge, an unmerge or a detach (about.cypher.ts).
 */
const MOVES: Move[] = [
  { type: 'HOLDS', out: true, keys: [], article: 'stance' },
  { type: 'MENTIONED_IN', out: true, keys: [], article: 'article' },
  { type: 'HAS_KEY', out: true, keys: [], article: null },
  { type: 'MEMBER_OF', out: true, keys: ['articleId'], article: 'link' },
  { type: 'PART_OF', out: true, keys: ['articleId'], article: 'link' },
  { type: 'AFFILIATED_WITH', out: true, keys: ['articleId'], article: 'link' },
  { type: 'MEMBER_OF', out: false, keys: ['articleId'], article: 'link' },
  { type: 'PART_OF', out: false, keys: ['articleId'], article: 'link' },
  { type: 'AFFILIATED_WITH', out: false, keys: ['articleId'], article: 'link' },
  { type: 'ON', out: false, keys: [], article: 'stance' },
  { type: 'VIA', out: false, keys: ['position'], article: 'stance' },
  { type: 'PUBLISHED_BY', out: false, keys: [], article: 'article' },
  { type: 'CITES', out: false, keys: ['url'], article: 'article' },
];

/** A relationship of `move`'s type and direction between `node` and `other`, named `rel`. */
function link(node: string, rel: string, move: Move, type = move.type, identity = ''): string {
  return move.out ? `(${node})-[${rel}:${type}${identity}]->(other)` : `(${node})<-[${rel}:${type}${identity}]-(other)`;
}

/** The identifying properties of `move`, taken from relationship `source`: ` {articleId: r.articleId}`. */
function identityOf(move: Move, source: string): string {
  return move.keys.length ? ` {${move.keys.map((k) => `${k}: ${source}.${k}`).join(', ')}}` : '';
}

/**
 * One statement per moved relationship type (types are fixed here, never taken from input). A
 * moved relationship is tagged: `movedFrom` gets the merged id appended (a stack, so a chain of
 * merges unwinds one at a time). One the keeper already has (both actors mentioned in one article,
 * a shared lookup key) or that links the two actors cannot move without collapsing into the
 * keeper's own; the merged actor keeps it as `MERGE_STASH {relType, stashedFor}` for an unmerge to restore.
 */
export const MOVE_RELATIONSHIPS: string[] = MOVES.map((move) => `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
MATCH ${link('m', 'r', move)}
OPTIONAL MATCH ${link('k', 'own', move, move.type, identityOf(move, 'r'))}
WITH m, k, r, other, count(own) AS owned
WITH m, k, r, other, other = k OR owned > 0 AS collapses
CALL (m, r, other, collapses) {
  WITH * WHERE collapses
  CREATE ${link('m', 'kept', move, 'MERGE_STASH')}
  SET kept = properties(r), kept.relType = '${move.type}', kept.stashedFor = $mergeId
}
CALL (k, r, other, collapses) {
  WITH * WHERE NOT collapses
  CREATE ${link('k', 'moved', move)}
  SET moved = properties(r), moved.movedFrom = coalesce(r.movedFrom, []) + $mergeId
}
DELETE r
RETURN count(*) AS n`);

/**
 * Undoes MOVE_RELATIONSHIPS for one merge: what the merge moved (the last `movedFrom` is the
 * merged id) goes back, and what it stashed is restored.
 */
export const UNMOVE_RELATIONSHIPS: string[] = MOVES.flatMap((move) => [
  `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
MATCH ${link('k', 'r', move)} WHERE r.movedFrom[-1] = $mergeId
CREATE ${link('m', 'back', move)}
SET back = properties(r), back.movedFrom = CASE WHEN size(r.movedFrom) > 1 THEN r.movedFrom[..-1] END
DELETE r
RETURN count(*) AS n`,
  `
MATCH (m:Actor {id: $mergeId})
MATCH ${link('m', 'kept', move, 'MERGE_STASH')} WHERE kept.relType = '${move.type}' AND kept.stashedFor = $mergeId
CREATE ${link('m', 'back', move)}
SET back = properties(kept)
REMOVE back.relType, back.stashedFor
DELETE kept
RETURN count(*) AS n`,
]);

const IN_ARTICLE: Record<Exclude<ArticleScope, null>, string> = {
  stance: 'other.articleId = $articleId',
  article: 'other.id = $articleId',
  link: 'r.articleId = $articleId',
};

/**
 * Moves what one article says about actor `$fromId` to actor `$toId`: its mention, the stances it
 * holds or that are toward it, its places in the chains, the claims about it and its relations
 * there. A link the target already has is kept as the target's; a link between the two becomes a
 * link to itself and is dropped. Merge tags are dropped: a later unmerge leaves the detached
 * evidence where the human put it.
 */
export const DETACH_RELATIONSHIPS: string[] = MOVES.flatMap((move) =>
  move.article === null
    ? []
    : [
        `
MATCH (x:Actor {id: $fromId}), (y:Actor {id: $toId})
MATCH ${link('x', 'r', move)} WHERE ${IN_ARTICLE[move.article]}
CALL (y, r, other) {
  WITH * WHERE other <> y
  MERGE ${link('y', 'moved', move, move.type, identityOf(move, 'r'))}
    ON CREATE SET moved = properties(r), moved.movedFrom = null
}
DELETE r
RETURN count(*) AS n`,
      ],
);

/**
 * Ends a merge: leftovers of the merged actor go (its REPORTS were subtracted already), its names
 * become the keeper's aliases, and MERGED_INTO records what an unmerge needs to put back: the
 * aliases the merge added, both actors' `curated` flags and the merged actor's alias text.
 */
export const FINISH_MERGE = `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
OPTIONAL MATCH (m)-[rest]-() WHERE NOT type(rest) IN ['MERGED_INTO', 'MERGE_STASH']
DELETE rest
WITH DISTINCT m, k
WITH m, k, coalesce(k.aliases, []) AS before, k.curated AS keeperCurated, m.curated AS mergedCurated, m.aliasText AS mergedAliasText
SET k.aliases = reduce(acc = before, al IN [m.name] + coalesce(m.aliases, []) |
      CASE WHEN al IN acc OR al = k.name THEN acc ELSE acc + al END),
    k.curated = true, m.curated = true
SET k.aliasText = reduce(t = '', al IN k.aliases | t + ' ' + al), m.aliasText = ''
MERGE (m)-[mi:MERGED_INTO]->(k)
SET mi.at = toString(datetime()), mi.reason = $reason, mi.reversible = true,
    mi.addedAliases = [al IN k.aliases WHERE NOT al IN before],
    mi.keeperCurated = keeperCurated, mi.mergedCurated = mergedCurated, mi.mergedAliasText = mergedAliasText
RETURN k.id AS id`;

/** The merge of `$id`: whom it was merged into, whether that one is merged too, and whether the merge was recorded for undoing. */
export const MERGE_OF = `
MATCH (m:Actor {id: $id})-[mi:MERGED_INTO]->(k:Actor)
OPTIONAL MATCH (k)-[:MERGED_INTO]->(next:Actor)
RETURN k.id AS keepId, coalesce(mi.reversible, false) AS reversible, next.id AS keeperMergedInto`;

/** Stances whose chain an unmerge changes: a VIA the merge moved, or one it stashed. */
export const STANCES_MOVED_VIA = `
MATCH (m:Actor {id: $mergeId}), (k:Actor {id: $keepId})
CALL (m, k) {
  MATCH (k)<-[v:VIA]-(s:Stance) WHERE v.movedFrom[-1] = $mergeId
  RETURN s
  UNION
  MATCH (m)<-[kept:MERGE_STASH]-(s:Stance) WHERE kept.relType = 'VIA' AND kept.stashedFor = $mergeId
  RETURN s
}
RETURN collect(DISTINCT s.id) AS stanceIds`;

/** Ends an unmerge: the keeper loses the aliases the merge added, both get back their flags, the redirect goes. */
export const FINISH_UNMERGE = `
MATCH (m:Actor {id: $mergeId})-[mi:MERGED_INTO]->(k:Actor {id: $keepId})
WITH m, k, mi, mi.addedAliases AS added, mi.keeperCurated AS keeperCurated
SET k.aliases = [al IN coalesce(k.aliases, []) WHERE NOT al IN added],
    m.curated = mi.mergedCurated, m.aliasText = mi.mergedAliasText
SET k.aliasText = reduce(t = '', al IN k.aliases | t + ' ' + al)
DELETE mi
WITH m, k, keeperCurated
SET k.curated = CASE WHEN EXISTS { (k)<-[:MERGED_INTO]-() } THEN true ELSE keeperCurated END
RETURN m.id AS id`;

/** Stances of article `$articleId` whose chain passes through `$fromId` (a detach changes exactly these chains). */
export const ARTICLE_STANCES_VIA = `
MATCH (:Actor {id: $fromId})<-[:VIA]-(s:Stance {articleId: $articleId})
RETURN collect(DISTINCT s.id) AS stanceIds`;

/** Whether `$actorId` has anything from article `$articleId` a detach could move. */
export const EVIDENCE_IN_ARTICLE = `
MATCH (x:Actor {id: $actorId})
RETURN EXISTS { (x)-[:MENTIONED_IN]->(:Article {id: $articleId}) }
    OR EXISTS { (x)-[:HOLDS]->(:Stance {articleId: $articleId}) }
    OR EXISTS { (x)<-[:VIA|ON]-(:Stance {articleId: $articleId}) }
    OR EXISTS { (x)<-[:PUBLISHED_BY|CITES]-(:Article {id: $articleId}) } AS found`;

/** A new actor for a detached mention: the source's type and title, no lookup keys (later articles do not resolve to it by name). */
export const CREATE_DETACHED_ACTOR = `
MATCH (x:Actor {id: $fromId})
CREATE (y:Actor {id: $toId})
SET y.name = $name, y.type = x.type, y.title = x.title, y.count = x.count, y.domain = x.domain,
    y.aliases = [], y.aliasText = '', y.curated = true, y.detachedFrom = x.id, y.createdAt = toString(datetime())
FOREACH (_ IN CASE WHEN x:Outlet THEN [1] ELSE [] END | SET y:Outlet)
RETURN y.id AS id`;

/**
 * Records a detach so a re-ingested article keeps it. A mention detached before (a record ending
 * at `$fromId`) is forwarded, and dropped when it comes back to where it started; otherwise a new
 * record. An actor a detach created and that is left with nothing is deleted.
 */
export const RECORD_DETACHMENT = `
OPTIONAL MATCH (earlier:Detachment {articleId: $articleId, toId: $fromId})
SET earlier.toId = $toId, earlier.at = toString(datetime()), earlier.reason = $reason
WITH count(earlier) AS forwarded
CALL (forwarded) {
  WITH * WHERE forwarded = 0
  MERGE (d:Detachment {id: $articleId + '|' + $fromId})
  SET d.articleId = $articleId, d.fromId = $fromId, d.toId = $toId, d.at = toString(datetime()), d.reason = $reason
}
CALL () {
  MATCH (back:Detachment {articleId: $articleId}) WHERE back.fromId = back.toId
  DELETE back
}
CALL () {
  MATCH (left:Actor {id: $fromId}) WHERE left.detachedFrom IS NOT NULL AND NOT (left)--()
  DELETE left
}
RETURN forwarded`;

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
