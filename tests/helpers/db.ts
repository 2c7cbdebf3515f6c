import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { CypherExecutor } from '../../src/graph/executor.js';
import { applySchema } from '../../src/graph/schema.js';
import type { Driver } from 'neo4j-driver';

/** Configuration pointing at the test run's Neo4j. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NEO4J_URI: inject('neo4jUri'), NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? 'unused', PORT: '0', LOG_LEVEL: 'silent', NEO4J_QUERY_TIMEOUT_MS: '60000', ...overrides });
}

export interface TestDb {
  driver: Driver;
  executor: CypherExecutor;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the test database with the schema applied; `clear` empties it for the next test file. */
export async function openTestDb(): Promise<TestDb> {
  const config = testConfig();
  const driver = createDriver(config.neo4j.uri!, config.neo4j);
  const executor = new CypherExecutor(driver, { timeoutMs: 30_000 });
  await applySchema(executor);
  return {
    driver,
    executor,
    clear: async () => {
      await executor.write('MATCH (n) DETACH DELETE n');
    },
    close: () => driver.close(),
  };
}
