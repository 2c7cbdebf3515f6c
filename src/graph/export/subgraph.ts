/** A node of the analyst graph: an Actor, Claim or Article. */
export interface GraphNodeRecord {
  id: string;
  label: string;
  type: 'ACTOR' | 'CLAIM' | 'ARTICLE';
  /** Actor type for actors, modality for claims. */
  kind: string | null;
  weight: number;
  data: Record<string, unknown>;
}

/** An edge of the analyst graph; stance edges carry the stance id (which is also their id). */
export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  polarity: string | null;
  stanceId: string | null;
  weight: number;
}

/** Nodes plus edges whose ends are all among the nodes; `truncated` when a cap cut the result. */
export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}
