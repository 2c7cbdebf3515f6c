import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { notFound } from '../../errors.js';
import { decodeCursor, pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { ArticleConnection, ArticleType } from '../types/article.type.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, capped by MAX_PAGE_SIZE).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (pageInfo.endCursor or an edge cursor).' })
  after?: string;
}

@ArgsType()
class ArticlesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only articles published by this outlet (an Actor id).' })
  outletId?: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Published at or after.' })
  from?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Published before.' })
  to?: Date;
}

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { description: 'One article by id; NOT_FOUND when it does not exist.' })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ArticleType> {
    const record = await ctx.loaders.article.load(id);
    if (!record) throw notFound('article', id);
    return ArticleType.from(record);
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first, with keyset pagination.' })
  async articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() ctx: Context): Promise<InstanceType<typeof ArticleConnection>> {
    const first = pageSize(args.first, ctx.services.config.maxPageSize);
    const filter = { outletId: args.outletId ?? null, from: args.from?.toISOString() ?? null, to: args.to?.toISOString() ?? null };
    const page = await ctx.services.repos.articles.page(filter, first, decodeCursor(args.after));
    return new ArticleConnection({
      page: { ...page, items: page.items.map(ArticleType.from) },
      count: () => ctx.services.repos.articles.count(filter),
    });
  }
}
