import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  PERSON = 'PERSON',
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
  MEDIA = 'MEDIA',
  GROUP = 'GROUP',
  ANONYMOUS_SOURCE = 'ANONYMOUS_SOURCE',
}
registerEnumType(ActorKind, { name: 'ActorType', description: 'What kind of actor this is.' });

export enum Polarity {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  CONDITIONAL = 'CONDITIONAL',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(Polarity, {
  name: 'Polarity',
  description: 'SUPPORT asserts or confirms; OPPOSE rejects or denies; CONDITIONAL supports only if a condition holds; NEUTRAL reports without a position.',
});

export enum Modality {
  ASSERTED = 'ASSERTED',
  HEDGED = 'HEDGED',
}
registerEnumType(Modality, { name: 'Modality', description: 'HEDGED claims are qualified ("could", "reportedly", "likely").' });
