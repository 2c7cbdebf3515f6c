import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { ApolloServer } from '@apollo/server';
import type { Config } from './config.js';
import { createDriver, waitForDatabase } from './graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './graph/embedded.js';
import { CypherExecutor } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import type { Logger } from './logger.js';
import { createServices, type Services } from './services/services.js';
import { createApollo } from './api/server.js';
import { createHttpServer } from './api/http.js';
import { createSchema } from './api/schema.js';
import type { Context } from './api/context.js';
import { ingestFiles, listArticleFiles } from './services/files.js';

export interface Database {
  driver: Driver;
  executor: CypherExecutor;
  embedded: EmbeddedNeo4j | null;
  uri: string;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the embedded Neo4j first; waits for it and applies the schema. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    const { host, port } = config.neo4j.embedded;
    const probe = createDriver(`bolt://${host}:${port}`, config.neo4j);
    const running = await probe.getServerInfo().then(() => true, () => false);
    await probe.close();
    if (running) {
      logger.info(`using the Neo4j already listening on bolt://${host}:${port}`);
      uri = `bolt://${host}:${port}`;
    } else {
      logger.info(`starting embedded Neo4j (data in ${config.neo4j.embedded.dataDir}) ...`);
      embedded = await startEmbeddedNeo4j(config.neo4j.embedded);
      uri = embedded.uri;
      logger.info(`embedded Neo4j ready at ${uri}`);
    }
  }
  const driver = createDriver(uri, config.neo4j);
  const executor = new CypherExecutor(driver, { database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs, logger });
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
  stop(): Promise<void>;
}

/** Opens the database, loads the seeds (idempotent) and serves HTTP. */
export async function startApp(config: Config, logger: Logger, options: { seed?: boolean } = {}): Promise<App> {
  const database = await openDatabase(config, logger);
  const services = createServices(config, database.executor, logger);
  if (options.seed ?? true) {
    const files = await listArticleFiles([config.seedsDir]);
    const results = await ingestFiles(services.ingest, files, (done, total, r) =>
      logger.info({ file: r.file, status: r.outcome?.status, error: r.error }, `seed ${done}/${total}`),
    );
    const failed = results.filter((r) => r.error);
    if (failed.length > 0) logger.warn({ failed }, `${failed.length} seed file(s) could not be ingested`);
  }
  const apollo = await createApollo(await createSchema(), config, logger);
  const health = async (): Promise<Record<string, unknown>> => {
    const started = performance.now();
    try {
      const info = await database.driver.getServerInfo();
      return { status: 'ok', service: 'up', database: { status: 'up', agent: info.agent, latencyMs: +(performance.now() - started).toFixed(1) } };
    } catch (error) {
      return { status: 'degraded', service: 'up', database: { status: 'down', error: (error as Error).message } };
    }
  };
  const server = createHttpServer({ apollo, services, logger, health });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  return {
    url,
    server,
    services,
    apollo,
    database,
    stop: async () => {
      // Stop accepting, let in-flight requests finish, then close the database.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await database.close();
    },
  };
}
