import type { ParsedArticle } from './article.js';
import type { Span } from './span.js';

export const ACTOR_TYPES = ['PERSON', 'STATE', 'ORGANIZATION', 'MEDIA', 'GROUP', 'ANONYMOUS_SOURCE'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const POLARITIES = ['SUPPORT', 'OPPOSE', 'CONDITIONAL', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const MODALITIES = ['ASSERTED', 'HEDGED'] as const;
export type Modality = (typeof MODALITIES)[number];

export type ActorRelationType = 'MEMBER_OF' | 'PART_OF' | 'AFFILIATED_WITH';
export type ClaimRelationType = 'CONDITIONED_ON' | 'DENIES' | 'CONTRADICTS';

/** One real-world actor as found in one article; `key` is local to the extraction. */
export interface ExtractedActor {
  key: string;
  /** Canonical name ("Volodymyr Zelenskyy", "United States", "Financial Times"). */
  name: string;
  type: ActorType;
  /** Other names used for it in the article ("Zelenskyy", "Washington", "the US", "FT"). */
  aliases: string[];
  /** Title or role when given ("President", "deputy White House press secretary"). */
  title: string | null;
  /** For anonymous sources and groups: how many ("eight people ...") when stated. */
  count: number | null;
  mentions: Span[];
}

export interface ActorRelation {
  from: string;
  to: string;
  type: ActorRelationType;
  role: string | null;
}

/** A proposition, without its attribution. */
export interface ExtractedClaim {
  key: string;
  /** Normalized proposition text ("the US conditions security guarantees on Ukraine ceding Donbas"). */
  text: string;
  /** Where the content is in the article. */
  span: Span;
  modality: Modality;
  /** Keys of actors the claim is about. */
  about: string[];
  /** Places named in the claim ("Donbas", "Abu Dhabi"). */
  places: string[];
}

export interface ClaimRelation {
  from: string;
  to: string;
  type: ClaimRelationType;
}

/**
 * Who said what: source, cue and content spans as the attribution literature defines them
 * (PARC / PolNeAR). A role may have several fragments; the source may be missing.
 */
export interface Attribution {
  key: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  /** The actor the source resolves to, when it does. */
  sourceActor: string | null;
  kind: 'DIRECT' | 'INDIRECT' | 'MIXED';
  /** The attribution this one is reported through ("X reported, citing Y": Y's parent is X's). */
  via: string | null;
}

export type StanceTarget = { kind: 'CLAIM'; claim: string } | { kind: 'ACTOR'; actor: string };

/** An actor's position toward a claim or another actor, with its evidence. */
export interface ExtractedStance {
  key: string;
  actor: string;
  target: StanceTarget;
  polarity: Polarity;
  /** The words that carry the stance ("rejected", "totally false", "conditional on"). */
  cue: Span;
  /** The sentence that is the evidence. */
  evidence: Span;
  /** The quoted words, for direct quotes. */
  quote: Span | null;
  confidence: number;
  modality: Modality;
  /** For CONDITIONAL: the claim the support depends on. */
  condition: string | null;
  /**
   * Attribution chain from the outermost reporter to the holder's own voice, as actor keys:
   * [Clash Report, Financial Times, eight people familiar with the talks].
   * The article's outlet comes first when the article reports it.
   */
  chain: string[];
}

export interface Diagnostic {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  span?: Span;
}

/** Everything an extractor finds in one article. All spans index into `article.text`. */
export interface Extraction {
  article: ParsedArticle;
  actors: ExtractedActor[];
  actorRelations: ActorRelation[];
  claims: ExtractedClaim[];
  claimRelations: ClaimRelation[];
  attributions: Attribution[];
  stances: ExtractedStance[];
  diagnostics: Diagnostic[];
}

/** A pluggable extractor: the rule pipeline is one; a model behind an HTTP API could be another. */
export interface Extractor {
  readonly name: string;
  extract(article: ParsedArticle): Extraction | Promise<Extraction>;
}
