export { ActorResolver, DEFAULT_ACTOR_THRESHOLD, resolveActors, type ActorDecision, type ActorResolution, type ActorResolverOptions, type InferredRelation, type KnownActor } from './actor.resolver.js';
export { canonicalKey, stableActorId } from './actor.identity.js';
export { lookupKeys } from './actor.keys.js';
export { resolveArticle, type ArticleResolution, type ArticleResolverOptions } from './article.resolver.js';
export { ClaimMatcher, DEFAULT_CLAIM_THRESHOLD, claimSimilarity, matchClaim, stableClaimId, type ClaimMatch, type ClaimSimilarity, type KnownClaim } from './claim.matcher.js';
export type { ClaimInput } from './claim.features.js';
