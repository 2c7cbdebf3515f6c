import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { DetachmentRecord, MentionRecord, MergeRecord } from '../../graph/repositories/identity.repository.js';

const date = (at: string | null): Date | null => (at ? new Date(at) : null);

@ObjectType('MentionDetachment', { description: "A human decision that one article's mention of an actor is another actor." })
export class MentionDetachmentType {
  articleId!: string;
  fromId!: string;
  toId!: string;

  @Field(() => DateTimeISOResolver, { nullable: true })
  at!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  static from(record: DetachmentRecord): MentionDetachmentType {
    return Object.assign(new MentionDetachmentType(), { ...record, at: date(record.at) });
  }
}

@ObjectType('ActorMention', { description: 'An article the actor is mentioned in, and why those mentions are this actor.' })
export class ActorMentionType {
  articleId!: string;
  mergedFromIds!: string[];

  @Field(() => Int, { nullable: true, description: 'How many times the article mentions the actor.' })
  count!: number | null;

  @Field(() => String, { nullable: true, description: "The resolver's reason for deciding these mentions are this actor (exact name, alias, acronym, a human merge or detach...)." })
  reason!: string | null;

  @Field(() => Float, { nullable: true, description: "The resolver's score for the decision." })
  score!: number | null;

  @Field(() => MentionDetachmentType, { nullable: true, description: 'The human decision that moved this mention here from another actor, if one did.' })
  detachment!: MentionDetachmentType | null;

  static from(record: MentionRecord): ActorMentionType {
    return Object.assign(new ActorMentionType(), { ...record, detachment: record.detachment ? MentionDetachmentType.from(record.detachment) : null });
  }
}

@ObjectType('ActorMerge', { description: 'A human merge of another actor into this one.' })
export class ActorMergeType {
  mergedId!: string;

  @Field(() => DateTimeISOResolver, { nullable: true })
  at!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Boolean, { description: 'Whether `unmergeActors` can undo it (false for merges made before merges recorded what they moved).' })
  reversible!: boolean;

  static from(record: MergeRecord): ActorMergeType {
    return Object.assign(new ActorMergeType(), { ...record, at: date(record.at) });
  }
}
