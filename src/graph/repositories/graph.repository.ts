import type { CypherExecutor, Tx } from '../executor.js';
import { EDGES_OF, NODES_BY_IDS } from '../cypher/graph.cypher.js';
import type { GraphEdgeRecord, GraphNodeRecord, SubgraphRecord } from '../export/subgraph.js';

export const DEPTH_CAP = 3;
export const LIMIT_CAP = 500;
export const HOPS_CAP = 6;

/** Most edge rows one expansion step reads; a step that hits it marks the result truncated. */
const MAX_ROWS = 20_000;
/** Most nodes one path-search step expands. */
const MAX_FRONTIER = 2_000;

const byWeight = (a: GraphEdgeRecord, b: GraphEdgeRecord): number => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Neighbourhoods and shortest paths over the analyst graph (see graph.cypher.ts), explored breadth
 * first one level per statement, all levels in one read transaction.
 */
export class GraphRepository {
  constructor(private readonly db: CypherExecutor) {}

  /**
   * Nodes within `depth` edges of `id` (at most `limit` of them, heavier edges first) and the edges
   * among them; null when `id` is no actor, claim or article. `depthCapped` says the caller asked for
   * more depth than it got, so edges leaving the last level mean the result was cut.
   */
  async neighborhood(id: string, depth: number, limit: number, depthCapped = false): Promise<SubgraphRecord | null> {
    return this.db.readTx(async (tx) => {
      // Whether `id` is a node at all is known from the last statement: a missing node has no edges,
      // and reading a hub's weight twice cost as much as its first level.
      const kept = new Set([id]);
      const edges = new Map<string, GraphEdgeRecord>();
      let truncated = false;
      let frontier = [id];
      for (let level = 0; level < depth && frontier.length > 0; level++) {
        // Once the limit has cut, deeper levels cannot add nodes: only the edges among these are left.
        if (truncated && kept.size >= limit) break;
        const { rows, cut } = await edgesOf(tx, frontier, limit, true);
        truncated ||= cut;
        const next: string[] = [];
        for (const edge of rows.sort(byWeight)) {
          const ends = [edge.source, edge.target].filter((end) => !kept.has(end));
          if (kept.size + ends.length > limit) {
            truncated = true;
            continue;
          }
          for (const end of ends) {
            kept.add(end);
            next.push(end);
          }
          edges.set(edge.id, edge);
        }
        frontier = next;
      }
      // Edges among the nodes of the last level (and to earlier ones) complete the picture; asked
      // deeper than the cap allows, anything leaving the last level is what the cap cut. Unless that
      // can still change `truncated`, only edges among kept nodes are asked for: on a busy graph the
      // last level's other edges are tens of thousands of rows that would be thrown away here.
      if (frontier.length > 0) {
        const among = truncated || !depthCapped ? [...kept] : null;
        const { rows, cut } = await edgesOf(tx, frontier, limit, true, among);
        for (const edge of rows) {
          if (kept.has(edge.source) && kept.has(edge.target)) edges.set(edge.id, edge);
          else if (depthCapped) truncated = true;
        }
        if (depthCapped) truncated ||= cut;
      }
      const nodes = await nodesOf(tx, [...kept]);
      if (!nodes.some((node) => node.id === id)) return null;
      return { nodes: sortNodes(nodes, id), edges: [...edges.values()], truncated };
    });
  }

  /**
   * All shortest paths of at most `maxHops` edges between two nodes (edges taken either way), as one
   * subgraph of at most `limit` nodes; empty when there is none; `missing` names an end that does not exist.
   */
  async paths(from: string, to: string, maxHops: number, limit: number): Promise<SubgraphRecord | { missing: string }> {
    return this.db.readTx(async (tx) => {
      const ends = await nodesOf(tx, from === to ? [from] : [from, to]);
      const missing = [from, to].find((id) => !ends.some((n) => n.id === id));
      if (missing !== undefined) return { missing };
      if (from === to) return { nodes: ends, edges: [], truncated: false };
      const sides = [searchFrom(from), searchFrom(to)] as const;
      let truncated = false;
      let meeting: string[] = [];
      while (sides[0].depth + sides[1].depth < maxHops && meeting.length === 0) {
        const [side, other] = sides[0].frontier.length <= sides[1].frontier.length ? sides : [sides[1], sides[0]];
        if (side.frontier.length === 0) break;
        const frontier = side.frontier.slice(0, MAX_FRONTIER);
        truncated ||= frontier.length < side.frontier.length;
        const { rows, cut } = await edgesOf(tx, frontier, MAX_ROWS, false);
        truncated ||= cut;
        side.depth++;
        side.frontier = [];
        const inFrontier = new Set(frontier);
        for (const edge of rows) {
          for (const [near, far] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
            if (!inFrontier.has(near)) continue;
            const seen = side.dist.get(far);
            if (seen === undefined) {
              side.dist.set(far, side.depth);
              side.parents.set(far, [edge]);
              side.frontier.push(far);
            } else if (seen === side.depth) {
              side.parents.get(far)!.push(edge);
            }
          }
        }
        meeting = side.frontier.filter((node) => other.dist.has(node));
      }
      if (meeting.length === 0) return { nodes: [], edges: [], truncated };
      const nodes = new Set<string>([from, to]);
      const edges = new Map<string, GraphEdgeRecord>();
      for (const side of sides) {
        const visited = new Set<string>();
        const stack = [...meeting];
        while (stack.length > 0) {
          const node = stack.pop()!;
          if (visited.has(node)) continue;
          visited.add(node);
          nodes.add(node);
          for (const edge of side.parents.get(node) ?? []) {
            edges.set(edge.id, edge);
            stack.push(edge.source === node ? edge.target : edge.source);
          }
        }
      }
      let kept = [...nodes];
      if (kept.length > limit) {
        truncated = true;
        kept = kept.slice(0, limit);
      }
      const keptSet = new Set(kept);
      const keptEdges = [...edges.values()].filter((e) => keptSet.has(e.source) && keptSet.has(e.target));
      return { nodes: sortNodes(await nodesOf(tx, kept), from), edges: keptEdges, truncated };
    });
  }
}

interface Search {
  depth: number;
  frontier: string[];
  dist: Map<string, number>;
  /** For each reached node, the edges that reach it from the level before. */
  parents: Map<string, GraphEdgeRecord[]>;
}

const searchFrom = (id: string): Search => ({ depth: 0, frontier: [id], dist: new Map([[id, 0]]), parents: new Map() });

/**
 * Edges touching `ids`, at most `perNode` per node and kind of edge; `cut` when some node had more
 * edges of one type (or the whole step hit MAX_ROWS), so the caller knows neighbours were left out.
 * With `kept`, only edges whose both ends are in it (the limits then count those edges only).
 */
async function edgesOf(
  tx: Tx,
  ids: string[],
  perNode: number,
  articleStances: boolean,
  kept: string[] | null = null,
): Promise<{ rows: GraphEdgeRecord[]; cut: boolean }> {
  const rows = await tx.run<GraphEdgeRecord & { via: string }>(EDGES_OF, { ids, articleStances, kept, perNode: perNode + 1, maxRows: MAX_ROWS + 1 });
  const perVia = new Map<string, number>();
  for (const row of rows) perVia.set(`${row.via}|${row.type}`, (perVia.get(`${row.via}|${row.type}`) ?? 0) + 1);
  const cut = rows.length > MAX_ROWS || [...perVia.values()].some((n) => n > perNode);
  const unique = new Map(rows.slice(0, MAX_ROWS).map(({ via: _, ...edge }) => [edge.id, edge]));
  return { rows: [...unique.values()], cut };
}

async function nodesOf(tx: Tx, ids: string[]): Promise<GraphNodeRecord[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run<GraphNodeRecord>(NODES_BY_IDS, { ids });
  return rows.map((row) => ({ ...row, data: withoutNulls(row.data) }));
}

/** The start node first, then heaviest first: a stable order for clients and exports. */
function sortNodes(nodes: GraphNodeRecord[], first: string): GraphNodeRecord[] {
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
  return unique.sort((a, b) => Number(b.id === first) - Number(a.id === first) || b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

function withoutNulls(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data ?? {}).filter(([, v]) => v !== null && v !== undefined));
}
