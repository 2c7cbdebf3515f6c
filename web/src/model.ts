/** The shapes the explorer reads from the API (only the fields it asks for). */

export type Polarity = 'SUPPORT' | 'OPPOSE' | 'CONDITIONAL' | 'NEUTRAL';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ActorRef {
  id: string;
  name: string;
  type: string;
}

export interface Actor extends ActorRef {
  title: string | null;
  aliases: string[];
  count: number | null;
  domain: string | null;
}

export interface ClaimRef {
  id: string;
  text: string;
}

export interface Claim extends ClaimRef {
  modality: string;
  firstSeenAt: string | null;
}

export interface ArticleRef {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
}

export interface Article extends ArticleRef {
  text: string;
  outlet: { id: string; name: string } | null;
}

/** A stance as listed (no article text). */
export interface StanceSummary {
  id: string;
  polarity: Polarity;
  confidence: number;
  publishedAt: string | null;
  cue: Span;
  evidence: Span;
  holder: ActorRef;
  claim: ClaimRef | null;
  targetActor: ActorRef | null;
  chainNames: string[];
}

/** A stance with everything the evidence panel shows. */
export interface Stance extends StanceSummary {
  modality: string;
  quote: Span | null;
  extractedPolarity: Polarity;
  corrected: boolean;
  condition: ClaimRef | null;
  article: Article;
  outlet: ActorRef | null;
  chain: ActorRef[];
}

export interface GraphNode {
  id: string;
  label: string;
  type: 'ACTOR' | 'CLAIM' | 'ARTICLE' | string;
  kind: string | null;
  weight: number;
  data: Record<string, unknown> | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  polarity: Polarity | null;
  stanceId: string | null;
  weight: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface ClaimAppearance {
  article: ArticleRef;
  outlet: ActorRef | null;
  publishedAt: string | null;
  span: Span;
  similarity: number;
  isFirstReport: boolean;
  stances: StanceSummary[];
  chains: ActorRef[][];
}

export interface ClaimTrace {
  claim: Claim;
  appearances: ClaimAppearance[];
  firstReport: ClaimAppearance | null;
  outlets: ActorRef[];
  independentOrigins: number;
  origins: ActorRef[];
}

export interface TimelineEntry {
  stance: StanceSummary;
  publishedAt: string | null;
  reversal: boolean;
  previousPolarity: Polarity | null;
}

export interface Conflict {
  kind: string;
  claim: ClaimRef;
  relatedClaim: ClaimRef | null;
  sideA: StanceSummary[];
  sideB: StanceSummary[];
}

export interface StancePair {
  claim: ClaimRef;
  a: StanceSummary;
  b: StanceSummary;
  agree: boolean;
}
