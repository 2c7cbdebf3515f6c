import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { ApolloServer } from '@apollo/server';
import type { Config } from './config.js';
import { createDriver, waitForDatabase } from './graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './graph/embedded.js';
import { CypherExecutor, type QueryEvent } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import type { Logger } from './logger.js';
import { createServices, type Services } from './services/services.js';
import { createApollo } from './api/server.js';
import { createHttpServer, type ServiceState } from './api/http.js';
import { createSchema } from './api/schema.js';
import type { Context } from './api/context.js';
import { ingestFiles, listArticleFiles } from './services/files.js';
import { Metrics } from './observability/metrics.js';
import { instrumentIngest } from './observability/ingest.metrics.js';

export interface Database {
  driver: Driver;
  executor: CypherExecutor;
  /** The embedded Neo4j this process started, once it has started; null when NEO4J_URI is used. */
  embedded: EmbeddedNeo4j | null;
  uri: string;
  close(): Promise<void>;
}

const embeddedUri = (config: Config): string => `bolt://${config.neo4j.embedded.host}:${config.neo4j.embedded.port}`;

/** True when something answers Bolt at the embedded address (a "db start" in another terminal). */
async function embeddedRunning(config: Config): Promise<boolean> {
  const probe = createDriver(embeddedUri(config), config.neo4j);
  try {
    return await probe.getServerInfo().then(() => true, () => false);
  } finally {
    await probe.close();
  }
}

/** Connects to NEO4J_URI, or starts the embedded Neo4j first; waits for it and applies the schema. */
export async function openDatabase(config: Config, logger: Logger, options: { onQuery?: (event: QueryEvent) => void } = {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    if (await embeddedRunning(config)) {
      uri = embeddedUri(config);
      logger.info(`using the Neo4j already listening on ${uri}`);
    } else {
      logger.info(`starting embedded Neo4j (data in ${config.neo4j.embedded.dataDir}) ...`);
      embedded = await startEmbeddedNeo4j(config.neo4j.embedded);
      uri = embedded.uri;
      logger.info(`embedded Neo4j ready at ${uri}`);
    }
  }
  const driver = createDriver(uri, config.neo4j);
  const executor = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs, logger, onQuery: options.onQuery });
  try {
    await waitForDatabase(driver, config.neo4j.connectRetries, logger);
    await applySchema(executor);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver,
    executor,
    embedded,
    uri,
    close: async () => {
      await driver.close();
      await embedded?.stop();
    },
  };
}

export interface App {
  url: string;
  server: Server;
  services: Services;
  apollo: ApolloServer<Context>;
  database: Database;
  metrics: Metrics;
  /** Settles when the database is connected, the schema applied and the seeds loaded. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Load SEEDS_DIR once the database is there (default true). */
  seed?: boolean;
  /**
   * Resolve only once the database is ready (default true; fails after NEO4J_CONNECT_RETRIES).
   * With false, startApp resolves as soon as HTTP listens and keeps trying to reach the database
   * in the background, without a bound, while /health answers 503.
   */
  waitForDatabase?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Serves HTTP first, then connects to the database (starting the embedded one when NEO4J_URI is
 * unset), applies the schema and loads the seeds (idempotent). Until that is done /health answers
 * 503 and /graphql DATABASE_UNAVAILABLE, so a load balancer keeps traffic away.
 */
export async function startApp(config: Config, logger: Logger, options: StartOptions = {}): Promise<App> {
  const metrics = new Metrics();
  const uri = config.neo4j.uri ?? embeddedUri(config);
  const driver = createDriver(uri, config.neo4j);
  const executor = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs, logger, onQuery: metrics.onQuery });
  const state: ServiceState = { phase: 'connecting', attempts: 0, lastError: null };
  let stopping = false;
  const database: Database = {
    driver,
    executor,
    embedded: null,
    uri,
    close: async () => {
      await driver.close();
      await database.embedded?.stop();
    },
  };

  const services = createServices(config, executor, logger);
  instrumentIngest(services.ingest, metrics);
  const apollo = await createApollo(await createSchema(), config, logger, { metrics });

  const health = async (): Promise<Record<string, unknown>> => {
    if (state.phase === 'stopping') return { status: 'stopping', service: 'draining', database: { status: 'closing' } };
    if (state.phase !== 'ready') {
      metrics.databaseUp.set(0);
      return { status: 'starting', service: 'up', database: { status: state.phase, attempts: state.attempts, error: state.lastError } };
    }
    const started = performance.now();
    try {
      // A database that does not answer (a dropped network, not a refused port) is "down" after 3 s,
      // well within a load balancer's health-check timeout.
      let timer: NodeJS.Timeout | undefined;
      const info = await Promise.race([
        driver.getServerInfo(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer within 3 s')), 3_000);
        }),
      ]).finally(() => clearTimeout(timer));
      metrics.databaseUp.set(1);
      return { status: 'ok', service: 'up', database: { status: 'up', agent: info.agent, latencyMs: +(performance.now() - started).toFixed(1) } };
    } catch (error) {
      metrics.databaseUp.set(0);
      return { status: 'degraded', service: 'up', database: { status: 'down', error: (error as Error).message } };
    }
  };
  const server = createHttpServer({ apollo, services, logger, health, state, metrics });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  const wait = options.waitForDatabase ?? true;
  const connect = async (): Promise<void> => {
    if (config.neo4j.uri === null && !(await embeddedRunning(config))) {
      logger.info(`starting embedded Neo4j (data in ${config.neo4j.embedded.dataDir}) ...`);
      state.phase = 'starting-database';
      const embedded = await startEmbeddedNeo4j(config.neo4j.embedded);
      if (stopping) return embedded.stop();
      database.embedded = embedded;
      logger.info(`embedded Neo4j ready at ${embedded.uri}`);
    }
    state.phase = 'connecting';
    for (;;) {
      try {
        await waitForDatabase(driver, 0);
        state.phase = 'applying-schema';
        await applySchema(executor);
        break;
      } catch (error) {
        state.attempts++;
        state.lastError = (error as Error).message;
        state.phase = 'connecting';
        if (stopping) return;
        if (wait && state.attempts > config.neo4j.connectRetries) throw error;
        const delay = Math.min(500 * 2 ** Math.min(state.attempts - 1, 4), 5_000);
        logger.warn({ attempt: state.attempts, err: state.lastError }, `Neo4j not ready; retrying in ${delay} ms`);
        await sleep(delay);
        if (stopping) return;
      }
    }
    if (options.seed ?? true) {
      state.phase = 'seeding';
      try {
        const files = await listArticleFiles([config.seedsDir]);
        const results = await ingestFiles(services.ingest, files, (done, total, r) =>
          logger.info({ file: r.file, status: r.outcome?.status, error: r.error }, `seed ${done}/${total}`),
        );
        const failed = results.filter((r) => r.error);
        if (failed.length > 0) logger.warn({ failed }, `${failed.length} seed file(s) could not be ingested`);
      } catch (error) {
        // Seeds are a convenience: a missing folder must not keep the service from serving.
        logger.error({ err: error }, 'loading the seeds failed');
      }
    }
    if (stopping) return;
    state.phase = 'ready';
    state.lastError = null;
    metrics.databaseUp.set(1);
    logger.info('database ready');
  };
  const ready = connect();

  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    state.phase = 'stopping';
    // Stop accepting, let in-flight requests finish (up to the grace period), then close the database.
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    });
    await apollo.stop();
    await services.ingest.extractor.close();
    await driver.close();
    await ready.catch(() => {});
    await database.embedded?.stop();
  };

  if (wait) {
    try {
      await ready;
    } catch (error) {
      await stop();
      throw error;
    }
  } else {
    ready.catch((error: unknown) => logger.error({ err: error }, 'database setup failed'));
  }
  return { url, server, services, apollo, database, metrics, ready, stop };
}
