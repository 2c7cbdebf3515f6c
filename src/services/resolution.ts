import type { ActorType, Extraction, ExtractedActor } from '../domain/extraction.js';
import type { ResolvedArticle } from '../domain/resolved.js';
import type { CypherExecutor } from '../graph/executor.js';
import { fulltextAnyQuery } from '../graph/repositories/fulltext.js';
import type { InferredRelationRow, OutletRef, WriteOutlets } from '../graph/repositories/write.repository.js';
import { lookupKeys, resolveArticle, type KnownActor, type KnownClaim } from '../ingest/resolve/index.js';

// Candidates share a blocking key (name, surname sound, acronym, curated reference, domain).
// Ids left behind by human merges lead to the actor they were merged into.
const CANDIDATE_ACTORS = `
UNWIND $keys AS key
MATCH (:ActorKey {value: key})<-[:HAS_KEY]-(x:Actor)
OPTIONAL MATCH (x)-[:MERGED_INTO*1..5]->(keeper:Actor) WHERE NOT (keeper)-[:MERGED_INTO]->()
WITH DISTINCT coalesce(keeper, x) AS x
RETURN x.id AS id, x.name AS name, x.type AS type, coalesce(x.aliases, []) AS aliases, x.title AS title
LIMIT 2000`;

const REDIRECTS = `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MERGED_INTO*1..5]->(k:Actor) WHERE NOT (k)-[:MERGED_INTO]->()
RETURN id AS from, k.id AS to, k.name AS name`;

// Mentions a human detached in this article go where they were detached to; both ends are followed
// through later merges.
const DETACHMENTS = `
MATCH (d:Detachment {articleId: $articleId})
MATCH (to:Actor {id: d.toId})
OPTIONAL MATCH (:Actor {id: d.fromId})-[:MERGED_INTO*1..5]->(fromKeeper:Actor) WHERE NOT (fromKeeper)-[:MERGED_INTO]->()
OPTIONAL MATCH (to)-[:MERGED_INTO*1..5]->(toKeeper:Actor) WHERE NOT (toKeeper)-[:MERGED_INTO]->()
WITH coalesce(fromKeeper.id, d.fromId) AS from, coalesce(toKeeper, to) AS to
RETURN from, to.id AS to, to.name AS name`;

// Claims that could be the same proposition: about the same actors, or sharing words (full text).
// ABOUT only ever ends at an Actor (about.cypher.ts), so listing a claim's actors checks no label.
const CANDIDATE_CLAIMS = `
CALL (){
  UNWIND $actorIds AS aid
  MATCH (:Actor {id: aid})<-[:ABOUT]-(c:Claim)
  RETURN c LIMIT 1000
  UNION
  UNWIND $queries AS q
  CALL db.index.fulltext.queryNodes('claim_texts', q, {limit: 20}) YIELD node AS c
  RETURN c
}
WITH DISTINCT c
RETURN c.id AS id, c.text AS text, coalesce(c.places, []) AS places, [(c)-[:ABOUT]->(x) | x.id] AS actors`;

const PUBLISHER = '__publisher';
const citedKey = (i: number): string => `__cited${i}`;

function outletActor(key: string, name: string, domain: string | null): ExtractedActor {
  return { key, name, type: 'MEDIA', aliases: domain ? [domain] : [], title: null, count: null, mentions: [] };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export interface ResolvedForWrite {
  article: ResolvedArticle;
  outlets: WriteOutlets;
  /** Actor keys (blocking keys) to store, by graph id. */
  keys: Map<string, string[]>;
  relations: InferredRelationRow[];
}

/**
 * Decides graph ids for an extraction: reads candidate actors and claims from the graph and runs
 * the cross-document resolver (src/ingest/resolve) on them. The publisher and the outlets the
 * article cites are resolved like any actor, so "FT", "Financial Times" and ft.com are one outlet.
 */
export async function resolveExtraction(db: CypherExecutor, extraction: Extraction): Promise<ResolvedForWrite> {
  const article = extraction.article;
  const sources = article.sources.filter((s) => s.outlet);
  const outletActors = [
    ...(article.outlet ? [outletActor(PUBLISHER, article.outlet, hostOf(article.url))] : []),
    ...sources.map((s, i) => outletActor(citedKey(i), s.outlet!, hostOf(s.url))),
  ];
  const toResolve = [...extraction.actors, ...outletActors];
  const keysOf = (a: ExtractedActor): string[] => lookupKeys(a.name, a.type, a.aliases);
  const allKeys = [...new Set(toResolve.flatMap(keysOf))];
  // The reads share one transaction: a transaction's begin and commit cost about what a small statement does.
  const { resolution, redirects, detachments } = await db.readTx(async (tx) => {
    const known = allKeys.length > 0 ? await tx.run<KnownActor & { type: ActorType }>(CANDIDATE_ACTORS, { keys: allKeys }) : [];
    const candidateIds = known.map((k) => k.id);
    const claimQueries = extraction.claims.map((c) => fulltextAnyQuery(c.text)).filter((q) => q !== '');
    const knownClaims =
      extraction.claims.length > 0 ? await tx.run<KnownClaim>(CANDIDATE_CLAIMS, { actorIds: candidateIds, queries: claimQueries }) : [];
    const resolution = resolveArticle({ ...extraction, actors: toResolve }, { actors: known, claims: knownClaims });
    const redirects = await tx.run<{ from: string; to: string; name: string }>(REDIRECTS, { ids: resolution.actors.map((d) => d.id) });
    const detachments = await tx.run<{ from: string; to: string; name: string }>(DETACHMENTS, { articleId: article.id });
    return { resolution, redirects, detachments };
  });
  const redirect = new Map(redirects.map((r) => [r.from, r]));
  const detached = new Map(detachments.map((r) => [r.from, r]));
  // A detached mention does not teach the actor it went to its names: other articles keep resolving as before.
  const unkeyed = new Set<string>();
  const decisions = resolution.actors.map((d) => {
    const r = redirect.get(d.id);
    const merged = r ? { ...d, id: r.to, name: r.name, reason: `${d.reason}; merged by a human into ${r.name}` } : d;
    const x = detached.get(merged.id);
    if (!x) return merged;
    unkeyed.add(d.key);
    return { ...merged, id: x.to, name: x.name, reason: `${merged.reason}; detached by a human into ${x.name}` };
  });

  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const ref = (key: string, url: string | null): OutletRef | null => {
    const d = byKey.get(key);
    return d ? { id: d.id, name: d.name, domain: hostOf(url) } : null;
  };
  const keys = new Map<string, string[]>();
  for (const actor of toResolve) {
    const d = byKey.get(actor.key);
    if (d && !unkeyed.has(actor.key)) keys.set(d.id, [...new Set([...(keys.get(d.id) ?? []), ...keysOf(actor), ...lookupKeys(d.name, d.type, [])])]);
  }
  const relations: InferredRelationRow[] = decisions.flatMap((d) =>
    d.relations.map((r) => ({ from: d.id, to: r.to, toName: r.toName, toType: r.toType, toKeys: lookupKeys(r.toName, r.toType), type: r.type, role: r.role, reason: r.reason })),
  );
  const extractedKeys = new Set(extraction.actors.map((a) => a.key));
  return {
    article: { ...resolution.article, actors: decisions.filter((d) => extractedKeys.has(d.key)), outletId: ref(PUBLISHER, article.url)?.id ?? null },
    outlets: {
      publisher: article.outlet ? ref(PUBLISHER, article.url) : null,
      cited: sources.flatMap((s, i) => {
        const o = ref(citedKey(i), s.url);
        return o ? [{ ...o, url: s.url, title: s.title, date: s.date }] : [];
      }),
    },
    keys,
    relations,
  };
}

/** Lookup keys an alias adds to an actor of the given type (so later articles resolve to it). */
export function aliasKeys(alias: string, type: string): string[] {
  return lookupKeys(alias, type as ActorType);
}
