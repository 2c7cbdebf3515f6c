import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { deletedWhileReading } from '../../errors.js';
import { pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { ActorType } from '../types/actor.type.js';
import { ArticleType } from '../types/article.type.js';
import { ActorMentionType, ActorMergeType, MentionDetachmentType } from '../types/identity.type.js';

@ArgsType()
class MentionsArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many articles, newest first (default 20, capped by MAX_PAGE_SIZE).' })
  first?: number;
}

async function actor(ctx: Context, id: string, role: string): Promise<ActorType> {
  const record = await ctx.loaders.actor.load(id);
  if (!record) throw deletedWhileReading('actor', id, role);
  return ActorType.from(record);
}

async function article(ctx: Context, id: string): Promise<ArticleType> {
  const record = await ctx.loaders.article.load(id);
  if (!record) throw deletedWhileReading('article', id);
  return ArticleType.from(record);
}

/** Why mentions are one actor: per-article decisions, and the human merges and detaches behind them. */
@Resolver(() => ActorType)
export class ActorIdentityResolver {
  @FieldResolver(() => [ActorMentionType], { description: 'The articles that mention the actor, newest first, each with why its mentions are this actor.' })
  async mentions(@Root() root: ActorType, @Args(() => MentionsArgs) args: MentionsArgs, @Ctx() ctx: Context): Promise<ActorMentionType[]> {
    const limit = pageSize(args.first, ctx.services.config.maxPageSize);
    return (await ctx.loaders.mentionsOf(limit).load(root.id)).map(ActorMentionType.from);
  }

  @FieldResolver(() => [ActorMergeType], { description: 'Actors a human merged into this one, oldest first (reversible with `unmergeActors`).' })
  async merges(@Root() root: ActorType, @Ctx() ctx: Context): Promise<ActorMergeType[]> {
    return (await ctx.loaders.merges.load(root.id)).map(ActorMergeType.from);
  }

  @FieldResolver(() => [MentionDetachmentType], { description: 'Mentions a human detached from this actor or into it, oldest first.' })
  async detachments(@Root() root: ActorType, @Ctx() ctx: Context): Promise<MentionDetachmentType[]> {
    return (await ctx.loaders.detachments.load(root.id)).map(MentionDetachmentType.from);
  }
}

@Resolver(() => ActorMentionType)
export class ActorMentionResolver {
  @FieldResolver(() => ArticleType)
  article(@Root() mention: ActorMentionType, @Ctx() ctx: Context): Promise<ArticleType> {
    return article(ctx, mention.articleId);
  }

  @FieldResolver(() => [ActorType], { description: 'The actors whose human merges moved this mention here, the earliest first; empty when the resolver decided it.' })
  mergedFrom(@Root() mention: ActorMentionType, @Ctx() ctx: Context): Promise<ActorType[]> {
    return Promise.all(mention.mergedFromIds.map((id) => actor(ctx, id, 'merged actor')));
  }
}

@Resolver(() => ActorMergeType)
export class ActorMergeResolver {
  @FieldResolver(() => ActorType, { description: 'The merged actor (its id redirects here).' })
  actor(@Root() merge: ActorMergeType, @Ctx() ctx: Context): Promise<ActorType> {
    return actor(ctx, merge.mergedId, 'merged actor');
  }
}

@Resolver(() => MentionDetachmentType)
export class MentionDetachmentResolver {
  @FieldResolver(() => ArticleType)
  article(@Root() detachment: MentionDetachmentType, @Ctx() ctx: Context): Promise<ArticleType> {
    return article(ctx, detachment.articleId);
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The actor the mention was detached from (null when it was deleted since).' })
  async from(@Root() detachment: MentionDetachmentType, @Ctx() ctx: Context): Promise<ActorType | null> {
    const record = await ctx.loaders.actor.load(detachment.fromId);
    return record ? ActorType.from(record) : null;
  }

  @FieldResolver(() => ActorType, { description: 'The actor the mention is now.' })
  to(@Root() detachment: MentionDetachmentType, @Ctx() ctx: Context): Promise<ActorType> {
    return actor(ctx, detachment.toId, 'detached into');
  }
}
