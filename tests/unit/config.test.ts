import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to an embedded Neo4j on loopback when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.embedded).toMatchObject({ host: '127.0.0.1', port: 7687 });
    expect(config.port).toBe(4000);
  });

  it('uses NEO4J_URI and credentials when given, including routing URIs', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p' });
  });

  it('rejects invalid values with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI must be a neo4j:\/\/ or bolt:\/\//);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ NEO4J_TX_LOG_RETENTION: 'one file' })).toThrow(/NEO4J_TX_LOG_RETENTION/);
    expect(() => loadConfig({ NEO4J_TX_LOG_ROTATION_SIZE: 'big' })).toThrow(/NEO4J_TX_LOG_ROTATION_SIZE/);
  });

  it("keeps Neo4j's transaction-log retention unless NEO4J_TX_LOG_RETENTION sets one", () => {
    expect(loadConfig({}).neo4j.embedded.txLogRetention).toBeUndefined();
    expect(loadConfig({}).neo4j.embedded.txLogRotation).toBeUndefined();
    const config = loadConfig({ NEO4J_TX_LOG_RETENTION: '500M size', NEO4J_TX_LOG_ROTATION_SIZE: '64m' });
    expect(config.neo4j.embedded).toMatchObject({ txLogRetention: '500M size', txLogRotation: '64m' });
  });
});
