import type { CypherExecutor } from '../executor.js';
import type { ArticleProperty, ArticleRecord } from './article.repository.js';
import { CLAIM_TRACE } from '../cypher/trace.cypher.js';
import { fromValues, STANCE_PROPERTIES, type ActorRecord, type ClaimRecord, type RelatedRecords, type StanceProperty, type StanceRecord } from './records.js';

/** One appearance as read: the article's side of a claim. */
export interface AppearanceRow {
  articleId: string;
  outletId: string | null;
  publishedAt: string | null;
  start: number;
  end: number;
  text: string;
  similarity: number;
  stances: { stance: StanceRecord; chain: string[] }[];
  /** Outlets the article cites, and publishers of the articles it cites (up to three hops). */
  citedActors: string[];
  citedArticles: string[];
  /** The article's record, with the properties asked for; null when none were. */
  article: ArticleRecord | null;
}

/** An appearance as CLAIM_TRACE returns it: stances and article as value lists. */
type AppearanceValues = Omit<AppearanceRow, 'stances' | 'article'> & { stances: { values: unknown[]; chain: string[] }[]; article: unknown[] | null };

/** What a trace reads of its stances (all properties by default) and of its articles (none when null). */
export interface TraceReading {
  stanceProperties?: readonly StanceProperty[];
  articleProperties: readonly ArticleProperty[] | null;
}

export interface AppearanceRecord {
  articleId: string;
  outletId: string | null;
  publishedAt: string | null;
  span: { start: number; end: number; text: string };
  similarity: number;
  isFirstReport: boolean;
  /** The article's record with the properties the query asks for (not a complete record); null when it asks for none. */
  article: ArticleRecord | null;
  stances: StanceRecord[];
  /** Distinct attribution chains (actor ids, outermost reporter first) of the stances. */
  chains: string[][];
}

export interface ClaimTraceRecord {
  claim: ClaimRecord;
  /** Oldest first; within a day, an appearance comes after the ones it cites. */
  appearances: AppearanceRecord[];
  outletIds: string[];
  originIds: string[];
  independentOrigins: number;
  /** Every actor the trace names, so callers can serve them without another round trip. */
  related: RelatedRecords;
}

const MAX_APPEARANCES = 500;
/** String.prototype.localeCompare's order (default locale and options), without building a collator per comparison. */
const collator = new Intl.Collator();
const MAX_CITED = 100;

/** How a claim travelled: where it appeared, who reported whom, and how many independent origins it has. */
export class TraceRepository {
  constructor(private readonly db: CypherExecutor) {}

  /** The trace of a claim in one statement, reading what `reading` asks of stances and articles; null when the claim does not exist. */
  async claimTrace(claimId: string, reading: TraceReading): Promise<ClaimTraceRecord | null> {
    // The origins depend on the stances' polarity, asked for or not.
    const stanceProperties = [...new Set<StanceProperty>([...(reading.stanceProperties ?? STANCE_PROPERTIES), 'polarity'])];
    const { articleProperties } = reading;
    const [found] = await this.db.read<{ claim: ClaimRecord; rows: AppearanceValues[]; actors: ActorRecord[] }>(CLAIM_TRACE, {
      claimId,
      limit: MAX_APPEARANCES,
      maxCited: MAX_CITED,
      stanceProperties,
      articleProperties,
    });
    if (!found) return null;
    const { claim, actors } = found;
    const rows = found.rows.map((row): AppearanceRow => ({
      ...row,
      stances: row.stances.map(({ values, chain }) => ({ stance: fromValues<StanceRecord>(stanceProperties, values), chain })),
      article: row.article && articleProperties ? fromValues<ArticleRecord>(articleProperties, row.article) : null,
    }));
    return { claim, ...traceOf(rows, new Map(actors.map((a) => [a.id, a]))), related: { actors, claims: [], articles: [] } };
  }
}

/**
 * Orders appearances and groups them into independent origins. An appearance's sources are the actors
 * along the chains of its stances that assert the claim (all but the publisher) and what it cites.
 * Two appearances share an origin when they are in one article, when their sources meet, when one names
 * the other's publisher as a source, or when one cites the other's article. Appearances that only deny the claim originate nothing.
 */
export function traceOf(rows: AppearanceRow[], actors: Map<string, ActorRecord>) {
  const sources = rows.map((row) => {
    const set = new Set<string>(row.citedActors);
    for (const { stance, chain } of row.stances) if (stance.polarity !== 'OPPOSE') chain.forEach((id) => set.add(id));
    if (row.outletId) set.delete(row.outletId);
    return set;
  });
  const denialOnly = rows.map((row) => row.stances.length > 0 && row.stances.every((s) => s.stance.polarity === 'OPPOSE'));
  const indexBy = (key: (row: AppearanceRow) => string | null): Map<string, number[]> => {
    const index = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (k === null) return;
      const found = index.get(k);
      if (found) found.push(i);
      else index.set(k, [i]);
    });
    return index;
  };
  const byOutlet = indexBy((row) => row.outletId);
  const byArticle = indexBy((row) => row.articleId);
  // referred[i]: the appearances i refers to, i.e. that name i's sources as their publisher or are in articles i cites (another article's).
  const referred = rows.map((row, i) => {
    const found = new Set<number>();
    const add = (j: number): void => {
      if (rows[j]!.articleId !== row.articleId) found.add(j);
    };
    for (const id of sources[i]!) byOutlet.get(id)?.forEach(add);
    for (const id of row.citedArticles) byArticle.get(id)?.forEach(add);
    return found;
  });
  const refers = (i: number, j: number): boolean => referred[i]!.has(j);
  const citedBy = rows.map(() => 0);
  for (const found of referred) for (const j of found) citedBy[j]!++;

  // A report that cites another came after it. Within one news cycle (24 hours) that beats the
  // timestamps, which are often day-only ("January 27, 2026" reads as midnight).
  const DAY = 24 * 3600 * 1000;
  const time = rows.map((row) => (row.publishedAt ? Date.parse(row.publishedAt) : Number.POSITIVE_INFINITY));
  const order = rows.map((_, i) => i).sort((i, j) => {
    const [a, b] = [rows[i]!, rows[j]!];
    if (Math.abs(time[i]! - time[j]!) < DAY) {
      if (refers(i, j) && !refers(j, i)) return 1;
      if (refers(j, i) && !refers(i, j)) return -1;
    }
    return collator.compare(a.publishedAt ?? '9999', b.publishedAt ?? '9999') || citedBy[j]! - citedBy[i]! || collator.compare(a.articleId, b.articleId) || a.start - b.start;
  });

  // Union-find over the appearances that assert the claim: two meet when they are in one article,
  // share a source, or one refers to the other; each is joined to the first one of its article and of each source.
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number): void => {
    parent[find(j)] = find(i);
  };
  const live = order.filter((i) => !denialOnly[i]);
  const isLive = rows.map((_, i) => !denialOnly[i]);
  const firstOf = new Map<string, number>();
  const meet = (key: string, i: number): void => {
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else union(first, i);
  };
  for (const i of live) {
    meet(`article\u0000${rows[i]!.articleId}`, i);
    for (const id of sources[i]!) meet(`source\u0000${id}`, i);
    for (const j of referred[i]!) if (isLive[j]) union(i, j);
  }
  const groups = new Map<number, number[]>();
  for (const i of live) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }
  const originIds = [...new Set([...groups.values()].map((members) => originOf(members, rows, sources, citedBy, actors)).filter((id): id is string => id !== null))];

  const appearances: AppearanceRecord[] = order.map((i, rank) => {
    const row = rows[i]!;
    const chains = [...new Map(row.stances.filter((s) => s.chain.length > 0).map((s) => [s.chain.join('\u0000'), s.chain])).values()];
    return {
      articleId: row.articleId,
      outletId: row.outletId,
      publishedAt: row.publishedAt,
      span: { start: row.start, end: row.end, text: row.text },
      similarity: row.similarity,
      isFirstReport: rank === 0,
      article: row.article,
      stances: row.stances.map((s) => s.stance),
      chains,
    };
  });
  const outletIds = [...new Set(appearances.map((a) => a.outletId).filter((id): id is string => id !== null))];
  return { appearances, outletIds, originIds, independentOrigins: groups.size };
}

/**
 * The source a group of appearances goes back to: the publisher the others cite (the original report),
 * else a cited outlet we hold no article of, else a source they share, else the earliest publisher.
 * `members` are in time order.
 */
function originOf(members: number[], rows: AppearanceRow[], sources: Set<string>[], citedBy: number[], actors: Map<string, ActorRecord>): string | null {
  const refs = new Map<string, number>();
  for (const i of members) for (const id of sources[i]!) refs.set(id, (refs.get(id) ?? 0) + 1);
  const best = (ids: string[]): string | null => ids.sort((a, b) => (refs.get(b) ?? 0) - (refs.get(a) ?? 0))[0] ?? null;
  const root = members.filter((i) => citedBy[i]! > 0 && rows[i]!.outletId !== null).sort((i, j) => citedBy[j]! - citedBy[i]!)[0];
  if (root !== undefined) return rows[root]!.outletId;
  const media = best([...refs.keys()].filter((id) => actors.get(id)?.type === 'MEDIA'));
  if (media) return media;
  const shared = best([...refs.keys()].filter((id) => refs.get(id)! > 1));
  if (shared) return shared;
  const first = rows[members[0]!]!;
  return first.outletId ?? [...sources[members[0]!]!][0] ?? null;
}
