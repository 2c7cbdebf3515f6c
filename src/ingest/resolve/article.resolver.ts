import type { Extraction } from '../../domain/extraction.js';
import type { ClaimBinding, ResolvedArticle } from '../../domain/resolved.js';
import { type ActorDecision, ActorResolver, type ActorResolverOptions, type KnownActor } from './actor.resolver.js';
import { stableActorId } from './actor.identity.js';
import { ClaimMatcher, DEFAULT_CLAIM_THRESHOLD, type KnownClaim, stableClaimId } from './claim.matcher.js';
import { nameKey } from './name.normalize.js';

export interface ArticleResolution {
  /** What the writer stores: the extraction with its bindings. */
  article: ResolvedArticle;
  actors: ActorDecision[];
  /** Actors to create, with their aliases. */
  createdActors: KnownActor[];
  claims: ClaimBinding[];
  /** Graph id of the publishing outlet when the extraction has it as an actor. */
  outletId: string | null;
}

export interface ArticleResolverOptions extends ActorResolverOptions {
  claimThreshold?: number;
}

/**
 * Decides graph ids for one extraction against the actors and claims the graph already has
 * (candidates the caller looked up, e.g. by `lookupKeys`). Pure: the graph layer stores the
 * decisions, with their `reason`, `score` and `similarity` on the links.
 */
export function resolveArticle(extraction: Extraction, known: { actors: readonly KnownActor[]; claims: readonly KnownClaim[] }, options: ArticleResolverOptions = {}): ArticleResolution {
  const resolver = new ActorResolver(known.actors, options);
  const { decisions, created } = resolver.resolve(extraction.actors, extraction.article.id);
  const idOf = new Map(decisions.map((d) => [d.key, d.id]));
  const matcher = new ClaimMatcher(known.claims, options.claimThreshold ?? DEFAULT_CLAIM_THRESHOLD);
  // A claim and the claim it is conditioned on, denies or contradicts are two propositions by
  // construction, however many words they share: they never resolve to one id.
  const related = new Map<string, string[]>();
  for (const r of extraction.claimRelations) {
    related.set(r.from, [...(related.get(r.from) ?? []), r.to]);
    related.set(r.to, [...(related.get(r.to) ?? []), r.from]);
  }
  const bound = new Map<string, string>();
  const claims: ClaimBinding[] = extraction.claims.map((claim) => {
    const binding = bindClaim(claim);
    bound.set(claim.key, binding.id);
    return binding;
  });
  function bindClaim(claim: Extraction['claims'][number]): ClaimBinding {
    const input = { text: claim.text, actors: claim.about.map((k) => idOf.get(k)).filter((id): id is string => id !== undefined), places: claim.places };
    const exclude = new Set((related.get(claim.key) ?? []).map((k) => bound.get(k)).filter((id): id is string => id !== undefined));
    const match = matcher.match(input, exclude);
    if (match) return { key: claim.key, id: match.id, similarity: match.similarity, matchedText: match.text };
    const id = stableClaimId(claim.text);
    // A later claim of the same article can be the same proposition in other words.
    matcher.add({ ...input, id });
    return { key: claim.key, id, similarity: 1, matchedText: null };
  }
  const outlet = extraction.article.outlet;
  const outletId = outlet
    ? (decisions.find((d) => d.type === 'MEDIA' && (d.id === stableActorId(outlet, 'MEDIA') || nameKey(d.name) === nameKey(outlet)))?.id ?? null)
    : null;
  return { article: { extraction, actors: decisions, claims, outletId }, actors: decisions, createdActors: created, claims, outletId };
}
