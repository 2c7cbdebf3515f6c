import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Creates a driver for a server URI; auth is none for the embedded server (it listens on loopback only). */
export function createDriver(uri: string, config: Neo4jConfig): Driver {
  const auth = config.uri === null ? ({ scheme: 'none' } as AuthToken) : neo4j.auth.basic(config.user, config.password);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 15_000,
    disableLosslessIntegers: true,
    userAgent: 'claimgraph/0.1',
  });
}

/**
 * Waits until the server answers, retrying with a bounded backoff; the last failure is in the error.
 */
export async function waitForDatabase(driver: Driver, retries: number, logger?: Logger): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      lastError = error;
      const delay = Math.min(500 * 2 ** attempt, 5_000);
      logger?.warn({ attempt: attempt + 1, retries, err: (error as Error).message }, `Neo4j not reachable yet; retrying in ${delay} ms`);
      if (attempt < retries) await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw new AppError('DATABASE_UNAVAILABLE', `Neo4j did not answer after ${retries + 1} attempts: ${(lastError as Error)?.message}`, {
    cause: lastError,
  });
}
