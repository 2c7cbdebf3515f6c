import { AppError, badInput, notFound } from '../../errors.js';
import type { CypherExecutor, Tx } from '../executor.js';
import * as A from '../cypher/about.cypher.js';
import * as C from '../cypher/curation.cypher.js';
import * as R from '../cypher/reports.cypher.js';
import * as W from '../cypher/write.cypher.js';

/**
 * Runs `change` with the REPORTS counts of `stanceIds` taken out before it and put back after it,
 * so they stay exact whatever the change does to those stances' chains or liveness.
 */
async function recountingHops<T>(tx: Tx, stanceIds: readonly string[], change: () => Promise<T>): Promise<T> {
  if (stanceIds.length > 0) await tx.run(R.SUBTRACT_HOPS, { stanceIds });
  const result = await change();
  if (stanceIds.length > 0) await tx.run(R.ADD_HOPS, { stanceIds });
  return result;
}

/** Human corrections; each one is a single transaction and survives re-ingestion. */
export class CurationRepository {
  constructor(private readonly db: CypherExecutor) {}

  /** Moves everything of `mergeId` onto `keepId`; the merged id stays as a redirect (MERGED_INTO). */
  async mergeActors(keepId: string, mergeId: string, reason: string): Promise<string> {
    if (keepId === mergeId) throw badInput('cannot merge an actor into itself');
    return this.db.writeTx(async (tx) => {
      const [keep] = await tx.run<{ id: string }>(C.ACTOR_EXISTS, { id: keepId });
      const [merged] = await tx.run<{ id: string }>(C.ACTOR_EXISTS, { id: mergeId });
      if (!keep) throw notFound('actor', keepId);
      if (!merged) throw notFound('actor', mergeId);
      const [already] = await tx.run<{ n: number }>('MATCH (:Actor {id: $mergeId})-[r:MERGED_INTO]->() RETURN count(r) AS n', { mergeId });
      if ((already?.n ?? 0) > 0) throw new AppError('CONFLICT', `actor ${mergeId} was already merged into another actor`);
      // The chains through the merged actor change (a hop to the keeper disappears, pairs join).
      const [{ stanceIds } = { stanceIds: [] }] = await tx.run<{ stanceIds: string[] }>(R.STANCES_VIA_ACTOR, { id: mergeId });
      // Claims about both actors now count an article naming both once.
      const [{ claimIds } = { claimIds: [] }] = await tx.run<{ claimIds: string[] }>(A.CLAIMS_ABOUT_ACTOR, { id: mergeId });
      await recountingHops(tx, stanceIds, async () => {
        for (const statement of C.MOVE_RELATIONSHIPS) await tx.run(statement, { keepId, mergeId });
        await tx.run(C.FINISH_MERGE, { keepId, mergeId, reason });
      });
      if (claimIds.length > 0) await tx.run(A.RECOUNT_ABOUT, { claimIds });
      return keepId;
    });
  }

  /** Adds an alias and the lookup keys it brings (computed by the caller from the resolver's rules). */
  async addAlias(actorId: string, alias: string, keysOf: (alias: string, type: string) => string[]): Promise<string> {
    const clean = alias.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (clean.length === 0 || clean.length > 200) throw badInput('alias must be 1 to 200 characters');
    const [actor] = await this.db.read<{ id: string; type: string }>(C.ACTOR_EXISTS, { id: actorId });
    if (!actor) throw notFound('actor', actorId);
    const [row] = await this.db.write<{ id: string }>(C.ADD_ALIAS, { id: actorId, alias: clean, keys: keysOf(clean, actor.type) });
    if (!row) throw notFound('actor', actorId);
    return row.id;
  }

  async correctStance(stanceId: string, change: { polarity: string | null; rejected: boolean | null; note: string | null }): Promise<string> {
    if (change.polarity === null && change.rejected === null) throw badInput('give a polarity, rejected, or both');
    if (change.note !== null && change.note.length > 2000) throw badInput('note must be at most 2000 characters');
    // Rejecting a stance (or restoring it) changes what the REPORTS counts count.
    return this.db.writeTx((tx) =>
      recountingHops(tx, [stanceId], async () => {
        const [row] = await tx.run<{ id: string }>(C.CORRECT_STANCE, { stanceId, ...change });
        if (!row) throw notFound('stance', stanceId);
        return row.id;
      }),
    );
  }

  /** Deletes an article and everything only it contributed; corrections stay for a re-ingest. */
  async deleteArticle(id: string): Promise<boolean> {
    return this.db.writeTx(async (tx) => {
      const [exists] = await tx.run('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id });
      if (!exists) return false;
      const [previous] = await tx.run<{ claimIds: string[]; actorIds: string[] }>(W.PREVIOUS_NODES, { id });
      await tx.run(W.CLEAR_CONTRIBUTION, { id });
      await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
      await tx.run(W.DELETE_ORPHANS, previous ?? { claimIds: [], actorIds: [] });
      return true;
    });
  }
}
