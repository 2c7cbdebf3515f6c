import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { deletedWhileReading } from '../../errors.js';
import { decodeCursor, pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import type { ActorRecord } from '../../graph/repositories/records.js';
import { ActorType } from '../types/actor.type.js';
import { ArticleType } from '../types/article.type.js';
import { ClaimType } from '../types/claim.type.js';
import { Polarity } from '../types/enums.js';
import { StanceConnection, StanceType } from '../types/stance.type.js';
import { PageArgs } from './args.js';

@ArgsType()
class StancesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Stances held by this actor.' })
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Stances on this claim.' })
  claimId?: string;

  @Field(() => ID, { nullable: true, description: 'Stances with evidence in this article.' })
  articleId?: string;

  @Field(() => Polarity, { nullable: true })
  polarity?: Polarity;

  @Field(() => Boolean, { nullable: true, description: 'Include stances a human rejected (default false).' })
  includeRejected?: boolean;
}

/**
 * The holder, target and chain of a stance. Neo4j reads are read-committed: a read that overlaps a
 * concurrent write can see a stance without its links for a moment, so a miss is read once more
 * before it is reported as deleted.
 */
async function links(stance: StanceType, ctx: Context) {
  const found = (await ctx.loaders.stanceLinks.load(stance.id)) ?? (await ctx.loaders.stanceLinks.clear(stance.id).load(stance.id));
  if (!found) throw deletedWhileReading('stance', stance.id);
  return found;
}

@Resolver(() => StanceType)
export class StanceResolver {
  @Query(() => StanceConnection, { description: 'Stances, newest first, filtered by holder, claim, article or polarity.' })
  async stances(@Args(() => StancesArgs) args: StancesArgs, @Ctx() ctx: Context): Promise<InstanceType<typeof StanceConnection>> {
    const first = pageSize(args.first, ctx.services.config.maxPageSize);
    const filter = { actorId: args.actorId ?? null, claimId: args.claimId ?? null, articleId: args.articleId ?? null, polarity: args.polarity ?? null, includeRejected: args.includeRejected ?? false };
    const page = await ctx.services.repos.stances.page(filter, first, decodeCursor(args.after));
    return new StanceConnection({ page: { ...page, items: page.items.map(StanceType.from) }, count: () => ctx.services.repos.stances.count(filter) });
  }

  @FieldResolver(() => ActorType, { description: 'Who holds the stance.' })
  async holder(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ActorType> {
    const holderId = stance.holderId ?? (await links(stance, ctx)).holderId;
    const record = await ctx.loaders.actor.load(holderId);
    if (!record) throw deletedWhileReading('actor', holderId, `holder of stance ${JSON.stringify(stance.id)}`);
    return ActorType.from(record);
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'The claim the stance is on (null when it is toward an actor).' })
  async claim(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ClaimType | null> {
    const { claimId } = await links(stance, ctx);
    const record = claimId ? await ctx.loaders.claim.load(claimId) : null;
    return record ? ClaimType.from(record) : null;
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The actor the stance is toward (criticism, praise, pressure).' })
  async targetActor(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ActorType | null> {
    const { targetActorId } = await links(stance, ctx);
    const record = targetActorId ? await ctx.loaders.actor.load(targetActorId) : null;
    return record ? ActorType.from(record) : null;
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'For CONDITIONAL stances: the claim the support depends on.' })
  async condition(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ClaimType | null> {
    const { conditionId } = await links(stance, ctx);
    const record = conditionId ? await ctx.loaders.claim.load(conditionId) : null;
    return record ? ClaimType.from(record) : null;
  }

  @FieldResolver(() => ArticleType, { description: 'The article the evidence is in.' })
  async article(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ArticleType> {
    const record = await ctx.loaders.article.load(stance.articleId);
    if (!record) throw deletedWhileReading('article', stance.articleId, `of stance ${JSON.stringify(stance.id)}`);
    return ArticleType.from(record);
  }

  @FieldResolver(() => ActorType, { nullable: true, description: "The article's publishing outlet." })
  async outlet(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ActorType | null> {
    const { outletId } = await links(stance, ctx);
    const record = outletId ? await ctx.loaders.actor.load(outletId) : null;
    return record ? ActorType.from(record) : null;
  }

  @FieldResolver(() => [ActorType], { description: 'The attribution chain, outermost reporter first, the holder last.' })
  async chain(@Root() stance: StanceType, @Ctx() ctx: Context): Promise<ActorType[]> {
    const { chain } = await links(stance, ctx);
    const records = await ctx.loaders.actor.loadMany(chain);
    return records.filter((r): r is ActorRecord => r !== null && !(r instanceof Error)).map(ActorType.from);
  }
}
