import { Field, ObjectType } from 'type-graphql';
import type { ConflictRecord, StancePairRecord } from '../../graph/repositories/conflict.repository.js';
import { ClaimType } from './claim.type.js';
import { StanceType } from './stance.type.js';

@ObjectType('Conflict', { description: 'Positions that collide, with the evidence on both sides.' })
export class ConflictType {
  @Field(() => String, {
    description: 'OPPOSITE_STANCES (SUPPORT/CONDITIONAL vs OPPOSE on one claim by different actors), DENIES or CONTRADICTS (claim relations).',
  })
  kind!: string;

  @Field(() => ClaimType, { description: 'The contested claim; for DENIES/CONTRADICTS the one that denies or contradicts.' })
  claim!: ClaimType;

  @Field(() => ClaimType, { nullable: true, description: 'For DENIES/CONTRADICTS: the claim denied or contradicted.' })
  relatedClaim!: ClaimType | null;

  @Field(() => [StanceType], { description: 'OPPOSITE_STANCES: the SUPPORT/CONDITIONAL stances; otherwise the stances on `claim`.' })
  sideA!: StanceType[];

  @Field(() => [StanceType], { description: 'OPPOSITE_STANCES: the OPPOSE stances; otherwise the stances on `relatedClaim`.' })
  sideB!: StanceType[];

  static from(r: ConflictRecord): ConflictType {
    return Object.assign(new ConflictType(), {
      kind: r.kind,
      claim: ClaimType.from(r.claim),
      relatedClaim: r.relatedClaim ? ClaimType.from(r.relatedClaim) : null,
      sideA: r.sideA.map(StanceType.from),
      sideB: r.sideB.map(StanceType.from),
    });
  }
}

@ObjectType('StancePair', { description: "Two actors' latest stances on one claim." })
export class StancePairType {
  @Field(() => ClaimType)
  claim!: ClaimType;

  @Field(() => StanceType)
  a!: StanceType;

  @Field(() => StanceType)
  b!: StanceType;

  @Field(() => Boolean, { description: 'Both stances have the same polarity.' })
  agree!: boolean;

  static from(r: StancePairRecord): StancePairType {
    return Object.assign(new StancePairType(), { claim: ClaimType.from(r.claim), a: StanceType.from(r.a), b: StanceType.from(r.b), agree: r.a.polarity === r.b.polarity });
  }
}
