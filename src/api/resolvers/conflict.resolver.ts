import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors.js';
import { pageSize } from '../../graph/pagination.js';
import type { Context } from '../context.js';
import { ConflictType, StancePairType } from '../types/conflict.type.js';

/** Resolves an actor argument through merges; NOT_FOUND when there is no such actor. */
async function actorArg(ctx: Context, id: string): Promise<string> {
  const canonical = await ctx.services.repos.actors.canonicalId(id);
  if (!(await ctx.loaders.actor.load(canonical))) throw notFound('actor', id);
  return canonical;
}

@Resolver()
export class ConflictResolver {
  @Query(() => [StancePairType], { description: "Every claim both actors took a stance on, with each one's latest stance there; agree = same polarity." })
  async agreement(@Arg('actorA', () => ID) actorA: string, @Arg('actorB', () => ID) actorB: string, @Ctx() ctx: Context): Promise<StancePairType[]> {
    const [a, b] = await Promise.all([actorArg(ctx, actorA), actorArg(ctx, actorB)]);
    if (a === b) throw badInput('actorA and actorB are the same actor');
    return (await ctx.services.repos.conflicts.agreement(a, b)).map(StancePairType.from);
  }

  @Query(() => [ConflictType], { description: 'Opposite stances on one claim and claims that deny or contradict each other, most recent first; with actorId only those the actor took part in.' })
  async conflicts(
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConflictType[]> {
    const n = pageSize(first, ctx.services.config.maxPageSize);
    const id = actorId ? await actorArg(ctx, actorId) : null;
    return (await ctx.services.repos.conflicts.conflicts(id, n)).map(ConflictType.from);
  }
}
