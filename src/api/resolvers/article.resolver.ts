import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { NestedStancesArgs, PageArgs } from './args.js';
import { ActorType } from '../types/actor.type.js';
import { StanceType } from '../types/stance.type.js';
import { DateTimeISOResolver } from 'graphql-scalars';
import { deletedWhileReading, notFound } from '../../errors.js';
import { decodeCursor, pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { stanceListing } from '../selection.js';
import { ArticleConnection, ArticleType } from '../types/article.type.js';

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

  @FieldResolver(() => String, { description: 'The stored article text; spans index into it.' })
  async text(@Root() article: ArticleType, @Ctx() ctx: Context): Promise<string> {
    const text = await ctx.loaders.articleText.load(article.id);
    if (text === null) throw deletedWhileReading('article', article.id);
    return text;
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The publishing outlet.' })
  async outlet(@Root() article: ArticleType, @Ctx() ctx: Context): Promise<ActorType | null> {
    if (!article.outletId) return null;
    const record = await ctx.loaders.actor.load(article.outletId);
    return record ? ActorType.from(record) : null;
  }

  @FieldResolver(() => [StanceType], { description: 'Stances whose evidence is in this article.' })
  async stances(@Root() article: ArticleType, @Args(() => NestedStancesArgs) args: NestedStancesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StanceType[]> {
    const limit = pageSize(args.first, ctx.services.config.maxPageSize);
    const records = await ctx.loaders.stancesOf('article', args.polarity ?? null, limit, stanceListing(info)).load(article.id);
    return records.map(StanceType.from);
  }
}
