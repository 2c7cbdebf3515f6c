import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { deletedWhileReading, notFound } from '../../errors.js';
import type { ActorRecord } from '../../graph/repositories/records.js';
import type { Context } from '../context.js';
import { selectedFields } from '../selection.js';
import { ActorType } from '../types/actor.type.js';
import { ArticleType } from '../types/article.type.js';
import { ClaimAppearanceType, ClaimTraceType } from '../types/trace.type.js';

async function actorsOf(ctx: Context, ids: string[]): Promise<ActorType[]> {
  const records = await ctx.loaders.actor.loadMany(ids);
  return records.filter((r): r is ActorRecord => r !== null && !(r instanceof Error)).map(ActorType.from);
}

@Resolver(() => ClaimTraceType)
export class TraceResolver {
  @Query(() => ClaimTraceType, { description: 'Where a claim appeared, oldest first, who reported whom, and how many independent origins it has.' })
  async claimTrace(@Arg('claimId', () => ID) claimId: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ClaimTraceType> {
    const withArticles = selectedFields(info, ['appearances']).has('article') || selectedFields(info, ['firstReport']).has('article');
    const trace = await ctx.services.repos.traces.claimTrace(claimId, { withArticles });
    if (!trace) throw notFound('claim', claimId);
    // The trace already read every actor it names (and the articles); the field resolvers below get them from the loaders.
    ctx.loaders.prime(trace.related);
    return ClaimTraceType.from(trace);
  }

  @FieldResolver(() => [ActorType])
  outlets(@Root() trace: ClaimTraceType, @Ctx() ctx: Context): Promise<ActorType[]> {
    return actorsOf(ctx, trace.outletIds);
  }

  @FieldResolver(() => [ActorType])
  origins(@Root() trace: ClaimTraceType, @Ctx() ctx: Context): Promise<ActorType[]> {
    return actorsOf(ctx, trace.originIds);
  }
}

@Resolver(() => ClaimAppearanceType)
export class ClaimAppearanceResolver {
  @FieldResolver(() => ArticleType)
  async article(@Root() appearance: ClaimAppearanceType, @Ctx() ctx: Context): Promise<ArticleType> {
    const record = await ctx.loaders.article.load(appearance.articleId);
    if (!record) throw deletedWhileReading('article', appearance.articleId, 'of a claim appearance');
    return ArticleType.from(record);
  }

  @FieldResolver(() => ActorType, { nullable: true })
  async outlet(@Root() appearance: ClaimAppearanceType, @Ctx() ctx: Context): Promise<ActorType | null> {
    const record = appearance.outletId ? await ctx.loaders.actor.load(appearance.outletId) : null;
    return record ? ActorType.from(record) : null;
  }

  @FieldResolver(() => [[ActorType]])
  async chains(@Root() appearance: ClaimAppearanceType, @Ctx() ctx: Context): Promise<ActorType[][]> {
    return Promise.all(appearance.chainIds.map((chain) => actorsOf(ctx, chain)));
  }
}
