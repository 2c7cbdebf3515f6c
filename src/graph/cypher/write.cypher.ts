/**
 * The statements that write one article, run in order inside one write transaction.
 * Every MERGE is backed by a uniqueness constraint (schema/constraints.cypher).
 */

import { ADD_ARTICLE_ABOUT, SUBTRACT_ARTICLE_ABOUT } from './about.cypher.js';
import { SUBTRACT_ARTICLE_HOPS } from './reports.cypher.js';

export const EXISTING_ARTICLE = `
OPTIONAL MATCH (byId:Article {id: $id})
OPTIONAL MATCH (byUrl:Article {url: $url})
RETURN coalesce(byId.id, byUrl.id) AS id, coalesce(byId.contentHash, byUrl.contentHash) AS contentHash`;

/**
 * Removes what an article contributed (stances and their REPORTS counts, appearances and their
 * ABOUT counts, article-scoped links, and the copies of them a merge stashed on the merged actor);
 * keeps the nodes others share.
 */
export const CLEAR_CONTRIBUTION = `
MATCH (a:Article {id: $id})${SUBTRACT_ARTICLE_HOPS}${SUBTRACT_ARTICLE_ABOUT}
CALL (a) {
  MATCH (a)<-[:APPEARS_IN]-(:Claim)-[r:CONDITIONED_ON|DENIES|CONTRADICTS {articleId: a.id}]->()
  DELETE r
}
CALL (a) {
  MATCH (a)<-[:MENTIONED_IN]-(:Actor)-[r:MEMBER_OF|PART_OF|AFFILIATED_WITH {articleId: a.id}]->()
  DELETE r
}
CALL (a) {
  MATCH (s:Stance {articleId: a.id})
  DETACH DELETE s
}
CALL (a) {
  MATCH (a)-[r:PUBLISHED_BY|CITES]->()
  DELETE r
}
CALL (a) {
  MATCH (a)<-[r:APPEARS_IN|MENTIONED_IN]-()
  DELETE r
}
CALL (a) {
  MATCH (a)-[r:MERGE_STASH]-()
  DELETE r
}
CALL (a) {
  MATCH ()-[r:MERGE_STASH {articleId: a.id}]->()
  DELETE r
}
RETURN a.id AS id`;

/** Deletes claims and actors that no article supports any more, unless a human touched them. */
export const DELETE_ORPHANS = `
CALL () {
  MATCH (c:Claim) WHERE NOT (c)-[:APPEARS_IN]->() AND NOT (c)<-[:ON]-() AND NOT (c)<-[:CONDITIONED_ON]-(:Stance)
    AND c.id IN $claimIds
  DETACH DELETE c
}
CALL () {
  MATCH (x:Actor) WHERE x.id IN $actorIds AND coalesce(x.curated, false) = false
    AND NOT (x)-[:MENTIONED_IN|HOLDS]->() AND NOT ()-[:PUBLISHED_BY|CITES|VIA|ON]->(x)
  DETACH DELETE x
}
RETURN 0 AS done`;

export const PREVIOUS_NODES = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[:APPEARS_IN]-(c:Claim)
OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(x:Actor)
OPTIONAL MATCH (a)-[:PUBLISHED_BY|CITES]->(o:Actor)
RETURN collect(DISTINCT c.id) AS claimIds, collect(DISTINCT x.id) + collect(DISTINCT o.id) AS actorIds`;

export const MERGE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a += $article, a.ingestedAt = toString(datetime())
RETURN a.id AS id`;

export const MERGE_ACTORS = `
MATCH (a:Article {id: $articleId})
UNWIND $actors AS x
MERGE (n:Actor {id: x.id})
  ON CREATE SET n.name = x.name, n.type = x.type, n.title = x.title, n.count = x.count,
                n.aliases = [], n.createdAt = toString(datetime())
SET n.aliases = reduce(acc = coalesce(n.aliases, []), al IN x.aliases | CASE WHEN al IN acc OR al = n.name THEN acc ELSE acc + al END),
    n.title = coalesce(n.title, x.title), n.count = coalesce(n.count, x.count)
SET n.aliasText = reduce(t = '', al IN n.aliases | t + ' ' + al)
FOREACH (_ IN CASE WHEN x.type = 'MEDIA' THEN [1] ELSE [] END | SET n:Outlet)
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.count = x.mentionCount, m.mentions = x.mentions, m.reason = x.reason, m.score = x.score
RETURN count(*) AS n`;

export const PUBLISHED_BY = `
MATCH (a:Article {id: $articleId})
MERGE (o:Actor {id: $outlet.id})
  ON CREATE SET o.name = $outlet.name, o.type = 'MEDIA', o.aliases = [], o.aliasText = '',
                o.createdAt = toString(datetime())
SET o:Outlet, o.domain = coalesce(o.domain, $outlet.domain)
MERGE (a)-[:PUBLISHED_BY]->(o)
SET a.outletId = o.id
RETURN o.id AS id`;

export const CITES = `
MATCH (a:Article {id: $articleId})
UNWIND $sources AS src
MERGE (o:Actor {id: src.outletId})
  ON CREATE SET o.name = src.outlet, o.type = 'MEDIA', o.aliases = [], o.aliasText = '',
                o.createdAt = toString(datetime())
SET o:Outlet, o.domain = coalesce(o.domain, src.domain)
MERGE (a)-[c:CITES {url: coalesce(src.url, '')}]->(o)
SET c.title = src.title, c.date = src.date
WITH a, src
OPTIONAL MATCH (cited:Article {url: src.url}) WHERE cited <> a
FOREACH (_ IN CASE WHEN cited IS NULL THEN [] ELSE [1] END | MERGE (a)-[:CITES {url: src.url}]->(cited))
RETURN count(*) AS n`;

export const MERGE_CLAIMS = `
MATCH (a:Article {id: $articleId})
UNWIND $claims AS c
MERGE (n:Claim {id: c.id})
  ON CREATE SET n.text = c.text, n.modality = c.modality, n.createdAt = toString(datetime()), n.places = c.places
SET n.places = reduce(acc = coalesce(n.places, []), p IN c.places | CASE WHEN p IN acc THEN acc ELSE acc + p END),
    // Each distinct quote once: outlets that carry the same quote would grow the (full-text indexed) property with every report.
    n.quoteText = coalesce(n.quoteText, '') + CASE WHEN c.quote IS NULL OR coalesce(n.quoteText, '') CONTAINS c.quote THEN '' ELSE ' ' + c.quote END
MERGE (n)-[ap:APPEARS_IN {start: c.start}]->(a)
SET ap.end = c.end, ap.text = c.spanText, ap.similarity = c.similarity, ap.matchedText = c.matchedText,
    ap.claimText = c.text, ap.publishedAt = a.publishedAt, ap.about = c.about
// firstSeenAt is the earliest publishedAt of the claim's articles: adding one only lowers it
// (removing one recomputes it, RECOUNT_FIRST_SEEN).
SET n.firstSeenAt = CASE WHEN n.firstSeenAt IS NULL OR a.publishedAt < n.firstSeenAt THEN a.publishedAt ELSE n.firstSeenAt END
WITH n, c${ADD_ARTICLE_ABOUT}
RETURN count(*) AS n`;

/**
 * Recomputes `firstSeenAt` of claims `$claimIds` from the articles they still appear in (after an
 * article's appearances are removed: re-ingestion, deletion); null when none has a date.
 */
export const RECOUNT_FIRST_SEEN = `
UNWIND $claimIds AS claimId
MATCH (n:Claim {id: claimId})
CALL (n) {
  OPTIONAL MATCH (n)-[:APPEARS_IN]->(art:Article)
  RETURN min(art.publishedAt) AS first
}
SET n.firstSeenAt = first
RETURN count(n) AS n`;

/** Blocking keys the resolver looks actors up by; one node per key, shared by the actors that have it. */
export const MERGE_KEYS = `
UNWIND $rows AS row
MATCH (x:Actor {id: row.id})
UNWIND row.keys AS value
MERGE (k:ActorKey {value: value})
MERGE (x)-[:HAS_KEY]->(k)
RETURN count(*) AS n`;

/**
 * The article's relationship of this type between `from` and `to` (as `existing`, a list), found
 * through the relationship index on `articleId` (schema/constraints.cypher): a MERGE would walk every
 * relationship between the pair, one per article that linked them (thousands for a popular pair).
 * The caller passes each pair once, which is what makes CREATE-when-missing equal to MERGE.
 */
const articleScoped = (type: string): string => `
OPTIONAL MATCH (from)-[old:${type}]->(to) USING INDEX old:${type}(articleId) WHERE old.articleId = $articleId
WITH from, to, r, collect(old) AS existing`;

/** Parents the resolver inferred from curated data ("White House" PART_OF the United States); created when missing. */
export const inferredRelation = (type: 'MEMBER_OF' | 'PART_OF' | 'AFFILIATED_WITH'): string => `
UNWIND $relations AS r
MATCH (from:Actor {id: r.from})
MERGE (to:Actor {id: r.to})
  ON CREATE SET to.name = r.toName, to.type = r.toType, to.aliases = [], to.aliasText = '', to.createdAt = toString(datetime())
WITH from, to, r${articleScoped(type)}
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END | CREATE (from)-[:${type} {articleId: $articleId, role: r.role, reason: r.reason}]->(to))
FOREACH (rel IN existing | SET rel.role = coalesce(rel.role, r.role), rel.reason = r.reason)
RETURN count(*) AS n`;

/** One statement per relationship type: Cypher cannot take a relationship type as a parameter. */
export const claimRelation = (type: 'CONDITIONED_ON' | 'DENIES' | 'CONTRADICTS'): string => `
UNWIND $relations AS r
MATCH (from:Claim {id: r.from}), (to:Claim {id: r.to})
MERGE (from)-[:${type} {articleId: $articleId}]->(to)
RETURN count(*) AS n`;

export const actorRelation = (type: 'MEMBER_OF' | 'PART_OF' | 'AFFILIATED_WITH'): string => `
UNWIND $relations AS r
MATCH (from:Actor {id: r.from}), (to:Actor {id: r.to})${articleScoped(type)}
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END | CREATE (from)-[:${type} {articleId: $articleId, role: r.role}]->(to))
FOREACH (rel IN existing | SET rel.role = r.role)
RETURN count(*) AS n`;

export const MERGE_STANCES = `
MATCH (a:Article {id: $articleId})
UNWIND $stances AS s
MATCH (holder:Actor {id: s.actorId})
MERGE (n:Stance {id: s.id})
SET n += s.props, n.articleId = $articleId, n.publishedAt = a.publishedAt
MERGE (holder)-[:HOLDS]->(n)
MERGE (n)-[:IN]->(a)
WITH a, s, n
OPTIONAL MATCH (tc:Claim {id: s.targetClaimId})
OPTIONAL MATCH (ta:Actor {id: s.targetActorId})
FOREACH (_ IN CASE WHEN tc IS NULL THEN [] ELSE [1] END | MERGE (n)-[:ON]->(tc))
FOREACH (_ IN CASE WHEN ta IS NULL THEN [] ELSE [1] END | MERGE (n)-[:ON]->(ta))
WITH s, n
OPTIONAL MATCH (cond:Claim {id: s.conditionId})
FOREACH (_ IN CASE WHEN cond IS NULL THEN [] ELSE [1] END | MERGE (n)-[:CONDITIONED_ON]->(cond))
WITH s, n
UNWIND range(0, size(s.chain) - 1) AS i
MATCH (hop:Actor {id: s.chain[i]})
MERGE (n)-[v:VIA {position: i}]->(hop)
RETURN count(*) AS n`;

/** Re-applies human corrections to the stances of this article (they are keyed by stance id). */
export const APPLY_CORRECTIONS = `
MATCH (k:Correction)-[:CORRECTS]->(s:Stance {articleId: $articleId})
SET s.polarity = coalesce(k.polarity, s.polarity), s.rejected = coalesce(k.rejected, false),
    s.corrected = true, s.correctionNote = k.note
RETURN count(*) AS n`;

/** Corrections are stored apart from stances so they survive a stance being deleted and rewritten. */
export const RELINK_CORRECTIONS = `
MATCH (k:Correction {articleId: $articleId})
MATCH (s:Stance {id: k.stanceId})
MERGE (k)-[:CORRECTS]->(s)
RETURN count(*) AS n`;
