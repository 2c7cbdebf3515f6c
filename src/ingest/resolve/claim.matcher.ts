import { createHash } from 'node:crypto';
import { type ClaimFeatures, type ClaimInput, claimFeatures } from './claim.features.js';

export type { ClaimInput } from './claim.features.js';

/** Similarity at or above which two claims are the same proposition. Tuned on hand-made pairs. */
export const DEFAULT_CLAIM_THRESHOLD = 0.6;
/** Factor applied when one claim asserts what the other denies or negates. */
export const POLARITY_PENALTY = 0.5;

export interface ClaimSimilarity {
  /** In [0, 1]: weighted overlap of concepts, halved when polarities differ. */
  similarity: number;
  /** The weighted overlap before the polarity check. */
  overlap: number;
  polarityMismatch: boolean;
  /** Dice overlap of what the two claims assert (their predicates); 1 when either has none. */
  predicateAgreement: number;
  /** Concepts both claims share ("@state:united-states", "=cede", "#donbas", "secur"). */
  shared: string[];
}

/**
 * Weighted Dice overlap of two claims' concepts: actors (by graph id) and places count, what the
 * claim asserts (its predicate: link, cede, deny) counts double. Claims that assert different
 * things about the same actors are scaled down by how little their predicates agree ("delays
 * tariffs" vs "imposes tariffs": halved), and a claim that denies what the other asserts scores
 * at most half.
 */
export function claimSimilarity(a: ClaimInput | ClaimFeatures, b: ClaimInput | ClaimFeatures): ClaimSimilarity {
  const fa = 'weights' in a ? a : claimFeatures(a);
  const fb = 'weights' in b ? b : claimFeatures(b);
  let shared = 0;
  let total = 0;
  const common: string[] = [];
  for (const [concept, w] of fa.weights) {
    total += w;
    const other = fb.weights.get(concept);
    if (other !== undefined) {
      shared += Math.min(w, other);
      common.push(concept);
    }
  }
  for (const w of fb.weights.values()) total += w;
  const overlap = total === 0 ? 0 : (2 * shared) / total;
  const polarityMismatch = fa.negative !== fb.negative;
  const predicateAgreement = fa.predicates.size === 0 || fb.predicates.size === 0 ? 1 : dice(fa.predicates, fb.predicates);
  const similarity = overlap * (0.5 + 0.5 * predicateAgreement) * (polarityMismatch ? POLARITY_PENALTY : 1);
  return { similarity: round(similarity), overlap: round(overlap), polarityMismatch, predicateAgreement: round(predicateAgreement), shared: common.sort() };
}

export interface KnownClaim extends ClaimInput {
  id: string;
}

export interface ClaimMatch {
  id: string;
  text: string;
  similarity: number;
  shared: string[];
}

/**
 * Matches claims against those known so far: the best known claim at or above the threshold,
 * ties broken by id so the result does not depend on the order claims were added.
 */
export class ClaimMatcher {
  private readonly known: { claim: KnownClaim; features: ClaimFeatures }[] = [];

  constructor(known: readonly KnownClaim[] = [], private readonly threshold = DEFAULT_CLAIM_THRESHOLD) {
    for (const claim of known) this.add(claim);
  }

  add(claim: KnownClaim): void {
    this.known.push({ claim, features: claimFeatures(claim) });
  }

  /** The best match at or above the threshold; `exclude` holds ids the claim must not become. */
  match(claim: ClaimInput, exclude: ReadonlySet<string> = new Set()): ClaimMatch | null {
    const features = claimFeatures(claim);
    let best: ClaimMatch | null = null;
    for (const k of this.known) {
      if (exclude.has(k.claim.id)) continue;
      const s = claimSimilarity(features, k.features);
      if (s.similarity < this.threshold) continue;
      if (!best || s.similarity > best.similarity || (s.similarity === best.similarity && k.claim.id < best.id)) {
        best = { id: k.claim.id, text: k.claim.text, similarity: s.similarity, shared: s.shared };
      }
    }
    return best;
  }
}

/** The best match for one claim among `known`, or null: the stateless form of ClaimMatcher. */
export function matchClaim(claim: ClaimInput, known: readonly KnownClaim[], threshold = DEFAULT_CLAIM_THRESHOLD): ClaimMatch | null {
  return new ClaimMatcher(known, threshold).match(claim);
}

/** A deterministic claim id from its normalized text: case, punctuation and spacing do not matter. */
export function stableClaimId(text: string): string {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `claim:${createHash('sha256').update(normalized).digest('hex').slice(0, 16)}`;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return (2 * both) / (a.size + b.size);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
