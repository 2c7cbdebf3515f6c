import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphEdgeRecord, GraphNodeRecord, SubgraphRecord } from '../../graph/export/subgraph.js';
import { Polarity } from './enums.js';

export enum ExportFormat {
  GRAPHML = 'GRAPHML',
  CYTOSCAPE_JSON = 'CYTOSCAPE_JSON',
}
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'GRAPHML (Gephi, yEd, networkx) or CYTOSCAPE_JSON (Cytoscape.js elements).' });

@ObjectType('GraphNode', { description: 'An actor, claim or article in a subgraph; the id is its graph id.' })
export class GraphNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Actor name, claim text or article title.' })
  label!: string;

  @Field(() => String, { description: 'ACTOR, CLAIM or ARTICLE.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Actor type (PERSON, STATE, MEDIA, ...) for actors, modality for claims.' })
  kind!: string | null;

  @Field(() => Float, { description: 'Stances held (plus articles published) for actors, stances on it for claims, stances in it for articles.' })
  weight!: number;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Extra fields: firstSeenAt, places; title, url, publishedAt; domain, aliases.' })
  data!: Record<string, unknown> | null;

  static from(r: GraphNodeRecord): GraphNodeType {
    return Object.assign(new GraphNodeType(), r);
  }
}

@ObjectType('GraphEdge', { description: 'A stance (holder -> claim or actor) or a relation between two nodes of the subgraph.' })
export class GraphEdgeType {
  @Field(() => ID, { description: 'The stance id for STANCE edges, `${type}:${source}->${target}` otherwise.' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, {
    description:
      'STANCE, CONDITIONED_ON, DENIES, CONTRADICTS, MEMBER_OF, PART_OF, AFFILIATED_WITH, CITES (attribution chain hop reporter -> source, or article citation), PUBLISHED_BY or ABOUT.',
  })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The cue for stances, the role for memberships, the title for citations.' })
  label!: string | null;

  @Field(() => Polarity, { nullable: true })
  polarity!: Polarity | null;

  @Field(() => ID, { nullable: true })
  stanceId!: string | null;

  @Field(() => Float, { description: 'Confidence for stances; how many times the relation is stated otherwise.' })
  weight!: number;

  static from(r: GraphEdgeRecord): GraphEdgeType {
    return Object.assign(new GraphEdgeType(), { ...r, polarity: r.polarity as Polarity | null });
  }
}

@ObjectType('Subgraph', { description: 'Nodes and the edges among them; every edge end is among the nodes.' })
export class SubgraphType {
  @Field(() => [GraphNodeType])
  nodes!: GraphNodeType[];

  @Field(() => [GraphEdgeType])
  edges!: GraphEdgeType[];

  @Field(() => Boolean, { description: 'True when a cap (depth, limit, hops, scan size) cut the result.' })
  truncated!: boolean;

  static from(r: SubgraphRecord): SubgraphType {
    return Object.assign(new SubgraphType(), { nodes: r.nodes.map(GraphNodeType.from), edges: r.edges.map(GraphEdgeType.from), truncated: r.truncated });
  }
}
