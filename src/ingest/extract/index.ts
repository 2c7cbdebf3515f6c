import { actorStanceExtractor } from './actor-stance.extractor.js';
import { actorExtractor } from './actor.extractor.js';
import { attributionExtractor } from './attribution.extractor.js';
import { claimExtractor } from './claim.extractor.js';
import type { StageExtractor } from './context.js';
import { relationExtractor } from './relation.extractor.js';
import { sentenceExtractor } from './sentence.extractor.js';
import { stanceExtractor } from './stance.extractor.js';

/** The rule extractors in the order they run; each sees what the ones before it found. */
export const EXTRACTORS: readonly StageExtractor[] = [
  sentenceExtractor,
  actorExtractor,
  attributionExtractor,
  claimExtractor,
  stanceExtractor,
  actorStanceExtractor,
  relationExtractor,
];

export type { ExtractionState, StageExtractor } from './context.js';
