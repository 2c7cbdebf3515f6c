import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueryEvent } from '../graph/executor.js';

/**
 * The service's Prometheus metrics, on a registry of its own (not prom-client's global one), so
 * several apps in one process (tests) never collide.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'claimgraph_http_requests_total',
    help: 'HTTP requests by route, method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'claimgraph_http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly inFlight = new Gauge({
    name: 'claimgraph_http_requests_in_flight',
    help: 'HTTP requests being served.',
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'claimgraph_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly ingests = new Counter({
    name: 'claimgraph_ingest_articles_total',
    help: 'Articles through ingestion by outcome: created, updated, unchanged, rejected (bad input) or failed.',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly neo4jQueries = new Counter({
    name: 'claimgraph_neo4j_queries_total',
    help: 'Cypher statements by access mode and outcome (ok or the error code).',
    labelNames: ['mode', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly neo4jDuration = new Histogram({
    name: 'claimgraph_neo4j_query_duration_seconds',
    help: 'Cypher statement latency by access mode.',
    labelNames: ['mode'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });

  readonly databaseUp = new Gauge({
    name: 'claimgraph_database_up',
    help: '1 when the database answered the last health check and the schema is applied, else 0.',
    registers: [this.registry],
  });

  constructor(options: { defaults?: boolean } = {}) {
    if (options.defaults ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'claimgraph_' });
  }

  /** The executor's observer: one call per Cypher statement. */
  readonly onQuery = (event: QueryEvent): void => {
    this.neo4jQueries.inc({ mode: event.mode, outcome: event.error ?? 'ok' });
    this.neo4jDuration.observe({ mode: event.mode }, event.ms / 1000);
  };

  /** Text exposition for a scrape. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
