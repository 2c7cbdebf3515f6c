import type { CypherExecutor } from '../../src/graph/executor.js';

/** A node by its key, whatever its label: `Actor:state:ruritania`, `ActorKey:ruritania`. */
const key = (n: string) => `labels(${n})[0] + ':' + coalesce(${n}.id, ${n}.value, ${n}.name)`;

/** Properties with their keys sorted, so equal maps print equal. */
const print = (props: Record<string, unknown>): string => JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b))));

export interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/**
 * The whole graph as sorted lines: every node with its labels and properties, every relationship
 * with its ends and properties (the Migration bookkeeping left out). Equal snapshots, equal graphs.
 */
export async function snapshot(db: CypherExecutor): Promise<Snapshot> {
  const nodes = await db.read<{ node: string; labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT n:Migration RETURN ${key('n')} AS node, labels(n) AS labels, properties(n) AS props`,
  );
  const relationships = await db.read<{ rel: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) RETURN ${key('a')} + ' -' + type(r) + '-> ' + ${key('b')} AS rel, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => `${n.node} ${[...n.labels].sort().join(':')} ${print(n.props)}`).sort(),
    relationships: relationships.map((r) => `${r.rel} ${print(r.props)}`).sort(),
  };
}

/** The REPORTS aggregate as stored, by actor ids: `from>to` -> count. */
export async function storedReports(db: CypherExecutor): Promise<Record<string, number>> {
  const rows = await db.read<{ pair: string; n: number }>('MATCH (a:Actor)-[r:REPORTS]->(b:Actor) RETURN a.id + ">" + b.id AS pair, r.count AS n');
  return Object.fromEntries(rows.map((r) => [r.pair, r.n]));
}

/** What the REPORTS aggregate must hold, counted from the chains (live stances, once per stance and pair). */
export async function recountedReports(db: CypherExecutor): Promise<Record<string, number>> {
  const rows = await db.read<{ pair: string; n: number }>(`
    MATCH (s:Stance)-[v:VIA]->(a:Actor), (s)-[x:VIA]->(b:Actor)
    WHERE NOT coalesce(s.rejected, false) AND x.position = v.position + 1 AND a <> b
    RETURN a.id + ">" + b.id AS pair, count(DISTINCT s) AS n`);
  return Object.fromEntries(rows.map((r) => [r.pair, r.n]));
}
