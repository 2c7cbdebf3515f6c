import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import { pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { WhoSaidType } from '../types/whosaid.type.js';

@Resolver()
export class WhoSaidResolver {
  @Query(() => [WhoSaidType], { description: 'Full-text search over claim texts and stance evidence and quotes: which claims, and who said them.' })
  async whoSaid(
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<WhoSaidType[]> {
    if (!/[\p{L}\p{N}]/u.test(query)) throw badInput('"query" needs at least one letter or digit');
    const n = pageSize(first, ctx.services.config.maxPageSize, 10);
    return (await ctx.services.repos.whoSaid.search(query, n)).map(WhoSaidType.from);
  }
}
