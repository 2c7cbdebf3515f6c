import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { TimelineEntryRecord } from '../../graph/repositories/timeline.repository.js';
import { ActorType } from './actor.type.js';
import { Polarity } from './enums.js';
import { StanceType } from './stance.type.js';

@ObjectType('TimelineEntry', { description: "One of the actor's stances, in time order." })
export class TimelineEntryType {
  @Field(() => StanceType)
  stance!: StanceType;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: "This actor's polarity on the same claim or target turned from SUPPORT to OPPOSE or back." })
  reversal!: boolean;

  @Field(() => Polarity, { nullable: true, description: "Polarity of the actor's previous stance on the same target." })
  previousPolarity!: Polarity | null;

  static from(r: TimelineEntryRecord): TimelineEntryType {
    const stance = StanceType.from(r.stance);
    return Object.assign(new TimelineEntryType(), { stance, publishedAt: stance.publishedAt, reversal: r.reversal, previousPolarity: r.previousPolarity as Polarity | null });
  }
}

@ObjectType('Timeline', { description: "An actor's stances over time, oldest first, with reversals marked." })
export class TimelineType {
  @Field(() => ActorType)
  actor!: ActorType;

  @Field(() => [TimelineEntryType])
  entries!: TimelineEntryType[];

  @Field(() => Int)
  reversals!: number;
}
