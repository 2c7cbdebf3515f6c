import neo4j, { type Driver } from 'neo4j-driver';
import { toParams, type CypherExecutor, type Params, type Tx } from '../../src/graph/executor.js';

export interface Statement {
  cypher: string;
  params: Params;
}

/** Records every statement the executor runs while `work` runs (the executor itself is untouched after). */
export async function captureStatements(executor: CypherExecutor, work: () => Promise<unknown>): Promise<Statement[]> {
  const captured: Statement[] = [];
  const originals = { readTx: executor.readTx, writeTx: executor.writeTx };
  const spy = (tx: Tx): Tx => ({
    run: (cypher, params = {}) => {
      captured.push({ cypher, params });
      return tx.run(cypher, params);
    },
  });
  executor.readTx = ((w: (tx: Tx) => Promise<unknown>) => originals.readTx.call(executor, (tx) => w(spy(tx)))) as never;
  executor.writeTx = ((w: (tx: Tx) => Promise<unknown>) => originals.writeTx.call(executor, (tx) => w(spy(tx)))) as never;
  try {
    await work();
  } finally {
    executor.readTx = originals.readTx;
    executor.writeTx = originals.writeTx;
  }
  return captured;
}

export interface OperatorLine {
  depth: number;
  operator: string;
  rows: number;
  dbHits: number;
  details: string;
}

export interface Profile {
  cypher: string;
  dbHits: number;
  rows: number;
  ms: number;
  operators: OperatorLine[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));

/** Runs a statement with PROFILE (in a read transaction) and flattens the plan: rows and db hits per operator. */
export async function profile(driver: Driver, statement: Statement): Promise<Profile> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const started = performance.now();
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement.cypher}`, toParams(statement.params) as Params));
    const ms = performance.now() - started;
    const operators: OperatorLine[] = [];
    const walk = (node: PlanNode, depth: number): void => {
      const details = String(node.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 120);
      operators.push({ depth, operator: node.operatorType.replace(/@neo4j$/, ''), rows: num(node.rows), dbHits: num(node.dbHits), details });
      for (const child of node.children ?? []) walk(child, depth + 1);
    };
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (plan) walk(plan, 0);
    return {
      cypher: statement.cypher.trim(),
      dbHits: operators.reduce((n, o) => n + o.dbHits, 0),
      rows: result.records.length,
      ms,
      operators,
    };
  } finally {
    await session.close();
  }
}
