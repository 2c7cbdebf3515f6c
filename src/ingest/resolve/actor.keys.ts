import type { ActorType } from '../../domain/extraction.js';
import { curatedFor, isArticleScoped } from './actor.identity.js';
import { groupKey, isProperName, stripSuffixes } from './actor.evidence.js';
import { acronymOf, domainOf, isAcronym, nameKey } from './name.normalize.js';
import { compactName, parsePersonName } from './person.name.js';
import { doubleMetaphone } from './string.similarity.js';

/**
 * Blocking keys: an actor stores them (the graph's `Actor.keys`) and an incoming actor asks for
 * candidates sharing any of them, so the resolver only compares actors that could match. They
 * cover every rule the resolver has: names, curated canonical names, surnames and their sound
 * (transliteration variants), acronyms and web domains. Organisation names that differ only by
 * a small misspelling (the resolver's Jaro-Winkler rule) share no key and are not found this way.
 */
export function lookupKeys(name: string, type: ActorType, aliases: readonly string[] = []): string[] {
  // Actors of one article (anonymous sources, "the voters") are never candidates elsewhere: a key would
  // only make every later article read all of them.
  if (isArticleScoped(name, type)) return [];
  const keys = new Set<string>();
  const names = [name, ...aliases.filter(isProperName)];
  for (const n of names) {
    const key = nameKey(n);
    if (key) keys.add(key);
    const hit = curatedFor(n, type);
    if (hit) keys.add(`ref:${hit.actor.ref}`);
    const domain = domainOf(n);
    if (domain) {
      keys.add(`stem:${domain.split('.')[0]}`);
      continue;
    }
    if (isAcronym(n)) keys.add(`stem:${nameKey(n)}`);
    else {
      const acronym = acronymOf(n);
      if (acronym) keys.add(`stem:${acronym}`);
      if (type === 'MEDIA' || type === 'ORGANIZATION') {
        keys.add(`stem:${stripSuffixes(key).replace(/\s+/g, '')}`);
        // Domains may keep the article: theguardian.com, thetimes.co.uk.
        if (/^the\s/i.test(n.trim())) keys.add(`stem:the${key.replace(/\s+/g, '')}`);
      }
    }
    if (type === 'GROUP') {
      const group = groupKey(n);
      if (group) keys.add(`group:${group}`);
    }
    if (type === 'PERSON') {
      const person = parsePersonName(n);
      if (person) {
        keys.add(`surname:${person.surname.replace(/[\s-]/g, '')}`);
        keys.add(`compact:${compactName(person)}`);
        const [primary] = doubleMetaphone(person.surname.replace(/[\s-]/g, ''));
        if (primary) keys.add(`sound:${primary}`);
      }
    }
  }
  return [...keys].sort();
}
