import { stateEntries } from './countries.gazetteer.js';
import { curatedEntries } from './organizations.gazetteer.js';
import { PhraseIndex } from './phrase.index.js';

let index: PhraseIndex | null = null;

/**
 * One index over every gazetteer. Curated data goes in first so that it wins ties: "Brussels"
 * is the EU before it is Belgium's capital.
 */
export function gazetteer(): PhraseIndex {
  if (index) return index;
  index = new PhraseIndex();
  for (const entry of curatedEntries()) index.add(entry);
  for (const entry of stateEntries()) index.add(entry);
  return index;
}

export { stateInfo, type StateInfo } from './countries.gazetteer.js';
export { organizationInfo, personInfo, slug, type OrganizationInfo, type PersonInfo } from './organizations.gazetteer.js';
export type { GazetteerEntry, PhraseMatch } from './phrase.index.js';
export { endingTitle, isHonorific, isTitleModifier, leadingTitle, startsTitle, titleAt, titles } from './titles.gazetteer.js';
