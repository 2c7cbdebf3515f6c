/**
 * The ABOUT aggregate: one `(c:Claim)-[:ABOUT {articles}]->(x:Actor)` per claim and actor, `articles`
 * = the articles in which the claim is about the actor. What each article said is kept on its
 * appearances: `APPEARS_IN.about` lists the ids of the actors that appearance of the claim is about,
 * as written (a later merge leaves them; they are followed through MERGED_INTO when read). A
 * popular actor is then reached by one relationship per claim instead of one per article, which is
 * what the resolver's candidate claims and the neighborhood read.
 *
 * Writing an article adds 1 per distinct pair of its appearances; re-ingestion and deletion subtract
 * the same pairs before the appearances go (a pair at 0 is deleted); a merge recounts the claims
 * that were about the merged actor, an unmerge those about the keeper, a detach those of the
 * article (after naming the new actor in its appearances); the migration recounts every claim.
 */

/** `named` followed through human merges to the actor that holds its links now, as `x`. */
const KEEPER = `
OPTIONAL MATCH (named)-[:MERGED_INTO*1..5]->(keeper:Actor) WHERE NOT (keeper)-[:MERGED_INTO]->()
WITH *, coalesce(keeper, named) AS x`;

/** Adds the pairs of claim `n`'s appearances in article `a` (rows: n, c with `c.about` the actor ids); a tail of MERGE_CLAIMS. */
export const ADD_ARTICLE_ABOUT = `
UNWIND c.about AS actorId
WITH DISTINCT n, actorId
MATCH (x:Actor {id: actorId})
MERGE (n)-[r:ABOUT]->(x)
  ON CREATE SET r.articles = 0
SET r.articles = r.articles + 1`;

/** Subtracts the pairs of article `a`'s appearances: a subquery of CLEAR_CONTRIBUTION, before they are deleted. */
export const SUBTRACT_ARTICLE_ABOUT = `
CALL (a) {
  MATCH (a)<-[ap:APPEARS_IN]-(c:Claim)
  UNWIND coalesce(ap.about, []) AS actorId
  WITH DISTINCT c, actorId
  MATCH (named:Actor {id: actorId})${KEEPER}
  WITH DISTINCT c, x
  MATCH (c)-[r:ABOUT]->(x)
  SET r.articles = r.articles - 1
  WITH r WHERE r.articles <= 0
  DELETE r
}`;

/** Claims about actor `$id` (merging the actor changes exactly their pairs). */
export const CLAIMS_ABOUT_ACTOR = `
MATCH (:Actor {id: $id})<-[:ABOUT]-(c:Claim)
RETURN collect(c.id) AS claimIds`;

/**
 * A detach moves article `$articleId`'s mention of `$fromId` (or of an actor merged into it) to
 * `$toId`: its appearances now name `$toId` in their `about` ids. Returns the claims to recount.
 */
export const REDIRECT_ARTICLE_ABOUT = `
MATCH (:Article {id: $articleId})<-[ap:APPEARS_IN]-(c:Claim)
WHERE ap.about IS NOT NULL
WITH ap, c, [id IN ap.about | CASE WHEN id = $fromId OR EXISTS { (:Actor {id: id})-[:MERGED_INTO*1..5]->(:Actor {id: $fromId}) } THEN $toId ELSE id END] AS named
SET ap.about = reduce(acc = [], id IN named | CASE WHEN id IN acc THEN acc ELSE acc + id END)
RETURN collect(DISTINCT c.id) AS claimIds`;

/**
 * Sets the ABOUT relationships of claims `$claimIds` to what their appearances say, with ids
 * followed through merges: pairs are created, counted and deleted as needed (a relationship that
 * stays keeps its other properties). Relationships of the old shape (one per article, with an
 * `articleId`) are folded into the appearances first, so this also converts a claim.
 */
export const RECOUNT_ABOUT = `
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})
CALL (c) {
  MATCH (c)-[old:ABOUT]->(named:Actor) WHERE old.articleId IS NOT NULL
  WITH old, old.articleId AS articleId, named.id AS actorId
  DELETE old
  WITH articleId, collect(DISTINCT actorId) AS actorIds
  MATCH (c)-[ap:APPEARS_IN]->(:Article {id: articleId})
  SET ap.about = reduce(acc = coalesce(ap.about, []), id IN actorIds | CASE WHEN id IN acc THEN acc ELSE acc + id END)
}
CALL (c) {
  MATCH (c)-[ap:APPEARS_IN]->(a:Article)
  UNWIND coalesce(ap.about, []) AS actorId
  WITH actorId, collect(DISTINCT a) AS articles
  MATCH (named:Actor {id: actorId})${KEEPER}
  UNWIND articles AS a
  WITH x, count(DISTINCT a) AS articles
  RETURN collect({x: x, articles: articles}) AS support
}
CALL (c, support) {
  MATCH (c)-[r:ABOUT]->(x)
  WHERE NONE(s IN support WHERE s.x = x)
  DELETE r
}
CALL (c, support) {
  UNWIND support AS s
  WITH s.x AS x, s.articles AS articles
  MERGE (c)-[r:ABOUT]->(x)
  SET r.articles = articles
}
RETURN count(c) AS claims`;

/** The next `$batch` claim ids after `$after`, in id order (the claim_id constraint's index). */
export const CLAIM_IDS_AFTER = `
MATCH (c:Claim) WHERE c.id > $after
WITH c.id AS id ORDER BY id
LIMIT $batch
RETURN collect(id) AS claimIds`;
