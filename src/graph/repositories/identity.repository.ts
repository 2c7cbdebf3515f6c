import type { CypherExecutor } from '../executor.js';
import * as I from '../cypher/identity.cypher.js';

/** One article an actor is mentioned in, and why the mention is this actor. */
export interface MentionRecord {
  articleId: string;
  count: number | null;
  reason: string | null;
  score: number | null;
  /** The actors whose merges moved the mention here, the earliest merge first (empty: the resolver put it here). */
  mergedFromIds: string[];
  /** The human detach that sent the mention here, if one did. */
  detachment: DetachmentRecord | null;
}

export interface MergeRecord {
  mergedId: string;
  at: string | null;
  reason: string | null;
  reversible: boolean;
}

export interface DetachmentRecord {
  articleId: string;
  fromId: string;
  toId: string;
  at: string | null;
  reason: string | null;
}

/** Reads that explain an actor's identity; each takes a batch of actor ids and answers in key order. */
export class IdentityRepository {
  constructor(private readonly db: CypherExecutor) {}

  mentions(ids: readonly string[], limit: number): Promise<MentionRecord[][]> {
    return this.perActor<MentionRecord>(I.MENTIONS_OF, ids, { limit });
  }

  merges(ids: readonly string[]): Promise<MergeRecord[][]> {
    return this.perActor<MergeRecord>(I.MERGES_INTO, ids);
  }

  detachments(ids: readonly string[]): Promise<DetachmentRecord[][]> {
    return this.perActor<DetachmentRecord>(I.DETACHMENTS_OF, ids);
  }

  private async perActor<T>(statement: string, ids: readonly string[], params: Record<string, unknown> = {}): Promise<T[][]> {
    const rows = await this.db.read<{ id: string; items: T[] }>(statement, { ids, ...params });
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
