import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from './errors.js';

/** Project root: two levels above this file both in src/ and in dist/src/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export interface Neo4jConfig {
  /** Set when an external server is used; null means "launch the embedded one". */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  /** Embedded server settings (ignored when uri is set). */
  embedded: {
    host: string;
    port: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    /** Transaction-log retention (`db.tx_log.rotation.retention_policy`, "1 files", "500M size"); undefined keeps Neo4j's 2 days. */
    txLogRetention?: string;
    /** Size at which a transaction log file is rotated ("64m"); undefined keeps Neo4j's 256M. */
    txLogRotation?: string;
  };
  queryTimeoutMs: number;
  connectRetries: number;
}

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  neo4j: Neo4jConfig;
  seedsDir: string;
  /** When set, mutations need `Authorization: Bearer <key>` or `x-api-key`. */
  apiKey: string | null;
  introspection: boolean;
  maxPageSize: number;
  maxBodyBytes: number;
  /** Largest article `content` accepted by ingestion, in UTF-8 bytes. */
  maxArticleBytes: number;
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** Extraction worker threads (0: on the event loop), the deadline of one article, and each worker's heap. */
  extraction: { workers: number; timeoutMs: number; heapMb: number };
}

/** One core is left to the event loop and the database; at most four extract at once. */
const DEFAULT_EXTRACT_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('CONFIG_INVALID', `${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new AppError('CONFIG_INVALID', `${name} must be true or false, got ${JSON.stringify(env[name])}`);
}

/** Neo4j's retention policy forms: keep everything or nothing, or a number (with k/m/g for sizes) and a unit. */
function retention(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^(true|false|keep_all|keep_none|\d+[kmg]? (files|size|txs|entries|hours|days))$/i.test(raw)) {
    throw new AppError('CONFIG_INVALID', `${name} must look like "1 files", "500M size", "2 days" or "keep_none", got ${JSON.stringify(raw)}`);
  }
  return raw;
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new AppError('CONFIG_INVALID', `${name} must look like 512m or 1g, got ${JSON.stringify(raw)}`);
  return raw.toLowerCase();
}

/** Reads and validates the configuration; the only place that reads process.env. */
export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new AppError('CONFIG_INVALID', `NEO4J_URI must be a neo4j:// or bolt:// URI, got ${JSON.stringify(uri)}`);
  }
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || undefined,
      embedded: {
        host: '127.0.0.1',
        port: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
        dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.data/neo4j'),
        heap: memory(env, 'NEO4J_HEAP', '768m'),
        pageCache: memory(env, 'NEO4J_PAGECACHE', '256m'),
        txLogRetention: retention(env, 'NEO4J_TX_LOG_RETENTION'),
        txLogRotation: env.NEO4J_TX_LOG_ROTATION_SIZE ? memory(env, 'NEO4J_TX_LOG_ROTATION_SIZE', '256m') : undefined,
      },
      queryTimeoutMs: int(env, 'NEO4J_QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
      connectRetries: int(env, 'NEO4J_CONNECT_RETRIES', 30, 0, 1000),
    },
    seedsDir: path.resolve(PROJECT_ROOT, env.SEEDS_DIR || 'seeds'),
    apiKey: env.CLAIMGRAPH_API_KEY || null,
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxArticleBytes: int(env, 'MAX_ARTICLE_BYTES', 2 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 25_000, 0, 600_000),
    metrics: bool(env, 'METRICS', true),
    extraction: {
      workers: int(env, 'EXTRACT_WORKERS', DEFAULT_EXTRACT_WORKERS, 0, 64),
      timeoutMs: int(env, 'EXTRACT_TIMEOUT_MS', 30_000, 100, 3_600_000),
      heapMb: int(env, 'EXTRACT_WORKER_HEAP_MB', 1_536, 512, 65_536),
    },
  };
}
