import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { CypherExecutor } from './executor.js';
import { ensureAboutAggregate } from './about.migration.js';
import { ensureReportsAggregate } from './reports.migration.js';

/** Splits a .cypher file into statements, dropping `//` comment lines. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies schema/constraints.cypher (idempotent), waits for the indexes to come online, then builds
 * the data derived at write time where it is missing (the REPORTS and ABOUT aggregates).
 */
export async function applySchema(executor: CypherExecutor): Promise<number> {
  const source = await readFile(path.join(PROJECT_ROOT, 'schema', 'constraints.cypher'), 'utf8');
  const statements = splitStatements(source);
  // Schema statements cannot share a transaction with each other in Neo4j: one per transaction.
  for (const statement of statements) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes(60)');
  await ensureReportsAggregate(executor);
  await ensureAboutAggregate(executor);
  return statements.length;
}
