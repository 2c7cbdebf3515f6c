#!/usr/bin/env node
import 'reflect-metadata';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { isAppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { openDatabase, startApp } from '../app.js';
import { startEmbeddedNeo4j } from '../graph/embedded.js';
import { createServices } from '../services/services.js';
import { ingestFiles, listArticleFiles } from '../services/files.js';
import { emitSchema } from '../api/schema.emit.js';

const USAGE = `usage: claimgraph <command>

  serve                      start Neo4j (embedded unless NEO4J_URI is set), load seeds/, serve GraphQL
  ingest <file|folder>...    ingest articles (.md, .txt, .html) into the graph
  db start                   run the embedded Neo4j in the foreground (Ctrl-C stops it)
  db stop                    stop an embedded Neo4j started with "db start"
  schema                     write schema/schema.graphql from the resolvers

Configuration is read from the environment; see README.md.`;

/** Runs `work`, then stops it cleanly on the first SIGINT/SIGTERM. */
function untilSignal(stop: () => Promise<void>, logger: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const onSignal = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Next to the data folder and named for it, so two Neo4j started on different folders keep their own.
  const pidFile = `${config.neo4j.embedded.dataDir}.pid`;
  switch (command) {
    case 'serve': {
      const app = await startApp(config, logger);
      // Handlers first: a signal that arrives right after "ready" is printed must stop cleanly too.
      untilSignal(app.stop, logger);
      process.stdout.write(
        `\nclaimgraph is ready\n  explorer: ${app.url}/\n  GraphQL:  ${app.url}/graphql\n  health:   ${app.url}/health\n  Neo4j:    ${app.database.uri}${app.database.embedded ? ' (embedded)' : ''}\nPress Ctrl-C to stop.\n`,
      );
      return -1;
    }
    case 'ingest': {
      if (rest.length === 0) throw new Error('ingest needs at least one file or folder');
      const files = await listArticleFiles(rest);
      const database = await openDatabase(config, logger);
      const services = createServices(config, database.executor, logger);
      try {
        const results = await ingestFiles(services.ingest, files, (done, total, r) => {
          const what = r.error ? `FAILED: ${r.error}` : `${r.outcome!.status} ${r.outcome!.articleId} (${r.outcome!.actors} actors, ${r.outcome!.claims} claims, ${r.outcome!.stances} stances)`;
          process.stdout.write(`[${done}/${total}] ${r.file}: ${what}\n`);
        });
        return results.some((r) => r.error) ? 1 : 0;
      } finally {
        await services.ingest.extractor.close();
        await database.close();
      }
    }
    case 'db': {
      if (rest[0] === 'start') {
        if (config.neo4j.uri) throw new Error('NEO4J_URI is set: there is no embedded Neo4j to start');
        const db = await startEmbeddedNeo4j(config.neo4j.embedded);
        mkdirSync(path.dirname(pidFile), { recursive: true });
        writeFileSync(pidFile, String(process.pid));
        process.stdout.write(`Neo4j running at ${db.uri} (data: ${config.neo4j.embedded.dataDir}). Ctrl-C or "claimgraph db stop" stops it.\n`);
        untilSignal(async () => {
          await db.stop();
          rmSync(pidFile, { force: true });
        }, logger);
        return -1;
      }
      if (rest[0] === 'stop') {
        let pid: number;
        try {
          pid = Number(readFileSync(pidFile, 'utf8'));
        } catch {
          process.stdout.write('no embedded Neo4j started with "db start" is running\n');
          return 0;
        }
        process.kill(pid, 'SIGTERM');
        process.stdout.write(`asked process ${pid} to stop Neo4j\n`);
        return 0;
      }
      throw new Error('db needs "start" or "stop"');
    }
    case 'schema':
      process.stdout.write(`wrote ${await emitSchema()}\n`);
      return 0;
    default:
      process.stdout.write(`${USAGE}\n`);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`claimgraph: ${isAppError(error) ? `[${error.code}] ` : ''}${(error as Error).message}\n`);
    process.exit(1);
  },
);
