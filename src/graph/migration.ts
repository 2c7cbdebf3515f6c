import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CypherExecutor, Tx } from './executor.js';
import * as M from './cypher/migration.cypher.js';

/** A build of derived data, run in batches over ids in order (one `Migration` node records it). */
export interface Migration {
  /** The `Migration` node's name. */
  name: string;
  /**
   * Clears what a previous build left before the first batch, a piece per transaction: returns true
   * while there was something to clear. Optional.
   */
  reset?: (tx: Tx) => Promise<boolean>;
  /**
   * Processes the next `batch` items after cursor `after` ('' at the start, items in id order):
   * the last id done and how many were done, or null when none was left.
   */
  step: (tx: Tx, after: string, batch: number) => Promise<{ last: string; n: number } | null>;
}

export interface MigrationOptions {
  /** Items per transaction (each migration has its own default). */
  batch?: number;
  /** A build whose heartbeat is older than this is taken over (default 120 s). */
  staleSeconds?: number;
  /** Pause between looks at a build another process is running (default 1 s). */
  pollMs?: number;
}

/**
 * Runs `migration` unless it is done: each batch and the cursor in one transaction, so an
 * interrupted build resumes where it stopped. A build another process is running is waited for;
 * one whose heartbeat stopped is taken over. Returns the batches' item count (0 when it was done
 * already). Writers must not run meanwhile: the service runs it before it accepts requests.
 */
export async function ensureMigration(executor: CypherExecutor, migration: Migration, batch: number, options: MigrationOptions = {}): Promise<number> {
  const owner = randomUUID();
  for (;;) {
    const [claim] = await executor.write<{ state: string; mine: boolean; after: string | null }>(M.CLAIM_MIGRATION, {
      name: migration.name,
      owner,
      staleSeconds: options.staleSeconds ?? 120,
    });
    if (!claim || claim.state === 'done') return 0;
    if (claim.mine) {
      const counted = await build(executor, migration, owner, claim.after, options.batch ?? batch);
      if (counted !== null) return counted;
    }
    await sleep(options.pollMs ?? 1_000);
  }
}

/** Runs the build as `owner`; null when another process took it over (this one stalled). */
async function build(executor: CypherExecutor, migration: Migration, owner: string, resumeAfter: string | null, batch: number): Promise<number | null> {
  const advance = { name: migration.name, owner };
  // Cursor null: the reset has not finished (leftovers would be counted twice).
  let after = resumeAfter;
  while (after === null) {
    const step = await executor.writeTx(async (tx) => {
      if ((await tx.run(M.ADVANCE_MIGRATION, { ...advance, after: null })).length === 0) return 'lost';
      if (migration.reset && (await migration.reset(tx))) return 'more';
      await tx.run(M.ADVANCE_MIGRATION, { ...advance, after: '' });
      return 'done';
    });
    if (step === 'lost') return null;
    if (step === 'done') after = '';
  }
  let counted = 0;
  for (;;) {
    const cursor: string = after;
    const step = await executor.writeTx(async (tx) => {
      // The ownership check takes the migration node's lock: nobody takes the build over mid-batch.
      if ((await tx.run(M.ADVANCE_MIGRATION, { ...advance, after: cursor })).length === 0) return 'lost';
      const done = await migration.step(tx, cursor, batch);
      if (done === null) await tx.run(M.FINISH_MIGRATION, advance);
      else await tx.run(M.ADVANCE_MIGRATION, { ...advance, after: done.last });
      return done;
    });
    if (step === 'lost') return null;
    if (step === null) return counted;
    counted += step.n;
    after = step.last;
  }
}
