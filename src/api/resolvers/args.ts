import { ArgsType, Field, Int } from 'type-graphql';
import { Polarity } from '../types/enums.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 20, capped by MAX_PAGE_SIZE).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (pageInfo.endCursor or an edge cursor).' })
  after?: string;
}

@ArgsType()
export class NestedStancesArgs {
  @Field(() => Polarity, { nullable: true })
  polarity?: Polarity;

  @Field(() => Int, { nullable: true, description: 'At most this many, newest first (default 20, capped by MAX_PAGE_SIZE).' })
  first?: number;
}
