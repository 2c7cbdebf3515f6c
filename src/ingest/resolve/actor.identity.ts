import { createHash } from 'node:crypto';
import type { ActorType } from '../../domain/extraction.js';
import { type CuratedHit, curatedHits } from './actor.gazetteer.js';
import { nameKey, slugOf } from './name.normalize.js';
import { parsePersonName } from './person.name.js';

/** Whether a curated actor of type `curated` may stand for an extracted actor typed `extracted`. */
export function curatedTypeFits(hit: CuratedHit, extracted: ActorType): boolean {
  const t = hit.actor.type;
  if (t === extracted) return true;
  // An outlet the extractor typed as an organisation; a government or capital typed as an organisation.
  if (t === 'MEDIA' && extracted === 'ORGANIZATION') return true;
  if (t === 'STATE' && extracted === 'ORGANIZATION') return hit.kind === 'government' || hit.kind === 'leader-government' || hit.kind === 'capital';
  return false;
}

/** The curated actor a name stands for, when the data knows it and the types fit. */
export function curatedFor(name: string, type: ActorType): CuratedHit | null {
  const hit = curatedHits(name).find((h) => curatedTypeFits(h, type));
  if (hit || type !== 'PERSON') return hit ?? null;
  // "Vladimir V. Putin", "President Emmanuel Macron": the first given name and the surname.
  const person = parsePersonName(name);
  if (!person || person.given.length === 0) return null;
  return curatedHits(`${person.given[0]} ${person.surname}`).find((h) => curatedTypeFits(h, type)) ?? null;
}

const TYPE_PREFIX: Record<ActorType, string> = {
  PERSON: 'person',
  STATE: 'state',
  ORGANIZATION: 'org',
  MEDIA: 'media',
  GROUP: 'group',
  ANONYMOUS_SOURCE: 'anon',
};

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The canonical key a name resolves to before any comparison with other actors. */
export function canonicalKey(name: string, type: ActorType): { name: string; type: ActorType; key: string } {
  const hit = curatedFor(name, type);
  if (hit) return { name: hit.actor.name, type: hit.actor.type, key: nameKey(hit.actor.name) };
  if (type === 'PERSON') {
    const person = parsePersonName(name);
    if (person) return { name, type, key: [...person.given.filter((g) => g.length > 1), person.surname].join(' ') };
  }
  return { name, type, key: nameKey(name) };
}

/**
 * Whether an actor is only known to be itself within one article: an anonymous source, or a group
 * named by what it is ("migrant caravan", "defendants") rather than by a proper name. Such actors
 * get an id scoped to the article, no lookup keys, and are never matched across articles.
 */
export function isArticleScoped(name: string, type: ActorType): boolean {
  return type === 'ANONYMOUS_SOURCE' || (type === 'GROUP' && !/\p{Lu}/u.test(name));
}

/**
 * A deterministic graph id from the normalized canonical name: "United States", "the US" and
 * "US government" typed STATE all give "state:united-states". Anonymous sources and descriptive
 * groups are only the same within one article, so they take a `scope` (the article id).
 */
export function stableActorId(name: string, type: ActorType, scope?: string): string {
  const canonical = canonicalKey(name, type);
  const slug = slugOf(canonical.key);
  const readable = slug.length > 0 && slug.length <= 60 ? slug : `${slug.slice(0, 40)}-${shortHash(canonical.key)}`;
  const base = `${TYPE_PREFIX[canonical.type]}:${readable || shortHash(name)}`;
  return isArticleScoped(canonical.name, canonical.type) && scope ? `${base}@${shortHash(scope)}` : base;
}
