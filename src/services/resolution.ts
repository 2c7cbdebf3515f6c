import { createHash } from 'node:crypto';
import type { Extraction, ExtractedActor } from '../domain/extraction.js';
import type { ActorBinding, ClaimBinding, ResolvedArticle } from '../domain/resolved.js';
import type { CypherExecutor } from '../graph/executor.js';
import type { OutletRef } from '../graph/repositories/write.repository.js';

const CANDIDATE_ACTORS = `
UNWIND $keys AS key
MATCH (x:Actor) WHERE key IN x.keys
OPTIONAL MATCH (x)-[:MERGED_INTO]->(keeper:Actor)
WITH coalesce(keeper, x) AS x
RETURN DISTINCT x.id AS id, x.name AS name, x.type AS type, x.aliases AS aliases`;

// Ids left behind by human merges point at the actor they were merged into.
const REDIRECTS = `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MERGED_INTO*1..5]->(k:Actor) WHERE NOT (k)-[:MERGED_INTO]->()
RETURN id AS from, k.id AS to, k.name AS name`;

interface KnownActor {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

const normalize = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Deterministic graph id for an actor from its type family and normalized name. */
export function actorIdFor(name: string, type: string): string {
  return 'act_' + createHash('sha256').update(`${type}|${normalize(name)}`).digest('hex').slice(0, 16);
}

/** Deterministic graph id for a claim from its normalized text. */
export function claimIdFor(text: string): string {
  return 'clm_' + createHash('sha256').update(normalize(text)).digest('hex').slice(0, 16);
}

function outletRef(name: string, domain: string | null): OutletRef {
  return { id: actorIdFor(name, 'MEDIA'), name, domain, keys: [name.toLowerCase(), ...(domain ? [domain] : [])] };
}

/** Binds each extracted actor to an existing graph actor sharing a name or alias, else to a new one. */
function bindActors(actors: ExtractedActor[], known: KnownActor[]): ActorBinding[] {
  return actors.map((actor) => {
    const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
    const match = known.find((k) => k.type === actor.type && names.some((n) => n === k.name.toLowerCase() || k.aliases.map((a) => a.toLowerCase()).includes(n)));
    const base = { key: actor.key, name: actor.name, type: actor.type, aliases: actor.aliases, title: actor.title, count: actor.count };
    return match
      ? { ...base, id: match.id, name: match.name, reason: `same name or alias as existing actor ${match.name}`, score: 1 }
      : { ...base, id: actorIdFor(actor.name, actor.type), reason: 'new actor', score: 1 };
  });
}

/** Decides graph ids for an extraction's actors, claims and outlets, reading candidates from the graph. */
export async function resolveExtraction(
  db: CypherExecutor,
  extraction: Extraction,
): Promise<{ article: ResolvedArticle; outlets: { publisher: OutletRef | null; cited: (OutletRef & { url: string | null; title: string; date: string | null })[] } }> {
  const keys = [...new Set(extraction.actors.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase()))];
  const known = keys.length > 0 ? await db.read<KnownActor>(CANDIDATE_ACTORS, { keys }) : [];
  const bound = bindActors(extraction.actors, known);
  const redirects = await db.read<{ from: string; to: string; name: string }>(REDIRECTS, { ids: bound.map((a) => a.id) });
  const redirect = new Map(redirects.map((r) => [r.from, r]));
  const actors = bound.map((a) => {
    const r = redirect.get(a.id);
    return r ? { ...a, id: r.to, name: r.name, reason: `${a.reason}; merged by a human into ${r.name}` } : a;
  });
  const claims: ClaimBinding[] = extraction.claims.map((c) => ({ key: c.key, id: claimIdFor(c.text), similarity: 1, matchedText: null }));
  const article = extraction.article;
  const publisherActor = actors.find((a) => a.type === 'MEDIA' && article.outlet !== null && a.name.toLowerCase() === article.outlet.toLowerCase());
  const domain = article.url ? new URL(article.url).hostname.replace(/^www\./, '') : null;
  const publisher = publisherActor
    ? { id: publisherActor.id, name: publisherActor.name, domain, keys: [publisherActor.name.toLowerCase()] }
    : article.outlet
      ? outletRef(article.outlet, domain)
      : null;
  const cited = article.sources
    .filter((s) => s.outlet)
    .map((s) => ({ ...outletRef(s.outlet!, s.url ? safeHost(s.url) : null), url: s.url, title: s.title, date: s.date }));
  return { article: { extraction, actors, claims, outletId: publisher?.id ?? null }, outlets: { publisher, cited } };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
