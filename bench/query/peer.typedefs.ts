/**
 * The claimgraph data model (docs/DATA-MODEL.md) as @neo4j/graphql 7 type definitions: the peer
 * serves the same database with the Cypher it generates. Only what the query suite reads is
 * declared; relationships are lists because version 7 has no 1:1 relationships.
 */
export const PEER_TYPEDEFS = /* GraphQL */ `
  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String
    type: String
    title: String
    stances: [Stance!]! @relationship(type: "HOLDS", direction: OUT)
    stancesToward: [Stance!]! @relationship(type: "ON", direction: IN)
  }

  type Stance @node(labels: ["Stance"]) {
    id: ID!
    polarity: String
    cue: String
    evidence: String
    evidenceStart: Int
    evidenceEnd: Int
    quote: String
    publishedAt: String
    articleId: String
    rejected: Boolean
    holder: [Actor!]! @relationship(type: "HOLDS", direction: IN)
    claim: [Claim!]! @relationship(type: "ON", direction: OUT)
    targetActor: [Actor!]! @relationship(type: "ON", direction: OUT)
    article: [Article!]! @relationship(type: "IN", direction: OUT)
    chain: [Actor!]! @relationship(type: "VIA", direction: OUT, properties: "Via")
  }

  type Via @relationshipProperties {
    position: Int
  }

  type Appearance @relationshipProperties {
    start: Int
    end: Int
    text: String
    similarity: Float
  }

  type Claim @node(labels: ["Claim"]) @fulltext(indexes: [{ indexName: "claim_texts", queryName: "claimsByText", fields: ["text", "quoteText"] }]) {
    id: ID!
    text: String
    quoteText: String
    modality: String
    firstSeenAt: String
    stances: [Stance!]! @relationship(type: "ON", direction: IN)
    appearsIn: [Article!]! @relationship(type: "APPEARS_IN", direction: OUT, properties: "Appearance")
    denies: [Claim!]! @relationship(type: "DENIES", direction: OUT)
    contradicts: [Claim!]! @relationship(type: "CONTRADICTS", direction: OUT)
    about: [Actor!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String
    url: String
    publishedAt: String
    outlet: [Actor!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    stances: [Stance!]! @relationship(type: "IN", direction: IN)
    cites: [Article!]! @relationship(type: "CITES", direction: OUT)
  }
`;
