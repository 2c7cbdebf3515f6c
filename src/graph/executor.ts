import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

export type Params = Record<string, unknown>;

/** A transaction handle passed to unit-of-work callbacks; runs parameterised Cypher only. */
export interface Tx {
  run<T = Record<string, unknown>>(cypher: string, params?: Params): Promise<T[]>;
}

/** What the executor reports about each statement (metrics hook; the executor knows no metrics library). */
export interface QueryEvent {
  mode: 'READ' | 'WRITE';
  ms: number;
  /** The AppError code when the statement failed. */
  error?: string;
}

export interface ExecutorOptions {
  database?: string | undefined;
  timeoutMs: number;
  logger?: Logger;
  onQuery?: (event: QueryEvent) => void;
}

/**
 * The one way Cypher reaches the database: chooses read or write transactions, always passes
 * parameters, applies a timeout, logs, counts round trips and turns driver errors into AppErrors.
 */
export class CypherExecutor {
  /** Number of statements sent; tests use it to prove batching. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Runs one read query in a read transaction (routed to readers in a cluster). */
  read<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => tx.run<T>(cypher, params));
  }

  /** Runs one write query in a write transaction. */
  write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run<T>(cypher, params));
  }

  /** Runs several statements in one read transaction. */
  readTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.execute('READ', work);
  }

  /** Runs several statements in one write transaction: all of them or none; retried on transient errors. */
  writeTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.execute('WRITE', work);
  }

  private async execute<R>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<R>): Promise<R> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.timeoutMs };
    try {
      const unit = (managed: ManagedTransaction): Promise<R> => work(this.wrap(managed, mode));
      return mode === 'READ' ? await session.executeRead(unit, config) : await session.executeWrite(unit, config);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async <T>(cypher: string, params: Params = {}): Promise<T[]> => {
        this.roundTrips++;
        const started = performance.now();
        let result: QueryResult<RecordShape>;
        try {
          result = await managed.run(cypher, toParams(params) as Params);
        } catch (error) {
          this.options.onQuery?.({ mode, ms: performance.now() - started, error: toAppError(error).code });
          throw error;
        }
        this.options.onQuery?.({ mode, ms: performance.now() - started });
        // The statement is flattened for the log only when debug lines are written: it costs a regex over the text.
        const logger = this.options.logger;
        if (logger?.isLevelEnabled('debug')) logger.debug({ cypher: cypher.replace(/\s+/g, ' ').slice(0, 200), ms: +(performance.now() - started).toFixed(1), rows: result.records.length }, 'cypher');
        return result.records.map((record) => toPlain(record.toObject()) as T);
      },
    };
  }
}

/**
 * JavaScript numbers travel as floats; Cypher needs integers for LIMIT, SKIP, offsets and counts.
 * Whole numbers become Neo4j integers, fractions stay floats.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

/** Converts driver values (temporal types, nodes) to plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans come as they are: the driver's type tests below cost more than the
  // rest of the conversion when they run on every string of a large answer.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    return new Date((value as { toString(): string }).toString()).toISOString();
  }
  const maybeNode = value as { properties?: unknown; labels?: unknown; type?: unknown; elementId?: unknown };
  if (maybeNode.elementId !== undefined && maybeNode.properties !== undefined) return toPlain(maybeNode.properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps a driver error to an AppError with a client-actionable code. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed/i.test(message) && !code.startsWith('Neo.ClientError')) {
    return new AppError('DATABASE_UNAVAILABLE', 'the database is unavailable; try again shortly', { cause: error });
  }
  // A transaction stopped by its timeout while waiting for a lock reports LockClientStopped.
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new AppError('TIMEOUT', 'the query took too long and was stopped', { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'the write conflicts with existing data', { cause: error });
  }
  return new AppError('INTERNAL', 'database error', { cause: error });
}
