import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the integration run: the server at TEST_NEO4J_URI when set, else a fresh
 * embedded one on its own port and data folder. If it cannot start, the run fails with the
 * launcher's output. The tests empty the database they use, so the service's own NEO4J_URI is never
 * taken: only a server named for tests is.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return async () => {};
  }
  const port = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7698);
  // One folder per port, so runs on different ports never wipe each other's store.
  const dataDir = path.resolve('.data', `neo4j-test-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const started = performance.now();
  const db: EmbeddedNeo4j = await startEmbeddedNeo4j({
    host: '127.0.0.1',
    port,
    dataDir,
    heap: '1g',
    pageCache: '256m',
    // A throwaway store: little log kept (tests/integration/database.test.ts checks the launcher passes it).
    txLogRetention: '1 files',
    txLogRotation: '16m',
  });
  console.log(`[tests] embedded Neo4j at ${db.uri} (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4jUri', db.uri);
  return async () => {
    await db.stop();
  };
}
