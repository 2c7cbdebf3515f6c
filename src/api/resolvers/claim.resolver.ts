import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { notFound } from '../../errors.js';
import { decodeCursor, pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { stanceListing } from '../selection.js';
import { ClaimConnection, ClaimType } from '../types/claim.type.js';
import { Polarity } from '../types/enums.js';
import { StanceType } from '../types/stance.type.js';
import { NestedStancesArgs, PageArgs } from './args.js';

@ArgsType()
class ClaimsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text search over claim texts and quotes; results by relevance.' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Claims about this actor.' })
  aboutActorId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims this actor took a stance on.' })
  byActorId?: string;

  @Field(() => Polarity, { nullable: true, description: 'Only claims with a stance of this polarity (by byActorId when given).' })
  polarity?: Polarity;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'First seen at or after.' })
  from?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'First seen before.' })
  to?: Date;
}

@Resolver(() => ClaimType)
export class ClaimResolver {
  @Query(() => ClaimType)
  async claim(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClaimType> {
    const record = await ctx.loaders.claim.load(id);
    if (!record) throw notFound('claim', id);
    return ClaimType.from(record);
  }

  @Query(() => ClaimConnection, { description: 'Claims newest first, or by relevance when searching.' })
  async claims(@Args(() => ClaimsArgs) args: ClaimsArgs, @Ctx() ctx: Context): Promise<InstanceType<typeof ClaimConnection>> {
    const first = pageSize(args.first, ctx.services.config.maxPageSize);
    const filter = {
      search: args.search?.trim() || null,
      aboutActorId: args.aboutActorId ?? null,
      byActorId: args.byActorId ?? null,
      polarity: args.polarity ?? null,
      from: args.from?.toISOString() ?? null,
      to: args.to?.toISOString() ?? null,
    };
    const page = await ctx.services.repos.claims.page(filter, first, decodeCursor(args.after));
    return new ClaimConnection({ page: { ...page, items: page.items.map(ClaimType.from) }, count: () => ctx.services.repos.claims.count(filter) });
  }

  @FieldResolver(() => [StanceType], { description: 'Stances actors take on this claim, newest first.' })
  async stances(@Root() claim: ClaimType, @Args(() => NestedStancesArgs) args: NestedStancesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StanceType[]> {
    const limit = pageSize(args.first, ctx.services.config.maxPageSize);
    return (await ctx.loaders.stancesOf('claim', args.polarity ?? null, limit, stanceListing(info)).load(claim.id)).map(StanceType.from);
  }
}
