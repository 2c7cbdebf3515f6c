import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { notFound } from '../../errors.js';
import type { Context } from '../context.js';
import { ActorType } from '../types/actor.type.js';
import { TimelineEntryType, TimelineType } from '../types/timeline.type.js';

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineType, { description: "An actor's stances oldest first (optionally on one claim), with reversals of polarity marked." })
  async timeline(@Arg('actorId', () => ID) actorId: string, @Arg('claimId', () => ID, { nullable: true }) claimId: string | null, @Ctx() ctx: Context): Promise<TimelineType> {
    const id = await ctx.services.repos.actors.canonicalId(actorId);
    const [actor, claim] = await Promise.all([ctx.loaders.actor.load(id), claimId ? ctx.loaders.claim.load(claimId) : null]);
    if (!actor) throw notFound('actor', actorId);
    if (claimId && !claim) throw notFound('claim', claimId);
    const entries = (await ctx.services.repos.timelines.forActor(id, claimId ?? null)).map(TimelineEntryType.from);
    return Object.assign(new TimelineType(), { actor: ActorType.from(actor), entries, reversals: entries.filter((e) => e.reversal).length });
  }
}
