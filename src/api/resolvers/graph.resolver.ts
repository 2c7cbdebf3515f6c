import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors.js';
import { toCytoscape } from '../../graph/export/cytoscape.js';
import { toGraphML } from '../../graph/export/graphml.js';
import { DEPTH_CAP, HOPS_CAP, LIMIT_CAP } from '../../graph/repositories/graph.repository.js';
import type { SubgraphRecord } from '../../graph/export/subgraph.js';
import type { Context } from '../context.js';
import { ExportFormat, SubgraphType } from '../types/graph.type.js';

/** A positive integer argument: below 1 is the caller's error, above the cap is cut to it. */
function capped(name: string, value: number | null | undefined, fallback: number, cap: number): { value: number; capped: boolean } {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw badInput(`"${name}" must be at least 1 (at most ${cap} is used), got ${n}`);
  return { value: Math.min(n, cap), capped: n > cap };
}

async function neighborhoodOf(ctx: Context, id: string, depthArg: number | null | undefined, limitArg: number | null | undefined): Promise<SubgraphRecord> {
  const depth = capped('depth', depthArg, 1, DEPTH_CAP);
  const limit = capped('limit', limitArg, 100, LIMIT_CAP);
  // A merged actor's id leads to the actor it was merged into (other ids come back unchanged).
  const root = await ctx.services.repos.actors.canonicalId(id);
  const graph = await ctx.services.repos.graph.neighborhood(root, depth.value, limit.value, depth.capped);
  if (!graph) throw notFound('node', id);
  return { ...graph, truncated: graph.truncated || (limit.capped && graph.nodes.length >= limit.value) };
}

@Resolver()
export class GraphResolver {
  @Query(() => SubgraphType, {
    description: `The actors, claims and articles within \`depth\` edges of a node (an actor, claim or article id). depth is capped at ${DEPTH_CAP}, limit (nodes) at ${LIMIT_CAP}; truncated when a cap cut the result.`,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<SubgraphType> {
    return SubgraphType.from(await neighborhoodOf(ctx, id, depth, limit));
  }

  @Query(() => SubgraphType, {
    description: `All shortest paths between two nodes over stances, claim relations, actor relations, citations and attribution chains (edges taken either way); maxHops capped at ${HOPS_CAP}. Empty when no path is that short.`,
  })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number | null,
    @Ctx() ctx: Context,
  ): Promise<SubgraphType> {
    const hops = capped('maxHops', maxHops, 4, HOPS_CAP);
    const [start, end] = await Promise.all([ctx.services.repos.actors.canonicalId(from), ctx.services.repos.actors.canonicalId(to)]);
    const graph = await ctx.services.repos.graph.paths(start, end, hops.value, LIMIT_CAP);
    if ('missing' in graph) throw notFound('node', graph.missing === start ? from : to);
    return SubgraphType.from({ ...graph, truncated: graph.truncated || (hops.capped && graph.nodes.length === 0) });
  }

  @Query(() => String, { description: 'The neighborhood of a node serialized as GraphML (Gephi) or Cytoscape.js JSON.' })
  async exportSubgraph(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number | null,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const graph = await neighborhoodOf(ctx, id, depth, limit);
    return format === ExportFormat.GRAPHML ? toGraphML(graph) : toCytoscape(graph);
  }
}
