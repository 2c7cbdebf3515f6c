import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import { pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { stanceListing } from '../selection.js';
import { WhoSaidType } from '../types/whosaid.type.js';

@Resolver()
export class WhoSaidResolver {
  @Query(() => [WhoSaidType], { description: 'Full-text search over claim texts and stance evidence and quotes: which claims, and who said them.' })
  async whoSaid(
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WhoSaidType[]> {
    if (!/[\p{L}\p{N}]/u.test(query)) throw badInput('"query" needs at least one letter or digit');
    const n = pageSize(first, ctx.services.config.maxPageSize, 10);
    const found = await ctx.services.repos.whoSaid.search(query, n, stanceListing(info, ['stances']));
    for (const { stances } of found) ctx.loaders.primeStances(stances);
    return found.map(WhoSaidType.from);
  }
}
