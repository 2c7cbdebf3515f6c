import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { ClaimRecord } from '../../graph/repositories/records.js';
import { Connection } from './connection.type.js';
import { Modality } from './enums.js';

@ObjectType('Claim', { description: 'A proposition, without its attribution; it can appear in many articles.' })
export class ClaimType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The normalized proposition.' })
  text!: string;

  @Field(() => Modality)
  modality!: Modality;

  @Field(() => [String])
  places!: string[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Publication time of the earliest article it appears in.' })
  firstSeenAt!: Date | null;

  static from(record: ClaimRecord): ClaimType {
    return Object.assign(new ClaimType(), {
      ...record,
      modality: record.modality as Modality,
      places: record.places ?? [],
      firstSeenAt: record.firstSeenAt ? new Date(record.firstSeenAt) : null,
    });
  }
}

export const ClaimConnection = Connection('Claim', ClaimType);
