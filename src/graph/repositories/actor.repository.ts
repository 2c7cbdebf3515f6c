import type { CypherExecutor } from '../executor.js';
import { ACTOR_FIELDS, ACTORS_BY_IDS } from '../cypher/read.cypher.js';
import { STANCES_OF_ACTOR } from '../cypher/stance.cypher.js';
import { encodeCursor, toPage, type Cursor, type Page } from '../pagination.js';
import { inKeyOrder, type ActorRecord } from './records.js';
import { fulltextQuery } from './fulltext.js';
import { listedStances, listingParams, type ListedStance, type ListedStanceRow, type StanceListing } from './stance.repository.js';

export interface ActorFilter {
  search?: string | null;
  type?: string | null;
}

// Follows MERGED_INTO redirects left by human merges (at most 5 hops) to `id`; unknown ids stay as they are.
const REDIRECT = `
OPTIONAL MATCH (:Actor {id: $id})-[:MERGED_INTO*1..5]->(k:Actor) WHERE NOT (k)-[:MERGED_INTO]->()
WITH coalesce(k.id, $id) AS id LIMIT 1`;

const ACTOR_CANONICAL = `${REDIRECT}
MATCH (x:Actor {id: id})
RETURN ${ACTOR_FIELDS} AS actor`;

const ACTOR_CANONICAL_WITH_STANCES = `${REDIRECT}
MATCH (x:Actor {id: id})
${STANCES_OF_ACTOR}
RETURN ${ACTOR_FIELDS} AS actor, stances`;

const ACTORS_PAGE = `
MATCH (x:Actor)
WHERE ($type IS NULL OR x.type = $type) AND NOT (x)-[:MERGED_INTO]->()
  AND ($afterKey IS NULL OR x.name > $afterKey OR (x.name = $afterKey AND x.id > $afterId))
RETURN ${ACTOR_FIELDS} AS actor
ORDER BY x.name, x.id
LIMIT $limit`;

// Lucene ranks by score; the index call gets the limit (it cannot skip), and the cursor carries
// how many results were already served so the next page asks the index for that many more.
const ACTORS_SEARCH = `
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $indexLimit}) YIELD node AS x, score
WHERE ($type IS NULL OR x.type = $type) AND NOT (x)-[:MERGED_INTO]->()
RETURN ${ACTOR_FIELDS} AS actor, score
ORDER BY score DESC, x.id
SKIP $served LIMIT $limit`;

const ACTORS_COUNT = `
MATCH (x:Actor) WHERE ($type IS NULL OR x.type = $type) AND NOT (x)-[:MERGED_INTO]->()
RETURN count(x) AS n`;

const ACTORS_SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node AS x
WHERE ($type IS NULL OR x.type = $type) AND NOT (x)-[:MERGED_INTO]->()
RETURN count(x) AS n`;

export class ActorRepository {
  constructor(private readonly db: CypherExecutor) {}

  /** Follows MERGED_INTO redirects left by human merges; unknown ids come back unchanged. */
  async canonicalId(id: string): Promise<string> {
    const [row] = await this.db.read<{ id: string }>(`${REDIRECT} RETURN id`, { id });
    return row?.id ?? id;
  }

  /** The actor an id names, after its merges (one statement); null when there is none. */
  async canonical(id: string): Promise<ActorRecord | null> {
    const [row] = await this.db.read<{ actor: ActorRecord }>(ACTOR_CANONICAL, { id });
    return row?.actor ?? null;
  }

  /** `canonical`, and in the same statement the stances the actor holds as StanceRepository.ofParents('holder') lists them. */
  async canonicalWithStances(
    id: string,
    options: StanceListing & { polarity: string | null; limit: number },
  ): Promise<{ actor: ActorRecord; stances: ListedStance[] } | null> {
    const [row] = await this.db.read<{ actor: ActorRecord; stances: ListedStanceRow[] }>(ACTOR_CANONICAL_WITH_STANCES, {
      id,
      polarity: options.polarity,
      limit: options.limit,
      includeRejected: false,
      ...listingParams(options),
    });
    return row ? { actor: row.actor, stances: listedStances(row.stances, options) } : null;
  }

  async byIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    const rows = await this.db.read<{ actor: ActorRecord }>(ACTORS_BY_IDS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.actor), (a) => a.id);
  }

  /** Actors by name (keyset), or by full-text relevance when searching. */
  async page(filter: ActorFilter, first: number, after: Cursor | null): Promise<Page<ActorRecord>> {
    const type = filter.type ?? null;
    if (filter.search) {
      const served = typeof after?.key === 'number' ? after.key : 0;
      const rows = await this.db.read<{ actor: ActorRecord }>(ACTORS_SEARCH, {
        query: fulltextQuery(filter.search),
        type,
        served,
        limit: first + 1,
        indexLimit: served + first + 1,
      });
      const page = toPage(rows.map((r) => r.actor), first, () => 0);
      // Search cursors carry the running position (see ACTORS_SEARCH).
      return { ...page, ...searchCursors(page.items, served, page.hasNextPage) };
    }
    const rows = await this.db.read<{ actor: ActorRecord }>(ACTORS_PAGE, {
      type,
      afterKey: after ? String(after.key) : null,
      afterId: after?.id ?? null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.actor), first, (a) => a.name);
  }

  async count(filter: ActorFilter): Promise<number> {
    const [row] = filter.search
      ? await this.db.read<{ n: number }>(ACTORS_SEARCH_COUNT, { query: fulltextQuery(filter.search), type: filter.type ?? null })
      : await this.db.read<{ n: number }>(ACTORS_COUNT, { type: filter.type ?? null });
    return row?.n ?? 0;
  }
}

/** Cursors for a relevance-ranked page: the key is the number of results served up to that item. */
export function searchCursors<T extends { id: string }>(items: T[], served: number, hasNextPage: boolean) {
  const cursors = items.map((item, i) => encodeCursor({ key: served + i + 1, id: item.id }));
  return { cursors, endCursor: cursors.at(-1) ?? null, hasNextPage };
}
