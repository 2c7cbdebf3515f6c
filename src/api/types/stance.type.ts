import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { neededProperties, STANCE_PROPERTIES, type StanceProperty, type StanceRecord } from '../../graph/repositories/records.js';
import { Connection } from './connection.type.js';
import { Modality, Polarity } from './enums.js';

@ObjectType('Span', { description: 'A character range [start, end) into the article text, and the text it covers.' })
export class SpanType {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType('Stance', { description: "An actor's position toward a claim or another actor, with its evidence." })
export class StanceType {
  @Field(() => ID)
  id!: string;

  @Field(() => Polarity, { description: 'Current polarity (after human corrections).' })
  polarity!: Polarity;

  @Field(() => Polarity, { description: 'Polarity as extracted.' })
  extractedPolarity!: Polarity;

  @Field(() => SpanType, { description: 'The words that carry the stance ("rejected", "totally false").' })
  cue!: SpanType;

  @Field(() => SpanType, { description: 'The evidence sentence.' })
  evidence!: SpanType;

  @Field(() => SpanType, { nullable: true, description: 'The quoted words, for direct quotes.' })
  quote!: SpanType | null;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Modality)
  modality!: Modality;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [String], { description: 'Names along the attribution chain, outermost reporter first.' })
  chainNames!: string[];

  @Field(() => Boolean, { description: 'A human marked this stance as wrong.' })
  rejected!: boolean;

  @Field(() => Boolean)
  corrected!: boolean;

  @Field(() => String, { nullable: true })
  correctionNote!: string | null;

  articleId!: string;
  /** Known when the stance was listed with its holder; otherwise the holder is read through the links. */
  holderId!: string | null;

  static from(r: StanceRecord): StanceType {
    return Object.assign(new StanceType(), {
      id: r.id,
      polarity: r.polarity as Polarity,
      extractedPolarity: (r.extractedPolarity ?? r.polarity) as Polarity,
      cue: { start: r.cueStart, end: r.cueEnd, text: r.cue },
      evidence: { start: r.evidenceStart, end: r.evidenceEnd, text: r.evidence },
      quote: r.quote !== null && r.quoteStart !== null && r.quoteEnd !== null ? { start: r.quoteStart, end: r.quoteEnd, text: r.quote } : null,
      confidence: r.confidence,
      modality: r.modality as Modality,
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      chainNames: r.chainNames ?? [],
      rejected: r.rejected ?? false,
      corrected: r.corrected ?? false,
      correctionNote: r.correctionNote ?? null,
      articleId: r.articleId,
      holderId: r.holderId ?? null,
    });
  }
}

/** The record properties each field of Stance is made from (see StanceType.from); the field resolvers need only `id` and `articleId`. */
const SOURCES: Record<string, readonly StanceProperty[]> = {
  id: [],
  polarity: ['polarity'],
  extractedPolarity: ['extractedPolarity', 'polarity'],
  cue: ['cue', 'cueStart', 'cueEnd'],
  evidence: ['evidence', 'evidenceStart', 'evidenceEnd'],
  quote: ['quote', 'quoteStart', 'quoteEnd'],
  confidence: ['confidence'],
  modality: ['modality'],
  publishedAt: ['publishedAt'],
  chainNames: ['chainNames'],
  rejected: ['rejected'],
  corrected: ['corrected'],
  correctionNote: ['correctionNote'],
  holder: [],
  claim: [],
  targetActor: [],
  condition: [],
  article: [],
  outlet: [],
  chain: [],
  __typename: [],
};

/** The stance record properties needed to answer `fields` of Stance, in record order (see neededProperties). */
export function stanceProperties(fields: Iterable<string>): StanceProperty[] {
  return neededProperties(fields, SOURCES, STANCE_PROPERTIES, ['id', 'articleId']);
}

export const StanceConnection = Connection('Stance', StanceType);
