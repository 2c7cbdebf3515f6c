import { ARTICLE_FIELDS } from './article.cypher.js';
import { actorFields, claimFields, STANCE_VALUES } from './read.cypher.js';

/**
 * Binds what stance `s` is on, its condition and its attribution chain (holder and article `a` are
 * bound before); with a `guard`, only when it holds (the variables are null and the chain empty otherwise).
 */
const ends = (guard?: string): string => {
  const when = guard ? ` WHERE ${guard}` : '';
  return `
OPTIONAL MATCH (s)-[:ON]->(target)${when}
OPTIONAL MATCH (s)-[:CONDITIONED_ON]->(cond:Claim)${when}
CALL (s) {
  OPTIONAL MATCH (s)-[v:VIA]->(hop:Actor)${when}
  WITH v, hop ORDER BY v.position
  RETURN collect(hop.id) AS chain
}`;
};

/** A StanceLinks record from the variables ENDS binds. */
const LINKS = `{id: s.id, holderId: holder.id, articleId: a.id, outletId: a.outletId,
  claimId: CASE WHEN target:Claim THEN target.id END, targetActorId: CASE WHEN target:Actor THEN target.id END,
  conditionId: cond.id, chain: chain}`;

/** The ends of stances: holder, target, condition, article, chain; one round trip for many stances. */
export const STANCE_LINKS = `
UNWIND $ids AS id
MATCH (holder:Actor)-[:HOLDS]->(s:Stance {id: id})-[:IN]->(a:Article)
${ends()}
RETURN ${LINKS} AS links`;

/**
 * Binds everything a listed stance `s` comes with: its holder (unless the list bound `holder` already),
 * article `a` when a link or a related record needs it, the other ends when `$withLinks` (the fields that
 * need the links are asked for), and `related`, the records of the linked nodes `$related` names
 * (StanceRelation), so that the fields a query asks next are answered from the loaders, not by one
 * statement per level. What is not needed is not read: a guard in an OPTIONAL MATCH's WHERE would
 * still expand or seek for every stance.
 */
export const listedStanceEnds = (holderBound = false): string => `${holderBound ? '' : `
OPTIONAL MATCH (holder:Actor)-[:HOLDS]->(s)`}
OPTIONAL CALL (s) {
  MATCH (s)-[:IN]->(a:Article) WHERE $withLinks OR 'article' IN $related OR 'outlet' IN $related
  RETURN a
}
${ends('$withLinks')}
CALL (s) {
  OPTIONAL MATCH (s)-[:VIA]->(hop:Actor) WHERE 'chain' IN $related
  RETURN collect(${actorFields('hop')}) AS hops
}
OPTIONAL MATCH (outlet:Actor {id: CASE WHEN 'outlet' IN $related THEN a.outletId END})
WITH *, {
  actors: [n IN [CASE WHEN 'holder' IN $related THEN holder END, CASE WHEN 'targetActor' IN $related AND target:Actor THEN target END, outlet]
    WHERE n IS NOT NULL | ${actorFields('n')}] + hops,
  claims: [n IN [CASE WHEN 'claim' IN $related AND target:Claim THEN target END, CASE WHEN 'condition' IN $related THEN cond END]
    WHERE n IS NOT NULL | ${claimFields('n')}],
  articles: CASE WHEN 'article' IN $related AND a IS NOT NULL THEN [${ARTICLE_FIELDS}] ELSE [] END
} AS related`;

/**
 * A listed stance from the variables listedStanceEnds binds: the stance's `$stanceProperties` values
 * (STANCE_VALUES), its holder's id, its links (null when not `$withLinks`, or when the holder or article
 * is gone) and the related records.
 */
export const LISTED_STANCE = `{values: ${STANCE_VALUES}, holderId: holder.id,
  links: CASE WHEN NOT $withLinks OR holder IS NULL OR a IS NULL THEN null ELSE ${LINKS} END, related: related}`;

const PARENT_MATCH = {
  holder: 'MATCH (:Actor {id: key})-[:HOLDS]->(s:Stance)',
  claim: 'MATCH (s:Stance)-[:ON]->(:Claim {id: key})',
  article: 'MATCH (s:Stance {articleId: key})',
  targetActor: 'MATCH (s:Stance)-[:ON]->(:Actor {id: key})',
};

/** The body of a subquery listing the stances of parent `key`: one `listed` row per stance, newest first. */
const STANCE_LIST = (relation: keyof typeof PARENT_MATCH): string => `
  ${PARENT_MATCH[relation]}
  WHERE ($polarity IS NULL OR s.polarity = $polarity) AND ($includeRejected OR NOT coalesce(s.rejected, false))
  WITH s ORDER BY coalesce(s.publishedAt, '') DESC, s.id ASC LIMIT $limit
  ${listedStanceEnds()}
  RETURN ${LISTED_STANCE} AS listed
  ORDER BY coalesce(s.publishedAt, '') DESC, s.id ASC`;

/**
 * Stances by holder / target claim / target actor / article: keyset page per parent, newest first.
 * Each comes with its links and the related records asked for, so the holder, claim, article and
 * chain fields of a list cost no further statement.
 */
export const STANCES_OF = (relation: keyof typeof PARENT_MATCH): string => `
UNWIND $keys AS key
CALL (key) {${STANCE_LIST(relation)}
}
RETURN key, collect(listed) AS stances`;

/** The stances actor `x` holds, as STANCES_OF lists them, for a statement that reads the actor too. */
export const STANCES_OF_ACTOR = `
CALL (x) {
  WITH x.id AS key
  CALL (key) {${STANCE_LIST('holder')}
  }
  RETURN collect(listed) AS stances
}`;
