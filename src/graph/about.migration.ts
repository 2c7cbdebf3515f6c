import type { CypherExecutor } from './executor.js';
import { ensureMigration, type MigrationOptions } from './migration.js';
import * as A from './cypher/about.cypher.js';

/**
 * Converts ABOUT to one relationship per claim and actor (cypher/about.cypher.ts) on a database
 * written when it was one per article: claims in id order, 500 per transaction by default, each
 * recounted from its appearances (the old relationships are folded into them first). Recounting is
 * idempotent, so a rerun (delete the `Migration` node named 'about-aggregate') also repairs counts
 * an older writer left wrong. Returns the claims this call recounted (0 when it was done already).
 * See migration.ts for resuming and waiting.
 */
export function ensureAboutAggregate(executor: CypherExecutor, options: MigrationOptions = {}): Promise<number> {
  return ensureMigration(
    executor,
    {
      name: 'about-aggregate',
      step: async (tx, after, batch) => {
        const [row] = await tx.run<{ claimIds: string[] }>(A.CLAIM_IDS_AFTER, { after, batch });
        const claimIds = row?.claimIds ?? [];
        if (claimIds.length === 0) return null;
        await tx.run(A.RECOUNT_ABOUT, { claimIds });
        return { last: claimIds.at(-1)!, n: claimIds.length };
      },
    },
    500,
    options,
  );
}
