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

/**
 * Runs `change` and then recounts the ABOUT pairs of the claims about actor `actorId` as they were
 * before it (merging or unmerging that actor changes exactly their pairs).
 */
async function recountingAbout<T>(tx: Tx, actorId: string, change: () => Promise<T>): Promise<T> {
  const [{ claimIds } = { claimIds: [] }] = await tx.run<{ claimIds: string[] }>(A.CLAIMS_ABOUT_ACTOR, { id: actorId });
  const result = await change();
  await recountAbout(tx, claimIds);
  return result;
}

async function recountAbout(tx: Tx, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length > 0) await tx.run(A.RECOUNT_ABOUT, { claimIds });
}

/** A name or alias as stored: NFC, single spaces, 1 to 200 characters. */
function cleanName(value: string, what: string): string {
  const clean = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length === 0 || clean.length > 200) throw badInput(`${what} must be 1 to 200 characters`);
  return clean;
}

/** An existing actor that is not a merge redirect (curation acts on the actor it leads to). */
async function liveActor(tx: Tx, id: string, role: string): Promise<{ id: string; name: string; type: string }> {
  const [actor] = await tx.run<{ id: string; name: string; type: string }>(C.ACTOR_EXISTS, { id });
  if (!actor) throw notFound('actor', id);
  const [merged] = await tx.run<{ keepId: string }>(C.MERGE_OF, { id });
  if (merged) {
    throw new AppError('CONFLICT', `actor ${JSON.stringify(id)} (${role}) was merged into ${JSON.stringify(merged.keepId)}; use that actor, or unmerge it first`, {
      details: { id, keepId: merged.keepId },
    });
  }
  return actor;
}

/** Human corrections; each one is a single transaction and survives re-ingestion. */
export class CurationRepository {
  constructor(private readonly db: CypherExecutor) {}

  /**
   * Moves everything of `mergeId` onto `keepId`; the merged id stays as a redirect (MERGED_INTO).
   * What moved is tagged and what could not move is stashed, so `unmergeActors` can undo it.
   */
  async mergeActors(keepId: string, mergeId: string, reason: string): Promise<string> {
    if (keepId === mergeId) throw badInput('cannot merge an actor into itself');
    return this.db.writeTx(async (tx) => {
      await liveActor(tx, keepId, 'the keeper');
      await liveActor(tx, mergeId, 'the actor to merge');
      // The chains through the merged actor change (a hop to the keeper disappears, pairs join).
      const [{ stanceIds } = { stanceIds: [] }] = await tx.run<{ stanceIds: string[] }>(R.STANCES_VIA_ACTOR, { id: mergeId });
      // Claims about both actors now count an article naming both once.
      await recountingAbout(tx, mergeId, () =>
        recountingHops(tx, stanceIds, async () => {
          for (const statement of C.MOVE_RELATIONSHIPS) await tx.run(statement, { keepId, mergeId });
          await tx.run(C.FINISH_MERGE, { keepId, mergeId, reason });
        }),
      );
      return keepId;
    });
  }

  /**
   * Undoes the human merge of `mergeId`: what the merge moved goes back, the keeper loses the
   * aliases the merge gave it, the redirect goes. Only the latest layer of a chain unwinds: when
   * the keeper was itself merged since, that merge is undone first. Returns the keeper's id.
   */
  async unmergeActors(mergeId: string): Promise<string> {
    return this.db.writeTx(async (tx) => {
      const [actor] = await tx.run<{ id: string }>(C.ACTOR_EXISTS, { id: mergeId });
      if (!actor) throw notFound('actor', mergeId);
      const [merge] = await tx.run<{ keepId: string; reversible: boolean; keeperMergedInto: string | null }>(C.MERGE_OF, { id: mergeId });
      if (!merge) throw badInput(`actor ${JSON.stringify(mergeId)} is not merged into another actor`, { id: mergeId });
      const { keepId } = merge;
      if (!merge.reversible) {
        throw new AppError(
          'NOT_REVERSIBLE',
          `actor ${JSON.stringify(mergeId)} was merged into ${JSON.stringify(keepId)} before merges recorded what they moved, so the merge cannot be undone; detachMention can move its evidence off the keeper article by article, into new actors`,
          { details: { id: mergeId, keepId } },
        );
      }
      if (merge.keeperMergedInto) {
        throw new AppError(
          'CONFLICT',
          `actor ${JSON.stringify(mergeId)} was merged into ${JSON.stringify(keepId)}, which has since been merged into ${JSON.stringify(merge.keeperMergedInto)}: unmerge ${JSON.stringify(keepId)} first`,
          { details: { id: mergeId, keepId, keeperMergedInto: merge.keeperMergedInto } },
        );
      }
      const [{ stanceIds } = { stanceIds: [] }] = await tx.run<{ stanceIds: string[] }>(C.STANCES_MOVED_VIA, { mergeId, keepId });
      // Appearances naming the merged id count for it again once the redirect is gone.
      await recountingAbout(tx, keepId, () =>
        recountingHops(tx, stanceIds, async () => {
          for (const statement of C.UNMOVE_RELATIONSHIPS) await tx.run(statement, { keepId, mergeId });
          await tx.run(C.FINISH_UNMERGE, { keepId, mergeId });
        }),
      );
      return keepId;
    });
  }

  /**
   * Moves what article `articleId` says about `actorId` to `intoId`, or to a new actor named
   * `name` (default: the same name) with the id `<actorId>@<articleId>`. The detach is recorded,
   * so a new version of the article resolves that mention to the same actor. Returns its id.
   */
  async detachMention(actorId: string, articleId: string, into: { id: string | null; name: string | null }, reason: string): Promise<string> {
    if (into.id !== null && into.name !== null) throw badInput('give intoId (an existing actor) or name (a new one), not both');
    const name = into.name === null ? null : cleanName(into.name, 'name');
    if (into.id === actorId) throw badInput('cannot detach a mention into the actor it is on');
    if (reason.length > 2000) throw badInput('reason must be at most 2000 characters');
    return this.db.writeTx(async (tx) => {
      const from = await liveActor(tx, actorId, 'the actor to detach from');
      const [article] = await tx.run<{ id: string }>('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: articleId });
      if (!article) throw notFound('article', articleId);
      const [evidence] = await tx.run<{ found: boolean }>(C.EVIDENCE_IN_ARTICLE, { actorId, articleId });
      if (!evidence?.found) throw badInput(`actor ${JSON.stringify(actorId)} is not mentioned in article ${JSON.stringify(articleId)}`, { actorId, articleId });
      const toId = into.id ?? `${actorId}@${articleId}`;
      if (into.id !== null) await liveActor(tx, toId, 'the actor to detach into');
      else if ((await tx.run(C.ACTOR_EXISTS, { id: toId })).length > 0) await liveActor(tx, toId, 'the actor detached before from this article');
      else await tx.run(C.CREATE_DETACHED_ACTOR, { fromId: actorId, toId, name: name ?? from.name });
      const [{ stanceIds } = { stanceIds: [] }] = await tx.run<{ stanceIds: string[] }>(C.ARTICLE_STANCES_VIA, { fromId: actorId, articleId });
      await recountingHops(tx, stanceIds, async () => {
        for (const statement of C.DETACH_RELATIONSHIPS) await tx.run(statement, { fromId: actorId, toId, articleId });
      });
      const [{ claimIds } = { claimIds: [] }] = await tx.run<{ claimIds: string[] }>(A.REDIRECT_ARTICLE_ABOUT, { fromId: actorId, toId, articleId });
      await recountAbout(tx, claimIds);
      await tx.run(C.RECORD_DETACHMENT, { fromId: actorId, toId, articleId, reason });
      return toId;
    });
  }

  /** Adds an alias and the lookup keys it brings (computed by the caller from the resolver's rules). */
  async addAlias(actorId: string, alias: string, keysOf: (alias: string, type: string) => string[]): Promise<string> {
    const clean = cleanName(alias, 'alias');
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
      if (previous?.claimIds.length) await tx.run(W.RECOUNT_FIRST_SEEN, { claimIds: previous.claimIds });
      await tx.run(W.DELETE_ORPHANS, previous ?? { claimIds: [], actorIds: [] });
      return true;
    });
  }
}
