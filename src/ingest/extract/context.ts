import type { ParsedArticle } from '../../domain/article.js';
import type { Span } from '../../domain/span.js';
import type {
  Polarity,
  ActorRelation, Attribution, ClaimRelation, Diagnostic, ExtractedActor, ExtractedClaim, ExtractedStance,
} from '../../domain/extraction.js';
import type { Token } from './nlp.js';

/** A sentence of the article that extraction may read (boilerplate is already left out). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** A headline or section title: mentions count, but it states no claims. */
  heading: boolean;
}

/** How a mention names its actor; pronouns and anonymous references add no alias. */
export type MentionKind = 'name' | 'alias' | 'title' | 'pronoun' | 'anonymous' | 'group' | 'capital' | 'outlet';

/** One place in the text that refers to an actor. */
export interface Mention {
  start: number;
  end: number;
  actor: string;
  kind: MentionKind;
  sentence: number;
}

/** A named place ("Doha" in "talks in Doha"), kept for claims. */
export interface PlaceMention {
  start: number;
  end: number;
  name: string;
}

/** Extra facts an extractor keeps about an actor beyond the domain type. */
export interface ActorInfo {
  /** ISO alpha-3 code for states; the state an organisation or person belongs to. */
  state?: string;
  /** For seats of government ("White House"): claims name the state instead. */
  seatOfGovernment?: boolean;
  /** The noun of an anonymous source ("official", "people"), to resolve "the official". */
  head?: string;
}

/**
 * What a holder says in one place, before it becomes a stance: the claim, the cue, the evidence
 * and the hints the stance extractor turns into polarity and confidence.
 */
export interface Statement {
  holder: string | null;
  claim: string;
  /** Claim the holder's position depends on ("only if ..."). */
  condition: string | null;
  /** The attribution the statement comes from, if any. */
  attribution: string | null;
  cue: Span;
  evidence: Span;
  quote: Span | null;
  polarity: Polarity | null;
  /** How the statement was found; rule-based confidence starts from it. */
  origin: 'attribution' | 'denial' | 'sentence';
  /**
   * The attribution's source only relays it ("X will act only if Y, Reuters reported"): the
   * holder is the content's subject and the source is one more reporter in the chain.
   */
  relayed?: boolean;
}

/**
 * The state that flows through the extractors. Each extractor reads it and returns a patch;
 * the pipeline merges patches in registration order, so later extractors see earlier results.
 */
export interface ExtractionState {
  article: ParsedArticle;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  actors: ExtractedActor[];
  actorInfo: Record<string, ActorInfo>;
  actorRelations: ActorRelation[];
  mentions: Mention[];
  places: PlaceMention[];
  attributions: Attribution[];
  claims: ExtractedClaim[];
  claimRelations: ClaimRelation[];
  stances: ExtractedStance[];
  diagnostics: Diagnostic[];
  statements: Statement[];
  /** Claims introduced as "claims that ..." / "reports that ...": what a later denial refers to. */
  reportedClaims: string[];
}

/** An extractor is a named pure function from the state so far to what it adds. */
export interface StageExtractor {
  readonly name: string;
  run(state: Readonly<ExtractionState>): Partial<ExtractionState>;
}
