import type { CypherExecutor } from './executor.js';
import { ensureMigration, type MigrationOptions } from './migration.js';
import * as R from './cypher/reports.cypher.js';

/**
 * Builds the REPORTS aggregate (cypher/reports.cypher.ts) from the existing chains when the database
 * does not have it yet: written before the aggregate existed, or emptied since. Leftover REPORTS are
 * deleted first (the build started from a null cursor: REPORTS written before it, say to a database
 * emptied by `DETACH DELETE` and written to again, would be counted twice), then stances are counted
 * in id order, 5,000 per transaction by default (about 10k pair updates). Returns the stances this
 * call counted (0 when the aggregate was there already). See migration.ts for resuming and waiting.
 */
export function ensureReportsAggregate(executor: CypherExecutor, options: MigrationOptions = {}): Promise<number> {
  return ensureMigration(
    executor,
    {
      name: 'reports-aggregate',
      reset: async (tx) => ((await tx.run<{ deleted: number }>(R.DELETE_REPORTS_BATCH, { batch: 10_000 }))[0]?.deleted ?? 0) > 0,
      step: async (tx, after, batch) => {
        const [row] = await tx.run<{ stanceIds: string[] }>(R.STANCE_IDS_AFTER, { after, batch });
        const stanceIds = row?.stanceIds ?? [];
        if (stanceIds.length === 0) return null;
        await tx.run(R.ADD_HOPS, { stanceIds });
        return { last: stanceIds.at(-1)!, n: stanceIds.length };
      },
    },
    5_000,
    options,
  );
}
