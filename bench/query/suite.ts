/**
 * The analyst questions, each asked three ways: through claimgraph's GraphQL API, as one
 * hand-written Cypher statement (the floor), and through @neo4j/graphql over the same database
 * (the peer). Where the peer cannot express a part of the question the difference is noted.
 */
import { LIVE } from './live.js';
import { NEIGHBORHOOD_FLOOR } from './neighborhood.floor.js';

export interface QueryCase {
  name: string;
  question: string;
  /** Which sample list the per-iteration parameter comes from. */
  param: 'actorId' | 'claimId' | 'phrase' | 'none';
  claimgraph: string;
  floor: string;
  peer: string;
  /** What the peer query leaves out or approximates. */
  peerNote: string;
}

export const SUITE: QueryCase[] = [
  {
    name: 'actorStances',
    question: "An actor's latest 20 stances with evidence, claim, article and outlet",
    param: 'actorId',
    claimgraph: `query($id: ID!) { actor(id: $id) { id name stances(first: 20) {
      id polarity publishedAt cue { text } evidence { text start end } claim { id text } article { id title outlet { id name } } } } }`,
    floor: `
MATCH (x:Actor {id: $id})
CALL (x) {
  MATCH (x)-[:HOLDS]->(s:Stance) WHERE ${LIVE('s')}
  WITH s ORDER BY coalesce(s.publishedAt, '') DESC, s.id LIMIT 20
  MATCH (s)-[:IN]->(a:Article)
  OPTIONAL MATCH (s)-[:ON]->(c:Claim)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Actor)
  RETURN collect({id: s.id, polarity: s.polarity, publishedAt: s.publishedAt, cue: s.cue, evidence: s.evidence,
    start: s.evidenceStart, end: s.evidenceEnd, claim: c {.id, .text}, article: a {.id, .title, outlet: o {.id, .name}}}) AS stances
}
RETURN x.id AS id, x.name AS name, stances`,
    peer: `query($id: ID!) { actors(where: { id: { eq: $id } }) { id name
      stances(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }], where: { rejected: { eq: false } }) {
        id polarity publishedAt cue evidence evidenceStart evidenceEnd claim { id text } article { id title outlet { id name } } } } }`,
    peerNote: 'same question',
  },
  {
    name: 'claimTrace',
    question: 'Where a claim appeared (oldest first), its outlets, stances with attribution chains, citations',
    param: 'claimId',
    claimgraph: `query($id: ID!) { claimTrace(claimId: $id) { claim { id text } independentOrigins origins { id name } outlets { id name }
      appearances { publishedAt isFirstReport span { start end text } article { id title } outlet { id name } stances { id polarity } chains { id name } } } }`,
    floor: `
MATCH (c:Claim {id: $id})-[ap:APPEARS_IN]->(a:Article)
WITH c, ap, a ORDER BY coalesce(a.publishedAt, '9999'), a.id, ap.start LIMIT 500
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Actor)
CALL (a, c) {
  OPTIONAL MATCH (s:Stance {articleId: a.id})-[:ON]->(c) WHERE ${LIVE('s')}
  CALL (s) {
    OPTIONAL MATCH (s)-[v:VIA]->(hop:Actor)
    WITH v, hop ORDER BY v.position
    RETURN collect(hop {.id, .name}) AS chain
  }
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {id: s.id, polarity: s.polarity, chain: chain} END) AS stances
}
CALL (a) {
  OPTIONAL MATCH (a)-[:CITES*1..3]->(x)
  WITH DISTINCT x LIMIT 100
  OPTIONAL MATCH (x:Article)-[:PUBLISHED_BY]->(xo:Actor)
  RETURN collect(DISTINCT coalesce(xo.id, x.id)) AS cited
}
RETURN c {.id, .text} AS claim, a {.id, .title, .publishedAt} AS article, o {.id, .name} AS outlet,
       ap.start AS start, ap.end AS end, ap.text AS text, stances, cited`,
    peer: `query($id: ID!) { claims(where: { id: { eq: $id } }) { id text
      appearsInConnection(first: 500, sort: [{ node: { publishedAt: ASC } }]) { edges { properties { start end text } node {
        id title publishedAt outlet { id name } cites { id outlet { id name } }
        stances(where: { claim: { some: { id: { eq: $id } } } }) { id polarity
          chainConnection(sort: [{ edge: { position: ASC } }]) { edges { node { id name } } } } } } } } }`,
    peerNote: 'one CITES hop instead of up to three; no independent-origin grouping (claimgraph does it in JS)',
  },
  {
    name: 'conflicts',
    question: 'The 20 most recent claims with SUPPORT/CONDITIONAL and OPPOSE stances by different actors (plus DENIES/CONTRADICTS pairs), both sides with holders',
    param: 'none',
    claimgraph: `query { conflicts(first: 20) { kind claim { id text } relatedClaim { id text }
      sideA { id polarity holder { id name } } sideB { id polarity holder { id name } } } }`,
    floor: `
CALL () {
  MATCH (h2:Actor)-[:HOLDS]->(s2:Stance {polarity: 'OPPOSE'})-[:ON]->(c:Claim)
  WHERE ${LIVE('s2')}
  MATCH (h1:Actor)-[:HOLDS]->(s1:Stance)-[:ON]->(c)
  WHERE s1.polarity IN ['SUPPORT', 'CONDITIONAL'] AND ${LIVE('s1')} AND h1 <> h2
  WITH c, max(coalesce(s1.publishedAt, '')) AS t1, max(coalesce(s2.publishedAt, '')) AS t2
  RETURN 'OPPOSITE_STANCES' AS kind, c, null AS related, CASE WHEN t1 > t2 THEN t1 ELSE t2 END AS latest
  UNION ALL
  MATCH (c:Claim)-[:DENIES|CONTRADICTS]->(d:Claim)
  OPTIONAL MATCH (s:Stance)-[:ON]->(x:Claim) WHERE x IN [c, d] AND ${LIVE('s')}
  RETURN 'RELATION' AS kind, c, d AS related, max(coalesce(s.publishedAt, '')) AS latest
}
WITH kind, c, related, latest ORDER BY latest DESC, c.id LIMIT 20
CALL (kind, c) {
  OPTIONAL MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(c)
  WHERE ${LIVE('s')} AND (kind <> 'OPPOSITE_STANCES' OR s.polarity IN ['SUPPORT', 'CONDITIONAL'])
  WITH h, s ORDER BY coalesce(s.publishedAt, ''), s.id LIMIT 50
  RETURN collect({id: s.id, polarity: s.polarity, holder: h {.id, .name}}) AS sideA
}
CALL (kind, c, related) {
  WITH CASE WHEN kind = 'OPPOSITE_STANCES' THEN c ELSE related END AS other
  OPTIONAL MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(other)
  WHERE ${LIVE('s')} AND (kind <> 'OPPOSITE_STANCES' OR s.polarity = 'OPPOSE')
  WITH h, s ORDER BY coalesce(s.publishedAt, ''), s.id LIMIT 50
  RETURN collect({id: s.id, polarity: s.polarity, holder: h {.id, .name}}) AS sideB
}
RETURN kind, c {.id, .text} AS claim, related {.id, .text} AS relatedClaim, sideA, sideB`,
    peer: `query { claims(limit: 20, sort: [{ firstSeenAt: DESC }], where: { AND: [
        { stances: { some: { polarity: { eq: "OPPOSE" }, rejected: { eq: false } } } },
        { stances: { some: { polarity: { in: ["SUPPORT", "CONDITIONAL"] }, rejected: { eq: false } } } } ] }) { id text
      sideA: stances(limit: 50, sort: [{ publishedAt: ASC }], where: { polarity: { in: ["SUPPORT", "CONDITIONAL"] }, rejected: { eq: false } }) { id polarity holder { id name } }
      sideB: stances(limit: 50, sort: [{ publishedAt: ASC }], where: { polarity: { eq: "OPPOSE" }, rejected: { eq: false } }) { id polarity holder { id name } } } }`,
    peerNote: 'orders by first sighting, not latest stance (the peer cannot sort by an aggregate); cannot require different holders; no DENIES/CONTRADICTS pairs',
  },
  {
    name: 'neighborhood',
    question: "An actor's neighbourhood to depth 2 (at most 100 nodes, heavier edges first) over stances, relations, ABOUT and chain hops, node weights",
    param: 'actorId',
    claimgraph: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id label type weight } edges { id source target type polarity } } }`,
    floor: NEIGHBORHOOD_FLOOR,
    peer: `query($id: ID!) { actors(where: { id: { eq: $id } }) { id name
      stances(limit: 100, where: { rejected: { eq: false } }) { id polarity claim { id text stances(limit: 20) { id polarity holder { id name } } } }
      stancesToward(limit: 100, where: { rejected: { eq: false } }) { id polarity holder { id name stances(limit: 20) { id polarity claim { id text } } } } } }`,
    peerNote: 'nested two-level traversal instead of a node-capped subgraph: no dedup, weights or ABOUT/relation edges',
  },
  {
    name: 'whoSaid',
    question: 'Full-text search: the 10 best matching claims (by claim text or stance evidence/quote) and who said them',
    param: 'phrase',
    claimgraph: `query($phrase: String!) { whoSaid(query: $phrase, first: 10) { score claim { id text } stances { id polarity evidence { text } holder { id name } } } }`,
    floor: `
CALL () {
  CALL db.index.fulltext.queryNodes('claim_texts', $q, {limit: 10}) YIELD node, score
  RETURN node AS c, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('stance_quotes', $q, {limit: 50}) YIELD node AS s, score
  WHERE ${LIVE('s')}
  MATCH (s)-[:ON]->(c:Claim)
  RETURN c, score
}
WITH c, max(score) AS score ORDER BY score DESC, c.id LIMIT 10
CALL (c) {
  MATCH (h:Actor)-[:HOLDS]->(s:Stance)-[:ON]->(c) WHERE ${LIVE('s')}
  WITH h, s ORDER BY coalesce(s.publishedAt, ''), s.id LIMIT 50
  RETURN collect({id: s.id, polarity: s.polarity, evidence: s.evidence, holder: h {.id, .name}}) AS stances
}
RETURN c {.id, .text} AS claim, score, stances`,
    peer: `query($q: String!) { claimsByText(phrase: $q, first: 10) { edges { score node { id text
      stances(limit: 50, sort: [{ publishedAt: ASC }], where: { rejected: { eq: false } }) { id polarity evidence holder { id name } } } } } }`,
    peerNote: 'claim-text index only (a @fulltext query is per type; stance evidence is not searched); adds a totalCount the others skip',
  },
  {
    name: 'nestedPage',
    question: "Page of 20 newest articles -> 10 stances each -> holder -> holder's 5 latest stances -> claim",
    param: 'none',
    claimgraph: `query { articles(first: 20) { nodes { id title stances(first: 10) { id polarity
      holder { id name stances(first: 5) { id polarity claim { id text } } } } } } }`,
    floor: `
MATCH (a:Article) WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.id LIMIT 20
CALL (a) {
  MATCH (s:Stance {articleId: a.id}) WHERE ${LIVE('s')}
  WITH s ORDER BY coalesce(s.publishedAt, '') DESC, s.id LIMIT 10
  MATCH (h:Actor)-[:HOLDS]->(s)
  CALL (h) {
    MATCH (h)-[:HOLDS]->(s2:Stance) WHERE ${LIVE('s2')}
    WITH s2 ORDER BY coalesce(s2.publishedAt, '') DESC, s2.id LIMIT 5
    OPTIONAL MATCH (s2)-[:ON]->(c:Claim)
    RETURN collect({id: s2.id, polarity: s2.polarity, claim: c {.id, .text}}) AS held
  }
  RETURN collect({id: s.id, polarity: s.polarity, holder: {id: h.id, name: h.name, stances: held}}) AS stances
}
RETURN a.id AS id, a.title AS title, stances`,
    peer: `query { articles(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title
      stances(limit: 10, sort: [{ publishedAt: DESC }, { id: ASC }], where: { rejected: { eq: false } }) { id polarity
        holder { id name stances(limit: 5, sort: [{ publishedAt: DESC }, { id: ASC }], where: { rejected: { eq: false } }) { id polarity claim { id text } } } } } }`,
    peerNote: 'same question',
  },
];

/** Full-text phrases for whoSaid: words every corpus uses (commodities, verbs of the claim templates). */
export const PHRASES = ['tariffs wheat', 'ceasefire border', 'security guarantees', 'emergency funding', 'military base', 'referendum', 'troops withdraw', 'sanctions', 'port reopen', 'natural gas exports'];
