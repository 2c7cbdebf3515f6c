import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CypherExecutor } from './executor.js';
import * as R from './cypher/reports.cypher.js';

const NAME = 'reports-aggregate';

export interface ReportsMigrationOptions {
  /** Stances counted per transaction (default 5,000: about 10k pair updates, well within one transaction). */
  batch?: number;
  /** A build whose heartbeat is older than this is taken over (default 120 s). */
  staleSeconds?: number;
  /** Pause between looks at a build another process is running (default 1 s). */
  pollMs?: number;
}

/**
 * Builds the REPORTS aggregate (cypher/reports.cypher.ts) from the existing chains when the database
 * does not have it yet: written before the aggregate existed, or emptied since. Leftover REPORTS are
 * deleted first, then stances are counted in id order, each batch and the cursor in one transaction,
 * so an interrupted build resumes where it stopped. A build another process is running is waited
 * for; one whose heartbeat stopped is taken over. Returns the stances this call counted (0 when the
 * aggregate was there already). Writers must not run during the build: the service runs it before it
 * accepts requests.
 */
export async function ensureReportsAggregate(executor: CypherExecutor, options: ReportsMigrationOptions = {}): Promise<number> {
  const owner = randomUUID();
  const batch = options.batch ?? 5_000;
  for (;;) {
    const [claim] = await executor.write<{ state: string; mine: boolean; after: string | null }>(R.CLAIM_MIGRATION, {
      name: NAME,
      owner,
      staleSeconds: options.staleSeconds ?? 120,
    });
    if (!claim || claim.state === 'done') return 0;
    if (claim.mine) {
      const counted = await build(executor, owner, claim.after, batch);
      if (counted !== null) return counted;
    }
    await sleep(options.pollMs ?? 1_000);
  }
}

/** Runs the build as `owner`; null when another process took it over (this one stalled). */
async function build(executor: CypherExecutor, owner: string, resumeAfter: string | null, batch: number): Promise<number | null> {
  const advance = { name: NAME, owner };
  // Cursor null: REPORTS written before the build started (say, to a database emptied by
  // `DETACH DELETE` and written to again) would be counted twice.
  let after = resumeAfter;
  while (after === null) {
    const step = await executor.writeTx(async (tx) => {
      if ((await tx.run(R.ADVANCE_MIGRATION, { ...advance, after: null })).length === 0) return 'lost';
      const [row] = await tx.run<{ deleted: number }>(R.DELETE_REPORTS_BATCH, { batch: 10_000 });
      if ((row?.deleted ?? 0) > 0) return 'more';
      await tx.run(R.ADVANCE_MIGRATION, { ...advance, after: '' });
      return 'done';
    });
    if (step === 'lost') return null;
    if (step === 'done') after = '';
  }
  let counted = 0;
  for (;;) {
    const cursor: string = after;
    const step = await executor.writeTx(async (tx) => {
      const [row] = await tx.run<{ stanceIds: string[] }>(R.STANCE_IDS_AFTER, { after: cursor, batch });
      const stanceIds = row?.stanceIds ?? [];
      const last = stanceIds.at(-1) ?? cursor;
      // The ownership check takes the migration node's lock: nobody takes the build over mid-batch.
      if ((await tx.run(R.ADVANCE_MIGRATION, { ...advance, after: last })).length === 0) return null;
      if (stanceIds.length === 0) {
        await tx.run(R.FINISH_MIGRATION, advance);
        return { last, n: 0 };
      }
      await tx.run(R.ADD_HOPS, { stanceIds });
      return { last, n: stanceIds.length };
    });
    if (step === null) return null;
    if (step.n === 0) return counted;
    counted += step.n;
    after = step.last;
  }
}
