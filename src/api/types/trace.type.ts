import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { AppearanceRecord, ClaimTraceRecord } from '../../graph/repositories/trace.repository.js';
import { ActorType } from './actor.type.js';
import { ArticleType } from './article.type.js';
import { ClaimType } from './claim.type.js';
import { SpanType, StanceType } from './stance.type.js';

@ObjectType('ClaimAppearance', { description: 'One place a claim appears: the article, where in its text, and who says it there through whom.' })
export class ClaimAppearanceType {
  @Field(() => ArticleType)
  article!: ArticleType;

  @Field(() => ActorType, { nullable: true, description: 'The publishing outlet.' })
  outlet!: ActorType | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => SpanType)
  span!: SpanType;

  @Field(() => Float, { description: '1 for the claim as first extracted; the match score when a paraphrase was merged into it.' })
  similarity!: number;

  @Field(() => Boolean)
  isFirstReport!: boolean;

  @Field(() => [StanceType], { description: 'Stances on the claim in this article.' })
  stances!: StanceType[];

  @Field(() => [[ActorType]], { description: 'The distinct attribution chains of those stances, outermost reporter first, the holder last.' })
  chains!: ActorType[][];

  articleId!: string;
  outletId!: string | null;
  chainIds!: string[][];

  static from(r: AppearanceRecord): ClaimAppearanceType {
    return Object.assign(new ClaimAppearanceType(), {
      // Null only when the query does not ask for the article (the trace reads what it asks).
      article: r.article ? ArticleType.from(r.article) : null,
      articleId: r.articleId,
      outletId: r.outletId,
      chainIds: r.chains,
      publishedAt: r.publishedAt ? new Date(r.publishedAt) : null,
      span: r.span,
      similarity: r.similarity,
      isFirstReport: r.isFirstReport,
      stances: r.stances.map(StanceType.from),
    });
  }
}

@ObjectType('ClaimTrace', { description: 'How a claim travelled between outlets, and how many independent origins it has.' })
export class ClaimTraceType {
  @Field(() => ClaimType)
  claim!: ClaimType;

  @Field(() => [ClaimAppearanceType], { description: 'Oldest first.' })
  appearances!: ClaimAppearanceType[];

  @Field(() => ClaimAppearanceType, { nullable: true, description: 'The earliest appearance (ties: the one the others cite).' })
  firstReport!: ClaimAppearanceType | null;

  @Field(() => [ActorType], { description: 'Outlets that published it, in order of first appearance.' })
  outlets!: ActorType[];

  @Field(() => Int, {
    description: 'Appearances whose attribution chains or citations meet count once (four echoes of one report are one origin); appearances that only deny the claim count for none.',
  })
  independentOrigins!: number;

  @Field(() => [ActorType], { description: 'The source each independent origin goes back to (the original report\'s outlet, or the shared source).' })
  origins!: ActorType[];

  outletIds!: string[];
  originIds!: string[];

  static from(r: ClaimTraceRecord): ClaimTraceType {
    const appearances = r.appearances.map(ClaimAppearanceType.from);
    return Object.assign(new ClaimTraceType(), {
      claim: ClaimType.from(r.claim),
      appearances,
      firstReport: appearances[0] ?? null,
      independentOrigins: r.independentOrigins,
      outletIds: r.outletIds,
      originIds: r.originIds,
    });
  }
}
