import autocannon from 'autocannon';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { SUITE } from './query/suite.js';
import type { BenchDb } from './support/neo4j.js';

export interface HttpResult {
  name: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
}

interface Workload {
  name: string;
  path: string;
  /** A GraphQL query; its `$id` rotates over `ids`. Absent for a plain GET. */
  query?: string;
}

/**
 * The real HTTP server (Apollo behind claimgraph's node:http handler, armor rules, error masking)
 * on loopback with the benchmark's database, loaded by autocannon with `connections` keep-alive
 * connections per workload. Logging is at "warn" so that the terminal is not the bottleneck.
 */
export async function runHttpBench(db: BenchDb, options: { seconds: number; connections: number; onProgress?: (line: string) => void }): Promise<HttpResult[]> {
  const config = loadConfig({ NEO4J_URI: db.uri, PORT: '0', LOG_LEVEL: 'warn' });
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger, { seed: false });
  try {
    const ids = (await db.executor.read<{ id: string }>(
      'MATCH (x:Actor)-[:HOLDS]->(s:Stance) WITH x, count(s) AS n ORDER BY n DESC, x.id LIMIT 200 RETURN x.id AS id',
    )).map((r) => r.id);
    const workloads: Workload[] = [
      { name: 'GET /health', path: '/health' },
      { name: 'actorStances', path: '/graphql', query: SUITE.find((t) => t.name === 'actorStances')!.claimgraph },
      { name: 'nestedPage', path: '/graphql', query: SUITE.find((t) => t.name === 'nestedPage')!.claimgraph },
    ];
    const results: HttpResult[] = [];
    for (const workload of workloads) {
      const bodyFor = (i: number): string => JSON.stringify({ query: workload.query, variables: { id: ids[i % ids.length] } });
      if (workload.query) {
        // One checked request first: a load test of error responses would measure the wrong thing.
        const check = await fetch(`${app.url}${workload.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyFor(0) });
        const json = (await check.json()) as { errors?: { message: string }[] };
        if (!check.ok || json.errors) throw new Error(`${workload.name} fails over HTTP: ${check.status} ${JSON.stringify(json.errors)}`);
      }
      let n = 0;
      const result = await autocannon({
        url: app.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          workload.query
            ? { method: 'POST', path: workload.path, headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: bodyFor(n++) }) }
            : { method: 'GET', path: workload.path },
        ],
      });
      const row = {
        name: workload.name,
        connections: options.connections,
        seconds: options.seconds,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        requests: result.requests.total,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      };
      results.push(row);
      options.onProgress?.(`http ${workload.name}: ${row.requestsPerSecond.toFixed(0)} req/s, p99 ${row.p99} ms`);
    }
    return results;
  } finally {
    await app.stop();
  }
}
