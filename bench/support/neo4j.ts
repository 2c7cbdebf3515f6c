import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config.js';
import { createDriver, waitForDatabase } from '../../src/graph/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded.js';
import { CypherExecutor } from '../../src/graph/executor.js';
import { applySchema } from '../../src/graph/schema.js';

export const BENCH_PORT = 7794;

export interface BenchDbOptions {
  /** Data folder name under .data/ (default neo4j-bench). */
  name?: string;
  /** Delete the data folder first (default true): every run starts from an empty graph. */
  wipe?: boolean;
  heap?: string;
  pageCache?: string;
  /** Bolt port (default 7794). */
  port?: number;
  /** Load APOC from neo4j/plugins (needed by the @neo4j/graphql peer only). */
  plugins?: boolean;
  /** Transaction-log retention (default "1 files", rotated at 64 MB): a 100k ingestion writes about 70 GB of logs. */
  txLogRetention?: string;
}

export interface BenchDb {
  uri: string;
  /** Pid of the embedded Neo4j (for its memory); null for a server the benchmark did not start. */
  pid: number | null;
  config: Config;
  driver: Driver;
  executor: CypherExecutor;
  close(): Promise<void>;
}

/**
 * The benchmark's own embedded Neo4j: its own port and data folder, sized for a 2-core / 24 GB
 * machine shared with other work (2 GB heap, 1 GB page cache unless told otherwise), keeping
 * little transaction log: nothing restores a benchmark database from its logs.
 */
export async function openBenchDb(options: BenchDbOptions = {}): Promise<BenchDb> {
  const dataDir = path.join(PROJECT_ROOT, '.data', options.name ?? 'neo4j-bench');
  if (options.wipe ?? true) rmSync(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedNeo4j({
    host: '127.0.0.1',
    port: options.port ?? BENCH_PORT,
    dataDir,
    heap: options.heap ?? '2g',
    pageCache: options.pageCache ?? '1g',
    txLogRetention: options.txLogRetention ?? '1 files',
    txLogRotation: '64m',
    ...(options.plugins ? { pluginsDir: path.join(PROJECT_ROOT, 'neo4j', 'plugins') } : {}),
  // Generous: on a busy machine compiling the launcher alone can take minutes.
  }, { timeoutMs: 600_000 });
  try {
    return await connectBenchDb(embedded.uri, embedded);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Connects to a running server (`--uri`, or the embedded one just started) and applies the schema. */
export async function connectBenchDb(uri: string, embedded: EmbeddedNeo4j | null = null): Promise<BenchDb> {
  const config = loadConfig({ NEO4J_URI: uri, PORT: '0', LOG_LEVEL: 'silent', NEO4J_QUERY_TIMEOUT_MS: '120000' });
  const driver = createDriver(uri, config.neo4j);
  const executor = new CypherExecutor(driver, { timeoutMs: config.neo4j.queryTimeoutMs });
  try {
    await waitForDatabase(driver, 10);
    await applySchema(executor);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return {
    uri,
    pid: embedded?.pid ?? null,
    config,
    driver,
    executor,
    close: async () => {
      await driver.close();
      await embedded?.stop();
    },
  };
}

/** Node and relationship counts by label / type: what a scale actually produced. */
export async function graphCounts(executor: CypherExecutor): Promise<Record<string, number>> {
  const nodes = await executor.read<{ label: string; n: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const rels = await executor.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  return { ...Object.fromEntries(nodes.map((r) => [r.label, r.n])), relationships: rels[0]?.n ?? 0 };
}
