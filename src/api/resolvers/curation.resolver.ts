import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { notFound } from '../../errors.js';
import type { Context } from '../context.js';
import { requireWrite } from '../guard.js';
import { aliasKeys } from '../../services/resolution.js';
import { ActorType } from '../types/actor.type.js';
import { Polarity } from '../types/enums.js';
import { StanceType } from '../types/stance.type.js';

/** Human corrections. Each needs the API key when one is configured, and survives re-ingestion. */
@Resolver()
export class CurationResolver {
  @Mutation(() => Boolean, { description: 'Deletes an article and what only it contributed; false when it did not exist.' })
  async deleteArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    requireWrite(ctx);
    return ctx.services.repos.curation.deleteArticle(id);
  }

  @Mutation(() => ActorType, { description: 'Merges `mergeId` into `keepId`: stances, mentions and names move; the merged id redirects. `unmergeActors` undoes it.' })
  async mergeActors(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeId', () => ID) mergeId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ActorType> {
    requireWrite(ctx);
    const id = await ctx.services.repos.curation.mergeActors(keepId, mergeId, reason ?? 'merged by a human');
    return this.loadActor(id, ctx);
  }

  @Mutation(() => ActorType, {
    description:
      'Undoes the human merge of `mergedId`: what the merge moved goes back, the keeper loses the names it gained, the redirect goes; returns the restored actor. ' +
      'Articles re-ingested with new content while merged stay on the keeper. NOT_REVERSIBLE for merges made before merges were recorded; CONFLICT when the keeper was merged since (unmerge it first).',
  })
  async unmergeActors(@Arg('mergedId', () => ID) mergedId: string, @Ctx() ctx: Context): Promise<ActorType> {
    requireWrite(ctx);
    await ctx.services.repos.curation.unmergeActors(mergedId);
    return this.loadActor(mergedId, ctx);
  }

  @Mutation(() => ActorType, {
    description:
      "Moves what one article says about an actor (mention, stances held and received, chain positions, claims about it, relations) to `intoId`, or to a new actor named `name` (default: the same name); returns that actor. " +
      'Recorded: a new version of the article resolves the mention there again. Detaching it back where it came from undoes it.',
  })
  async detachMention(
    @Arg('actorId', () => ID) actorId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Arg('intoId', () => ID, { nullable: true }) intoId: string | undefined,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ActorType> {
    requireWrite(ctx);
    const id = await ctx.services.repos.curation.detachMention(actorId, articleId, { id: intoId ?? null, name: name ?? null }, reason ?? 'detached by a human');
    return this.loadActor(id, ctx);
  }

  @Mutation(() => ActorType, { description: 'Adds an alias; later articles that use it resolve to this actor.' })
  async addAlias(@Arg('actorId', () => ID) actorId: string, @Arg('alias', () => String) alias: string, @Ctx() ctx: Context): Promise<ActorType> {
    requireWrite(ctx);
    return this.loadActor(await ctx.services.repos.curation.addAlias(actorId, alias, aliasKeys), ctx);
  }

  @Mutation(() => StanceType, { description: 'Corrects a stance polarity and/or rejects it as wrong; re-applied after re-ingestion.' })
  async correctStance(
    @Arg('stanceId', () => ID) stanceId: string,
    @Arg('polarity', () => Polarity, { nullable: true }) polarity: Polarity | undefined,
    @Arg('rejected', () => Boolean, { nullable: true }) rejected: boolean | undefined,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<StanceType> {
    requireWrite(ctx);
    await ctx.services.repos.curation.correctStance(stanceId, { polarity: polarity ?? null, rejected: rejected ?? null, note: note ?? null });
    const [record] = await ctx.services.repos.stances.byIds([stanceId]);
    if (!record) throw notFound('stance', stanceId);
    return StanceType.from(record);
  }

  private async loadActor(id: string, ctx: Context): Promise<ActorType> {
    const [record] = await ctx.services.repos.actors.byIds([id]);
    if (!record) throw notFound('actor', id);
    return ActorType.from(record);
  }
}
