import { Field, Float, ObjectType } from 'type-graphql';
import type { WhoSaidRecord } from '../../graph/repositories/whosaid.repository.js';
import { ClaimType } from './claim.type.js';
import { StanceType } from './stance.type.js';

@ObjectType('WhoSaid', { description: 'A claim found by its words or by the words of a stance on it, with who took a stance on it.' })
export class WhoSaidType {
  @Field(() => ClaimType)
  claim!: ClaimType;

  @Field(() => Float, { description: 'Full-text relevance: the best hit among the claim text and its stances.' })
  score!: number;

  @Field(() => [StanceType], { description: 'Stances on the claim, those whose evidence or quote matched first, then oldest first.' })
  stances!: StanceType[];

  static from(r: WhoSaidRecord): WhoSaidType {
    return Object.assign(new WhoSaidType(), { claim: ClaimType.from(r.claim), score: r.score, stances: r.stances.map((listed) => StanceType.from(listed.stance)) });
  }
}
