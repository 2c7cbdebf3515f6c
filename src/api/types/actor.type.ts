import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorRecord } from '../../graph/repositories/records.js';
import { Connection } from './connection.type.js';
import { ActorKind } from './enums.js';

@ObjectType('Actor', { description: 'A person, state, organisation, outlet, group or anonymous source.' })
export class ActorType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActorKind)
  type!: ActorKind;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Title or role ("President", "deputy press secretary").' })
  title!: string | null;

  @Field(() => Int, { nullable: true, description: 'For anonymous sources: how many ("eight people familiar with the talks").' })
  count!: number | null;

  @Field(() => String, { nullable: true, description: 'For outlets: the web domain.' })
  domain!: string | null;

  static from(record: ActorRecord): ActorType {
    return Object.assign(new ActorType(), { ...record, aliases: record.aliases ?? [], type: record.type as ActorKind });
  }
}

export const ActorConnection = Connection('Actor', ActorType);
