import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors.js';
import { decodeCursor, isPageSize, pageSize } from '../../graph/pagination.js';
import type { StanceListing } from '../../graph/repositories/stance.repository.js';
import type { Context } from '../context.js';
import { ActorConnection, ActorType } from '../types/actor.type.js';
import { ActorKind } from '../types/enums.js';
import { StanceType } from '../types/stance.type.js';
import { selectedArguments, stanceListing } from '../selection.js';
import { NestedStancesArgs, PageArgs } from './args.js';

@ArgsType()
class ActorsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Full-text search over names and aliases (typo tolerant); results by relevance.' })
  search?: string;

  @Field(() => ActorKind, { nullable: true })
  type?: ActorKind;
}

/** The stance list `stances(args)` reads under a selection: the key of its loader and what the repository reads. */
function heldStances(args: NestedStancesArgs, ctx: Context, listing: StanceListing) {
  return { polarity: args.polarity ?? null, limit: pageSize(args.first, ctx.services.config.maxPageSize), ...listing };
}

@Resolver(() => ActorType)
export class ActorResolver {
  @Query(() => ActorType, { description: 'One actor by id (a merged actor resolves to the one it was merged into).' })
  async actor(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ActorType> {
    const args = selectedArguments(info, 'stances') as NestedStancesArgs | null;
    // A "first" out of range is the stances field's error, reported there: the list is then not read here.
    const stances = args && isPageSize(args.first, ctx.services.config.maxPageSize) ? heldStances(args, ctx, stanceListing(info, ['stances'])) : null;
    if (!stances) {
      const record = await ctx.services.repos.actors.canonical(id);
      if (!record) throw notFound('actor', id);
      return ActorType.from(record);
    }
    // The actor and the stances its query asks for in one statement; the stances field below finds them in its loader.
    const found = await ctx.services.repos.actors.canonicalWithStances(id, stances);
    if (!found) throw notFound('actor', id);
    ctx.loaders.stancesOf('holder', stances.polarity, stances.limit, stances).prime(found.actor.id, ctx.loaders.primeStances(found.stances));
    return ActorType.from(found.actor);
  }

  @Query(() => ActorConnection, { description: 'Actors by name, or by relevance when searching.' })
  async actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() ctx: Context): Promise<InstanceType<typeof ActorConnection>> {
    const first = pageSize(args.first, ctx.services.config.maxPageSize);
    const filter = { search: args.search?.trim() || null, type: args.type ?? null };
    const page = await ctx.services.repos.actors.page(filter, first, decodeCursor(args.after));
    return new ActorConnection({ page: { ...page, items: page.items.map(ActorType.from) }, count: () => ctx.services.repos.actors.count(filter) });
  }

  @FieldResolver(() => [StanceType], { description: 'Stances this actor holds, newest first.' })
  async stances(@Root() actor: ActorType, @Args(() => NestedStancesArgs) args: NestedStancesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StanceType[]> {
    const stances = heldStances(args, ctx, stanceListing(info));
    return (await ctx.loaders.stancesOf('holder', stances.polarity, stances.limit, stances).load(actor.id)).map(StanceType.from);
  }

  @FieldResolver(() => [StanceType], { description: 'Stances other actors take toward this actor (criticism, praise, pressure).' })
  async stancesToward(@Root() actor: ActorType, @Args(() => NestedStancesArgs) args: NestedStancesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StanceType[]> {
    const limit = pageSize(args.first, ctx.services.config.maxPageSize);
    return (await ctx.loaders.stancesOf('targetActor', args.polarity ?? null, limit, stanceListing(info)).load(actor.id)).map(StanceType.from);
  }
}
