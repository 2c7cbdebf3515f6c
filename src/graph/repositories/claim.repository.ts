import type { CypherExecutor } from '../executor.js';
import { CLAIM_FIELDS, CLAIMS_BY_IDS } from '../cypher/read.cypher.js';
import { toPage, type Cursor, type Page } from '../pagination.js';
import { searchCursors } from './actor.repository.js';
import { fulltextQuery } from './fulltext.js';
import { inKeyOrder, type ClaimRecord } from './records.js';

export interface ClaimFilter {
  search?: string | null;
  aboutActorId?: string | null;
  byActorId?: string | null;
  polarity?: string | null;
  from?: string | null;
  to?: string | null;
}

// A claim passes when the optional filters hold: about an actor, held by an actor (with a polarity), seen in a date range.
const CLAIM_WHERE = `
  ($aboutActorId IS NULL OR EXISTS { (c)-[:ABOUT]->(:Actor {id: $aboutActorId}) })
  AND ($byActorId IS NULL OR EXISTS { (:Actor {id: $byActorId})-[:HOLDS]->(s:Stance)-[:ON]->(c) WHERE $polarity IS NULL OR s.polarity = $polarity })
  AND ($polarity IS NULL OR $byActorId IS NOT NULL OR EXISTS { (s:Stance)-[:ON]->(c) WHERE s.polarity = $polarity })
  AND ($from IS NULL OR c.firstSeenAt >= $from)
  AND ($to IS NULL OR c.firstSeenAt < $to)`;

const CLAIMS_PAGE = `
MATCH (c:Claim)
WHERE ${CLAIM_WHERE}
  AND ($afterKey IS NULL OR coalesce(c.firstSeenAt, '') < $afterKey OR (coalesce(c.firstSeenAt, '') = $afterKey AND c.id > $afterId))
RETURN ${CLAIM_FIELDS} AS claim
ORDER BY coalesce(c.firstSeenAt, '') DESC, c.id
LIMIT $limit`;

const CLAIMS_SEARCH = `
CALL db.index.fulltext.queryNodes('claim_texts', $query, {limit: $indexLimit}) YIELD node AS c, score
WHERE ${CLAIM_WHERE}
RETURN ${CLAIM_FIELDS} AS claim, score
ORDER BY score DESC, c.id
SKIP $served LIMIT $limit`;

const CLAIMS_COUNT = `MATCH (c:Claim) WHERE ${CLAIM_WHERE} RETURN count(c) AS n`;
const CLAIMS_SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('claim_texts', $query) YIELD node AS c
WHERE ${CLAIM_WHERE} RETURN count(c) AS n`;

export class ClaimRepository {
  constructor(private readonly db: CypherExecutor) {}

  async byIds(ids: readonly string[]): Promise<(ClaimRecord | null)[]> {
    const rows = await this.db.read<{ claim: ClaimRecord }>(CLAIMS_BY_IDS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.claim), (c) => c.id);
  }

  /** Claims newest first (keyset on first-seen time), or by full-text relevance when searching. */
  async page(filter: ClaimFilter, first: number, after: Cursor | null): Promise<Page<ClaimRecord>> {
    const params = filterParams(filter);
    if (filter.search) {
      const served = typeof after?.key === 'number' ? after.key : 0;
      const rows = await this.db.read<{ claim: ClaimRecord }>(CLAIMS_SEARCH, {
        ...params,
        query: fulltextQuery(filter.search),
        served,
        limit: first + 1,
        indexLimit: served + first + 1,
      });
      const page = toPage(rows.map((r) => r.claim), first, () => 0);
      return { ...page, ...searchCursors(page.items, served, page.hasNextPage) };
    }
    const rows = await this.db.read<{ claim: ClaimRecord }>(CLAIMS_PAGE, {
      ...params,
      afterKey: after ? String(after.key ?? '') : null,
      afterId: after?.id ?? null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.claim), first, (c) => c.firstSeenAt ?? '');
  }

  async count(filter: ClaimFilter): Promise<number> {
    const params = filterParams(filter);
    const [row] = filter.search
      ? await this.db.read<{ n: number }>(CLAIMS_SEARCH_COUNT, { ...params, query: fulltextQuery(filter.search) })
      : await this.db.read<{ n: number }>(CLAIMS_COUNT, params);
    return row?.n ?? 0;
  }
}

const filterParams = (f: ClaimFilter) => ({
  aboutActorId: f.aboutActorId ?? null,
  byActorId: f.byActorId ?? null,
  polarity: f.polarity ?? null,
  from: f.from ?? null,
  to: f.to ?? null,
});
