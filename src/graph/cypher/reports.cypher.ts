/**
 * The REPORTS aggregate: one `(a:Actor)-[:REPORTS {count}]->(b:Actor)` per attribution-chain hop,
 * `count` = the live (not rejected) stances whose chain has `a` at some position and `b` at the next
 * one, each stance counted once per pair. The neighborhood's CITES edges read it, so a read does not
 * expand the chains of hub actors.
 *
 * Every change to the counted set (stances written or deleted, a stance rejected or restored, a
 * chain actor merged) subtracts the hops of the affected stances before the change and adds them
 * after it: counts stay exact whatever the change did to the chains, and a pair at 0 is deleted.
 */

/** From the stances bound to `s`: each live one's distinct (from, to) hop pairs, counted per pair as `n`. */
const HOPS = `
WITH DISTINCT s WHERE NOT coalesce(s.rejected, false)
MATCH (s)-[v:VIA]->(from:Actor), (s)-[x:VIA]->(to:Actor)
WHERE x.position = v.position + 1 AND from <> to
WITH DISTINCT s, from, to
WITH from, to, count(s) AS n`;

const ADD = `
MERGE (from)-[r:REPORTS]->(to)
  ON CREATE SET r.count = 0
SET r.count = r.count + n`;

const SUBTRACT = `
MATCH (from)-[r:REPORTS]->(to)
SET r.count = r.count - n
WITH r WHERE r.count <= 0
DELETE r`;

const STANCES_BY_ID = `
UNWIND $stanceIds AS stanceId
MATCH (s:Stance {id: stanceId})`;

/** Adds the hops of the stances `$stanceIds`. */
export const ADD_HOPS = `${STANCES_BY_ID}${HOPS}${ADD}
RETURN count(*) AS pairs`;

/** Subtracts the hops of the stances `$stanceIds`; pairs left at 0 are deleted. */
export const SUBTRACT_HOPS = `${STANCES_BY_ID}${HOPS}${SUBTRACT}
RETURN count(*) AS deleted`;

/** Adds the hops of every stance of article `$articleId` (once its stances and corrections are written). */
export const ADD_ARTICLE_HOPS = `
MATCH (s:Stance {articleId: $articleId})${HOPS}${ADD}
RETURN count(*) AS pairs`;

/** Subtracts the hops of the stances of article `a`: a subquery of CLEAR_CONTRIBUTION, before they are deleted. */
export const SUBTRACT_ARTICLE_HOPS = `
CALL (a) {
  MATCH (s:Stance {articleId: a.id})${HOPS}${SUBTRACT}
}`;

/** Stances whose chain passes through actor `$id` (merging the actor changes exactly these chains). */
export const STANCES_VIA_ACTOR = `
MATCH (:Actor {id: $id})<-[:VIA]-(s:Stance)
RETURN collect(DISTINCT s.id) AS stanceIds`;

/* Building the aggregate on a database written before it existed (reports.migration.ts). */

/** Deletes up to `$batch` REPORTS relationships; 0 when none are left. */
export const DELETE_REPORTS_BATCH = `
MATCH ()-[r:REPORTS]->()
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted`;

/** The next `$batch` stance ids after `$after`, in id order (the stance_id constraint's index). */
export const STANCE_IDS_AFTER = `
MATCH (s:Stance) WHERE s.id > $after
WITH s.id AS id ORDER BY id
LIMIT $batch
RETURN collect(id) AS stanceIds`;
