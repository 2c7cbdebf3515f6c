import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../../domain/article.js';
import type { ResolvedArticle } from '../../domain/resolved.js';
import type { CypherExecutor, Tx } from '../executor.js';
import { ADD_ARTICLE_HOPS } from '../cypher/reports.cypher.js';
import * as W from '../cypher/write.cypher.js';

export interface WriteResult {
  articleId: string;
  /** 'created', 'updated' (a changed version replaced the old one) or 'unchanged'. */
  status: 'created' | 'updated' | 'unchanged';
  actors: number;
  claims: number;
  stances: number;
}

export interface OutletRef {
  id: string;
  name: string;
  domain: string | null;
}

export interface WriteOutlets {
  publisher: OutletRef | null;
  cited: (OutletRef & { url: string | null; title: string; date: string | null })[];
}

/** A relation to a parent actor that curated data implies; the parent is created when missing. */
export interface InferredRelationRow {
  from: string;
  to: string;
  toName: string;
  toType: string;
  toKeys: string[];
  type: 'MEMBER_OF' | 'PART_OF' | 'AFFILIATED_WITH';
  role: string | null;
  reason: string;
}

/** Everything the writer needs for one article: bindings, outlets, lookup keys, inferred relations. */
export interface ArticleWrite {
  article: ResolvedArticle;
  outlets: WriteOutlets;
  keys: Map<string, string[]>;
  relations: InferredRelationRow[];
}

/** Deterministic stance id: independent of actor resolution, so corrections survive re-ingestion and merges. */
export function stanceId(articleId: string, parts: (string | number)[]): string {
  return 's_' + createHash('sha256').update([articleId, ...parts].join('\u241f')).digest('hex').slice(0, 20);
}

/** Writes one resolved article in one transaction: all of it or nothing. */
export class WriteRepository {
  constructor(private readonly db: CypherExecutor) {}

  async writeArticle(write: ArticleWrite): Promise<WriteResult> {
    const resolved = write.article;
    const { extraction } = resolved;
    const article = extraction.article;
    return this.db.writeTx(async (tx) => {
      const [existing] = await tx.run<{ id: string | null; contentHash: string | null }>(W.EXISTING_ARTICLE, {
        id: article.id,
        url: article.url,
      });
      const articleId = existing?.id ?? article.id;
      const counts = { actors: resolved.actors.length, claims: resolved.claims.length, stances: extraction.stances.length };
      if (existing?.id && existing.contentHash === article.contentHash) {
        return { articleId, status: 'unchanged', ...counts };
      }
      let previous = { claimIds: [] as string[], actorIds: [] as string[] };
      if (existing?.id) {
        [previous = previous] = await tx.run<typeof previous>(W.PREVIOUS_NODES, { id: articleId });
        await tx.run(W.CLEAR_CONTRIBUTION, { id: articleId });
        // The old version's appearances are gone; the new version's lower firstSeenAt again as they are written.
        if (previous.claimIds.length > 0) await tx.run(W.RECOUNT_FIRST_SEEN, { claimIds: previous.claimIds });
      }
      await tx.run(W.MERGE_ARTICLE, { article: articleProps({ ...article, id: articleId }) });
      await this.writeBody(tx, articleId, write);
      if (existing?.id) await tx.run(W.DELETE_ORPHANS, previous);
      return { articleId, status: existing?.id ? 'updated' : 'created', ...counts };
    });
  }

  private async writeBody(tx: Tx, articleId: string, write: ArticleWrite): Promise<void> {
    const { article: resolved, outlets } = write;
    const { extraction } = resolved;
    const actorId = new Map(resolved.actors.map((a) => [a.key, a.id]));
    const claimId = new Map(resolved.claims.map((c) => [c.key, c.id]));
    const byKey = new Map(extraction.actors.map((a) => [a.key, a]));

    if (resolved.actors.length > 0) {
      await tx.run(W.MERGE_ACTORS, {
        articleId,
        actors: resolved.actors.map((b) => {
          const mentions = byKey.get(b.key)?.mentions ?? [];
          return {
            id: b.id,
            name: b.name,
            type: b.type,
            title: b.title,
            count: b.count,
            aliases: b.aliases,
            mentionCount: mentions.length,
            mentions: mentions.slice(0, 50).map((m) => `${m.start}:${m.end}`),
            reason: b.reason,
            score: b.score,
          };
        }),
      });
    }
    if (outlets.publisher) await tx.run(W.PUBLISHED_BY, { articleId, outlet: outlets.publisher });
    if (outlets.cited.length > 0) {
      await tx.run(W.CITES, {
        articleId,
        sources: outlets.cited.map((o) => ({ outletId: o.id, outlet: o.name, domain: o.domain, url: o.url, title: o.title, date: o.date })),
      });
    }
    for (const type of ['MEMBER_OF', 'PART_OF', 'AFFILIATED_WITH'] as const) {
      // One row per pair, folded as successive MERGEs would: the first role given, the last reason.
      const relations = onePerPair(
        write.relations.filter((r) => r.type === type && r.from !== r.to),
        (kept, r) => ({ ...kept, role: kept.role ?? r.role, reason: r.reason }),
      );
      if (relations.length > 0) await tx.run(W.inferredRelation(type), { articleId, relations });
    }
    const keyRows = [...write.keys].map(([id, keys]) => ({ id, keys }));
    for (const r of write.relations) keyRows.push({ id: r.to, keys: r.toKeys });
    if (keyRows.length > 0) await tx.run(W.MERGE_KEYS, { rows: keyRows });
    for (const type of ['MEMBER_OF', 'PART_OF', 'AFFILIATED_WITH'] as const) {
      const relations = extraction.actorRelations
        .filter((r) => r.type === type && actorId.has(r.from) && actorId.has(r.to) && actorId.get(r.from) !== actorId.get(r.to))
        .map((r) => ({ from: actorId.get(r.from)!, to: actorId.get(r.to)!, role: r.role }));
      // One row per pair; the last role given wins, as successive MERGEs setting it would leave it.
      const pairs = onePerPair(relations, (kept, r) => ({ ...kept, role: r.role }));
      if (pairs.length > 0) await tx.run(W.actorRelation(type), { articleId, relations: pairs });
    }

    const bindings = new Map(resolved.claims.map((c) => [c.key, c]));
    const quotes = new Map<string, string>();
    for (const s of extraction.stances) {
      if (s.target.kind === 'CLAIM' && s.quote) quotes.set(s.target.claim, s.quote.text);
    }
    const claims = extraction.claims
      .filter((c) => bindings.has(c.key))
      .map((c) => {
        const b = bindings.get(c.key)!;
        return {
          id: b.id,
          text: c.text,
          modality: c.modality,
          places: c.places,
          start: c.span.start,
          end: c.span.end,
          spanText: c.span.text,
          similarity: b.similarity,
          matchedText: b.matchedText,
          quote: quotes.get(c.key) ?? null,
          about: [...new Set(c.about.map((k) => actorId.get(k)).filter((x): x is string => x !== undefined))],
        };
      });
    if (claims.length > 0) await tx.run(W.MERGE_CLAIMS, { articleId, claims });
    for (const type of ['CONDITIONED_ON', 'DENIES', 'CONTRADICTS'] as const) {
      const relations = extraction.claimRelations
        .filter((r) => r.type === type && claimId.has(r.from) && claimId.has(r.to) && claimId.get(r.from) !== claimId.get(r.to))
        .map((r) => ({ from: claimId.get(r.from), to: claimId.get(r.to) }));
      if (relations.length > 0) await tx.run(W.claimRelation(type), { articleId, relations });
    }

    const stances = extraction.stances
      .filter((s) => actorId.has(s.actor))
      .map((s) => {
        const holder = byKey.get(s.actor);
        const targetText = s.target.kind === 'CLAIM' ? extraction.claims.find((c) => c.key === (s.target as { claim: string }).claim)?.text ?? '' : byKey.get(s.target.actor)?.name ?? '';
        const chain = s.chain.map((k) => actorId.get(k)).filter((x): x is string => x !== undefined);
        return {
          id: stanceId(articleId, [holder?.name ?? s.actor, s.target.kind, targetText, s.cue.start, s.evidence.start]),
          actorId: actorId.get(s.actor),
          targetClaimId: s.target.kind === 'CLAIM' ? claimId.get(s.target.claim) ?? null : null,
          targetActorId: s.target.kind === 'ACTOR' ? actorId.get(s.target.actor) ?? null : null,
          conditionId: s.condition ? claimId.get(s.condition) ?? null : null,
          chain,
          props: {
            polarity: s.polarity,
            extractedPolarity: s.polarity,
            targetKind: s.target.kind,
            cue: s.cue.text,
            cueStart: s.cue.start,
            cueEnd: s.cue.end,
            evidence: s.evidence.text,
            evidenceStart: s.evidence.start,
            evidenceEnd: s.evidence.end,
            quote: s.quote?.text ?? null,
            quoteStart: s.quote?.start ?? null,
            quoteEnd: s.quote?.end ?? null,
            confidence: s.confidence,
            modality: s.modality,
            rejected: false,
            chainNames: s.chain.map((k) => byKey.get(k)?.name ?? k),
          },
        };
      })
      .filter((s) => s.targetClaimId !== null || s.targetActorId !== null);
    if (stances.length > 0) await tx.run(W.MERGE_STANCES, { articleId, stances });
    await tx.run(W.RELINK_CORRECTIONS, { articleId });
    await tx.run(W.APPLY_CORRECTIONS, { articleId });
    // After the corrections: a stance they reject is not counted.
    if (stances.length > 0) await tx.run(ADD_ARTICLE_HOPS, { articleId });
  }
}

/**
 * One row per (from, to) pair, at the place of its first occurrence; later rows of the pair are
 * folded into it by `fold`. The relation statements create a pair's relationship when it is missing,
 * which equals a MERGE only if each pair comes once.
 */
function onePerPair<T extends { from: string; to: string }>(rows: readonly T[], fold: (kept: T, row: T) => T): T[] {
  const byPair = new Map<string, T>();
  for (const row of rows) {
    const key = `${row.from}\u241f${row.to}`;
    const kept = byPair.get(key);
    byPair.set(key, kept ? fold(kept, row) : row);
  }
  return [...byPair.values()];
}

/** The article's own properties as stored on the node (no nested maps: Neo4j properties are flat). */
function articleProps(article: ParsedArticle): Record<string, unknown> {
  const m = article.metadata;
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    text: article.text,
    format: article.format,
    publishedAt: article.publishedAt,
    contentHash: article.contentHash,
    category: typeof m.category === 'string' ? m.category : null,
    sentimentScore: typeof m.sentimentScore === 'number' ? m.sentimentScore : null,
    sentimentLabel: typeof m.sentimentLabel === 'string' ? m.sentimentLabel : null,
    tldr: Array.isArray(m.tldr) ? m.tldr.map(String) : null,
    dek: typeof m.dek === 'string' ? m.dek : null,
    outletName: article.outlet,
    sourcesJson: JSON.stringify(article.sources),
    metadataJson: JSON.stringify(m),
  };
}
