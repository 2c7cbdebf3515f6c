import type { CypherExecutor } from '../executor.js';
import { STANCE_FIELDS, STANCES_BY_IDS } from '../cypher/read.cypher.js';
import { STANCE_LINKS, STANCES_OF } from '../cypher/stance.cypher.js';
import { toPage, type Cursor, type Page } from '../pagination.js';
import { fromValues, inKeyOrder, STANCE_PROPERTIES, type RelatedRecords, type StanceLinks, type StanceProperty, type StanceRecord } from './records.js';

export type StanceParent = 'holder' | 'claim' | 'article' | 'targetActor';

/** A linked node a stance list can read along (`outlet`: the article's publisher). */
export type StanceRelation = 'holder' | 'claim' | 'targetActor' | 'condition' | 'article' | 'outlet' | 'chain';

/** A stance of a list with its links (null when its holder or article is gone) and the related records asked for. */
export interface ListedStance {
  stance: StanceRecord;
  links: StanceLinks | null;
  related: RelatedRecords;
}

/** What a list reads of each stance: its record `properties` (all by default) and the linked nodes' records. */
export interface StanceListing {
  related: readonly StanceRelation[];
  properties?: readonly StanceProperty[];
}

/** A listed stance as LISTED_STANCE returns it. */
export interface ListedStanceRow {
  values: unknown[];
  holderId: string | null;
  links: StanceLinks | null;
  related: RelatedRecords;
}

/** Relations answered from a stance's links; the holder and the article are known from the stance itself. */
const FROM_LINKS = new Set<StanceRelation>(['claim', 'targetActor', 'condition', 'outlet', 'chain']);

/** The parameters of LISTED_STANCE for a listing: the links are read when a field that needs them is asked for. */
export function listingParams(listing: StanceListing) {
  return {
    related: listing.related,
    stanceProperties: listing.properties ?? STANCE_PROPERTIES,
    withLinks: listing.related.some((r) => FROM_LINKS.has(r)),
  };
}

/** Listed stances with their records made from the values read, and their holders' ids. */
export function listedStances(rows: ListedStanceRow[], listing: StanceListing): ListedStance[] {
  const properties = listing.properties ?? STANCE_PROPERTIES;
  return rows.map(({ values, holderId, links, related }) => ({ stance: { ...fromValues<StanceRecord>(properties, values), holderId }, links, related }));
}

export interface StanceFilter {
  actorId?: string | null;
  claimId?: string | null;
  articleId?: string | null;
  polarity?: string | null;
  includeRejected?: boolean;
}

// The optional filters of a stance list: article, holder, claim, polarity, rejected or not.
const STANCE_WHERE = `
WHERE ($articleId IS NULL OR s.articleId = $articleId)
  AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:HOLDS]->(s) })
  AND ($claimId IS NULL OR EXISTS { (s)-[:ON]->(:Claim {id: $claimId}) })
  AND ($polarity IS NULL OR s.polarity = $polarity)
  AND ($includeRejected OR NOT coalesce(s.rejected, false))`;

const STANCES_PAGE = `
MATCH (s:Stance)
${STANCE_WHERE}
  AND ($afterKey IS NULL OR coalesce(s.publishedAt, '') < $afterKey OR (coalesce(s.publishedAt, '') = $afterKey AND s.id > $afterId))
RETURN ${STANCE_FIELDS} AS stance
ORDER BY coalesce(s.publishedAt, '') DESC, s.id
LIMIT $limit`;

const STANCES_COUNT = `
MATCH (s:Stance)
${STANCE_WHERE}
RETURN count(s) AS n`;

export class StanceRepository {
  constructor(private readonly db: CypherExecutor) {}

  async byIds(ids: readonly string[]): Promise<(StanceRecord | null)[]> {
    const rows = await this.db.read<{ stance: StanceRecord }>(STANCES_BY_IDS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.stance), (s) => s.id);
  }

  /** The linked ids (holder, target, article, chain) of many stances in one round trip. */
  async links(ids: readonly string[]): Promise<(StanceLinks | null)[]> {
    const rows = await this.db.read<{ links: StanceLinks }>(STANCE_LINKS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.links), (l) => l.id);
  }

  /** Up to `limit` stances for each parent key (batched for DataLoader), newest first, with their links and `related` records. */
  async ofParents(
    parent: StanceParent,
    keys: readonly string[],
    options: StanceListing & { polarity: string | null; limit: number; includeRejected?: boolean },
  ): Promise<ListedStance[][]> {
    const rows = await this.db.read<{ key: string; stances: ListedStanceRow[] }>(STANCES_OF(parent), {
      keys,
      polarity: options.polarity,
      limit: options.limit,
      includeRejected: options.includeRejected ?? false,
      ...listingParams(options),
    });
    const byKey = new Map(rows.map((r) => [r.key, r.stances]));
    return keys.map((k) => listedStances(byKey.get(k) ?? [], options));
  }

  async count(filter: StanceFilter): Promise<number> {
    const [row] = await this.db.read<{ n: number }>(STANCES_COUNT, filterParams(filter));
    return row?.n ?? 0;
  }

  async page(filter: StanceFilter, first: number, after: Cursor | null): Promise<Page<StanceRecord>> {
    const rows = await this.db.read<{ stance: StanceRecord }>(STANCES_PAGE, {
      ...filterParams(filter),
      afterKey: after ? String(after.key ?? '') : null,
      afterId: after?.id ?? null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.stance), first, (s) => s.publishedAt ?? '');
  }
}

const filterParams = (f: StanceFilter) => ({
  articleId: f.articleId ?? null,
  actorId: f.actorId ?? null,
  claimId: f.claimId ?? null,
  polarity: f.polarity ?? null,
  includeRejected: f.includeRejected ?? false,
});
