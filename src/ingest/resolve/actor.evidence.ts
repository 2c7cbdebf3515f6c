import type { ActorType } from '../../domain/extraction.js';
import { type AliasKind, CORPORATE_SUFFIXES, type CuratedHit, curatedHits, demonymState } from './actor.gazetteer.js';
import { curatedTypeFits, isArticleScoped } from './actor.identity.js';
import { acronymOf, domainOf, isAcronym, nameKey } from './name.normalize.js';
import { type PersonName, compactName, compareSurnames, givenNamesAgree, parsePersonName } from './person.name.js';
import { jaroWinkler } from './string.similarity.js';

/** Everything resolution compares about one actor, computed once. */
export interface ActorProfile {
  name: string;
  type: ActorType;
  /** Proper names only: the canonical name plus capitalised aliases (not "the president"). */
  names: string[];
  keys: Set<string>;
  curated: Map<string, { hit: CuratedHit; name: string }>;
  persons: PersonName[];
  domains: string[];
}

export interface Evidence {
  score: number;
  reason: string;
}

/** A name worth comparing across articles: a proper name or a web domain, not "the president". */
export function isProperName(name: string): boolean {
  return /\p{Lu}/u.test(name) || domainOf(name) !== null;
}

/** What resolution compares about an actor, from its canonical name and aliases. */
export function profileOf(name: string, type: ActorType, aliases: readonly string[]): ActorProfile {
  const names = [name, ...aliases.filter((a) => a !== name && isProperName(a))];
  const own = type === 'PERSON' ? parsePersonName(name) : null;
  const curated = new Map<string, { hit: CuratedHit; name: string }>();
  for (const n of names) {
    for (const hit of curatedHits(n)) {
      if (!curatedTypeFits(hit, type) || curated.has(hit.actor.ref)) continue;
      // "Ivanka Trump", also called "Trump" in her article, is not the curated Donald Trump.
      if (own && n !== name && !sameGivenNames(own, hit.actor.name)) continue;
      curated.set(hit.actor.ref, { hit, name: n });
    }
  }
  // A surname-only alias ("Trump") is shorthand for the full name: comparing it alone would
  // match every namesake, so only full names count once the canonical name has a given name.
  const persons = (type === 'PERSON' ? names.map(parsePersonName) : []).filter((p): p is PersonName => p !== null && (p.given.length > 0 || !own || own.given.length === 0));
  const domains = names.map(domainOf).filter((d): d is string => d !== null);
  return { name, type, names, keys: new Set(names.map((n) => nameKey(n)).filter(Boolean)), curated, persons, domains };
}

function sameGivenNames(person: PersonName, curatedName: string): boolean {
  const other = parsePersonName(curatedName);
  return !other || givenNamesAgree(person.given, other.given);
}

/** Types that can be one actor without a curated entry saying so. */
export function typesCompatible(a: ActorType, b: ActorType): boolean {
  if (a === b) return a !== 'ANONYMOUS_SOURCE';
  const pair = new Set([a, b]);
  return pair.has('ORGANIZATION') && pair.has('MEDIA');
}

const CURATED_SCORE: Record<AliasKind, number> = {
  name: 1,
  alias: 0.97,
  domain: 0.97,
  capital: 0.95,
  government: 0.95,
  'leader-government': 0.93,
};

function curatedReason(hit: CuratedHit, written: string): string {
  const target = hit.actor.name;
  switch (hit.kind) {
    case 'name':
      return `curated actor ${target}`;
    case 'alias':
      return `alias of ${target}: '${written}'`;
    case 'domain':
      return `outlet domain ${hit.alias}`;
    case 'capital':
      return `alias of ${target}: '${written}' is its capital/seat of government`;
    case 'government':
      return `alias of ${target}: '${written}' is its government`;
    case 'leader-government':
      return `alias of ${target}: '${written}' is its government (named after its leader)`;
  }
}

/** Both names point to the same curated actor ("the US" and "Washington" -> United States). */
function curatedEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  let best: Evidence | null = null;
  for (const [ref, { hit, name }] of a.curated) {
    if (!b.curated.has(ref)) continue;
    const score = CURATED_SCORE[hit.kind];
    const written = a.names.filter((n) => nameKey(n) !== nameKey(hit.actor.name)).slice(0, 3);
    const reason = hit.kind === 'name' && written.length > 0 ? `${curatedReason(hit, name)} (written ${written.map((w) => `'${w}'`).join(', ')})` : curatedReason(hit, name);
    if (!best || score > best.score) best = { score, reason };
  }
  return best;
}

function exactEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (!typesCompatible(a.type, b.type)) return null;
  const canonical = nameKey(a.name);
  if (b.keys.has(canonical)) return { score: canonical === nameKey(b.name) ? 0.98 : 0.95, reason: canonical === nameKey(b.name) ? `same name: '${a.name}'` : `known alias of ${b.name}: '${a.name}'` };
  for (const n of a.names) if (b.keys.has(nameKey(n))) return { score: 0.93, reason: `shared name: '${n}' (also used for ${b.name})` };
  return null;
}

function personEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (a.type !== 'PERSON' || b.type !== 'PERSON') return null;
  let best: Evidence | null = null;
  for (const x of a.persons) {
    for (const y of b.persons) {
      if (x.given.length + y.given.length > 0 && compactName(x) === compactName(y) && (x.given.join() !== y.given.join() || x.surname !== y.surname)) {
        const e = { score: 0.95, reason: `same name as ${b.name}, spaced or hyphenated differently` };
        if (!best || e.score > best.score) best = e;
        continue;
      }
      const surname = compareSurnames(x.surname, y.surname);
      if (!surname || !givenNamesAgree(x.given, y.given)) continue;
      const parts: string[] = [];
      let score: number;
      if (x.given.length === 0 && y.given.length > 0) {
        score = 0.9;
        parts.push(`short name: surname of ${b.name}`);
      } else if (x.given.length > 0 && y.given.length === 0) {
        score = 0.88;
        parts.push(`full name of ${b.name}`);
      } else if (x.given[0] !== y.given[0] && x.given.length > 0) {
        score = 0.9;
        parts.push(`given-name variant of ${b.name}: ${x.given[0]} ~ ${y.given[0]}`);
      } else {
        score = 0.96;
        parts.push(`same person name as ${b.name}`);
      }
      if (surname.variant) {
        score = Math.min(score, 0.6 + 0.35 * surname.similarity);
        parts.unshift(`transliteration variant: ${x.surname} ~ ${y.surname} (jaro-winkler ${surname.similarity.toFixed(2)})`);
      }
      if (!best || score > best.score) best = { score, reason: parts.join('; ') };
    }
  }
  return best;
}

const ACRONYM_TYPES = new Set<ActorType>(['ORGANIZATION', 'MEDIA', 'STATE', 'GROUP']);

function acronymEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (!typesCompatible(a.type, b.type) || !ACRONYM_TYPES.has(a.type)) return null;
  for (const n of a.names) {
    if (isAcronym(n) && acronymOf(b.name) === nameKey(n)) return { score: 0.9, reason: `acronym: ${n} = ${b.name}` };
  }
  for (const n of b.names) {
    if (isAcronym(n) && acronymOf(a.name) === nameKey(n)) return { score: 0.9, reason: `acronym: ${a.name} = ${n}` };
  }
  return null;
}

/** "straitstimes.com" is The Straits Times: the domain's first label spells the name or its acronym. */
function domainEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (!(a.type === 'MEDIA' || b.type === 'MEDIA') || !typesCompatible(a.type, b.type)) return null;
  const check = (domains: string[], other: ActorProfile): Evidence | null => {
    for (const domain of domains) {
      const stem = domain.split('.')[0]!;
      for (const n of other.names) {
        const compact = nameKey(n).replace(/\s+/g, '');
        const withThe = `the${compact}`;
        if (stem === compact || stem === withThe || (stem.length >= 2 && stem === acronymOf(n))) return { score: 0.92, reason: `outlet domain ${domain}` };
      }
    }
    return null;
  };
  return check(a.domains, b) ?? check(b.domains, a);
}

/** A name key without corporate suffixes ("reuters news" -> "reuters"). */
export function stripSuffixes(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

function organizationEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (!typesCompatible(a.type, b.type) || !(a.type === 'ORGANIZATION' || a.type === 'MEDIA')) return null;
  const x = nameKey(a.name);
  const y = nameKey(b.name);
  if (stripSuffixes(x) === stripSuffixes(y)) return { score: 0.93, reason: `same name without suffix: '${a.name}' ~ '${b.name}'` };
  if (Math.min(x.length, y.length) >= 8) {
    const jw = jaroWinkler(x, y);
    if (jw >= 0.96) return { score: 0.87, reason: `spelling variant: ${x} ~ ${y} (jaro-winkler ${jw.toFixed(2)})` };
  }
  return null;
}

/**
 * A group's key with its state spelled one way: "American allies", "US allies" and "U.S. allies"
 * are all "state:USA ally". Null when the name does not start with a state or demonym.
 */
export function groupKey(name: string): string | null {
  const words = nameKey(name).split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const state = demonymState(head) ?? curatedHits(head).find((h) => h.actor.type === 'STATE' && (h.kind === 'name' || h.kind === 'alias'))?.actor;
    if (!state) continue;
    const rest = words.slice(n).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
    return `${state.ref} ${rest.join(' ')}`;
  }
  return null;
}

function groupEvidence(a: ActorProfile, b: ActorProfile): Evidence | null {
  if (a.type !== 'GROUP' || b.type !== 'GROUP') return null;
  for (const x of a.names) {
    const kx = groupKey(x);
    if (!kx) continue;
    for (const y of b.names) if (groupKey(y) === kx) return { score: 0.9, reason: `same group: '${x}' ~ '${y}'` };
  }
  return null;
}

const RULES = [curatedEvidence, exactEvidence, personEvidence, acronymEvidence, domainEvidence, organizationEvidence, groupEvidence];

/** The strongest reason to think `incoming` is `known`, or null. Never crosses incompatible types. */
export function compareActors(incoming: ActorProfile, known: ActorProfile): Evidence | null {
  if (isArticleScoped(incoming.name, incoming.type) || isArticleScoped(known.name, known.type)) return null;
  let best: Evidence | null = null;
  for (const rule of RULES) {
    const e = rule(incoming, known);
    if (e && (!best || e.score > best.score)) best = e;
  }
  return best;
}
