import path from 'node:path';
import { startApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { ingestFiles, listArticleFiles } from '../../src/services/files.js';
import { testConfig } from './db.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  app: App;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Starts the real service (HTTP + GraphQL) on a free port against the test Neo4j. */
export async function startTestServer(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const config = testConfig(options.env);
  const app = await startApp(config, createLogger('silent'), { seed: options.seed ?? false });
  const gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return { app, url: app.url, gql, stop: app.stop };
}

/**
 * Ingests the four-outlet story written for the tests (tests/fixtures/story) for real: parse,
 * extract, resolve, write. Returns each file's status ('created', ...) or error.
 */
export async function ingestStory(server: TestServer): Promise<string[]> {
  const files = await listArticleFiles([path.resolve('tests/fixtures/story')]);
  const results = await ingestFiles(server.app.services.ingest, files);
  return results.map((r) => r.error ?? r.outcome?.status ?? 'none');
}
