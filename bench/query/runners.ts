import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { createContext } from '../../src/api/context.js';
import { createSchema } from '../../src/api/schema.js';
import { createLogger } from '../../src/logger.js';
import type { Services } from '../../src/services/services.js';
import { PEER_TYPEDEFS } from './peer.typedefs.js';

/** Runs one question and returns its result, so callers can check the answers are not empty. */
export type Runner = (source: string, params: Record<string, unknown>) => Promise<unknown>;

async function execute(schema: GraphQLSchema, source: string, variableValues: Record<string, unknown>, contextValue: unknown): Promise<unknown> {
  const result = await graphql({ schema, source, variableValues, contextValue });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data;
}

/**
 * claimgraph's own schema and resolvers, executed in process with a fresh per-request context
 * (and so fresh DataLoaders) for every query, as the HTTP server does; HTTP itself is measured apart.
 */
export async function claimgraphRunner(services: Services): Promise<Runner> {
  const schema = await createSchema();
  const logger = createLogger('silent');
  let n = 0;
  return (source, params) => execute(schema, source, params, createContext(services, logger, `bench-${n++}`, false));
}

/** One hand-written statement in a read transaction through neo4j-driver, records made plain: the floor. */
export function floorRunner(driver: Driver): Runner {
  return async (cypher, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
}

/** @neo4j/graphql 7 with the same data model over the same database, with its own driver (default settings). */
export async function peerRunner(uri: string): Promise<{ run: Runner; close(): Promise<void> }> {
  const driver = neo4j.driver(uri, { scheme: 'none' } as never);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPEDEFS, driver }).getSchema();
  return { run: (source, params) => execute(schema, source, params, {}), close: () => driver.close() };
}
