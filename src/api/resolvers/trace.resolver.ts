import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors.js';
import type { ActorRecord } from '../../graph/repositories/records.js';
import type { Context } from '../context.js';
import { selectedFields } from '../selection.js';
import { ActorType } from '../types/actor.type.js';
import { articleProperties } from '../types/article.type.js';
import { stanceProperties } from '../types/stance.type.js';
import { ClaimAppearanceType, ClaimTraceType } from '../types/trace.type.js';

async function actorsOf(ctx: Context, ids: string[]): Promise<ActorType[]> {
  const records = await ctx.loaders.actor.loadMany(ids);
  return records.filter((r): r is ActorRecord => r !== null && !(r instanceof Error)).map(ActorType.from);
}

@Resolver(() => ClaimTraceType)
export class TraceResolver {
  @Query(() => ClaimTraceType, { description: 'Where a claim appeared, oldest first, who reported whom, and how many independent origins it has.' })
  async claimTrace(@Arg('claimId', () => ID) claimId: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ClaimTraceType> {
    // firstReport is one of the appearances: the trace reads what either asks of stances and articles.
    const asked = (path: string[]): string[] => ['appearances', 'firstReport'].flatMap((field) => [...selectedFields(info, [field, ...path])]);
    const withArticles = asked([]).includes('article');
    const trace = await ctx.services.repos.traces.claimTrace(claimId, {
      stanceProperties: stanceProperties(asked(['stances'])),
      articleProperties: withArticles ? articleProperties(asked(['article'])) : null,
    });
    if (!trace) throw notFound('claim', claimId);
    // The trace already read every actor it names; the field resolvers below get them from the loader.
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
