import { gql } from './api.js';
import type { ActorRef, GraphEdge, GraphNode, Polarity, Subgraph } from './model.js';

interface LinkedStance {
  id: string;
  polarity: Polarity;
  confidence: number;
  cue: { text: string };
  holder: ActorRef;
  claim: { id: string; text: string } | null;
  targetActor: ActorRef | null;
  chain: ActorRef[];
}

const STANCE = 'id polarity confidence cue { text } holder { id name type } claim { id text } targetActor { id name type } chain { id name type }';

/** Collects nodes and edges once each, keyed by id. */
class Builder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  actor(a: ActorRef): void {
    const node = this.nodes.get(a.id);
    if (node) node.weight++;
    else this.nodes.set(a.id, { id: a.id, label: a.name, type: 'ACTOR', kind: a.type, weight: 1, data: null });
  }

  claim(c: { id: string; text: string }): void {
    if (!this.nodes.has(c.id)) this.nodes.set(c.id, { id: c.id, label: c.text, type: 'CLAIM', kind: null, weight: 1, data: null });
  }

  stance(s: LinkedStance): void {
    this.actor(s.holder);
    const targetId = s.claim?.id ?? s.targetActor?.id;
    if (!targetId) return;
    if (s.claim) this.claim(s.claim);
    if (s.targetActor) this.actor(s.targetActor);
    this.edges.set(s.id, { id: s.id, source: s.holder.id, target: targetId, type: 'STANCE', label: s.cue.text, polarity: s.polarity, stanceId: s.id, weight: s.confidence });
    // The chain runs outermost reporter first, the holder last: each hop is "reporter cites source".
    for (let i = 0; i + 1 < s.chain.length; i++) {
      const [from, to] = [s.chain[i]!, s.chain[i + 1]!];
      if (from.id === to.id) continue;
      this.actor(from);
      this.actor(to);
      const id = `CITES:${from.id}->${to.id}`;
      if (!this.edges.has(id)) this.edges.set(id, { id, source: from.id, target: to.id, type: 'CITES', label: null, polarity: null, stanceId: null, weight: 1 });
    }
  }

  build(limit: number): Subgraph {
    const nodes = [...this.nodes.values()].slice(0, limit);
    const kept = new Set(nodes.map((n) => n.id));
    const edges = [...this.edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target));
    return { nodes, edges, truncated: this.nodes.size > limit };
  }
}

/**
 * A neighbourhood built from stances alone, for servers whose `neighborhood` query is missing or failing:
 * the node, the stances around it, their holders and targets, and the attribution chains (as CITES).
 */
export async function stanceNeighborhood(id: string, type: string, limit: number): Promise<Subgraph> {
  const builder = new Builder();
  if (type === 'ACTOR') {
    const { actor } = await gql<{ actor: ActorRef & { stances: LinkedStance[]; stancesToward: LinkedStance[] } }>(
      `query FallbackActor($id: ID!) { actor(id: $id) { id name type stances(first: 40) { ${STANCE} } stancesToward(first: 20) { ${STANCE} } } }`,
      { id },
    );
    builder.actor(actor);
    for (const s of [...actor.stances, ...actor.stancesToward]) builder.stance(s);
  } else if (type === 'CLAIM') {
    const { claim } = await gql<{ claim: { id: string; text: string; stances: LinkedStance[] } }>(`query FallbackClaim($id: ID!) { claim(id: $id) { id text stances(first: 40) { ${STANCE} } } }`, { id });
    builder.claim(claim);
    for (const s of claim.stances) builder.stance(s);
  } else {
    const { article } = await gql<{ article: { id: string; title: string; stances: LinkedStance[] } }>(`query FallbackArticle($id: ID!) { article(id: $id) { id title stances(first: 40) { ${STANCE} } } }`, { id });
    for (const s of article.stances) builder.stance(s);
  }
  return builder.build(limit);
}
