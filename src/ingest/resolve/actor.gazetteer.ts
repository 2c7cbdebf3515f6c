import worldCountries from 'world-countries';
import orgData from '../../../data/organizations.json' with { type: 'json' };
import outletData from '../../../data/outlets.json' with { type: 'json' };
import peopleData from '../../../data/people.json' with { type: 'json' };
import stateNames from '../../../data/state-names.json' with { type: 'json' };
import government from '../../../data/resolve/government.json' with { type: 'json' };
import type { ActorType } from '../../domain/extraction.js';
import { nameKey } from './name.normalize.js';

/** How a name points to a curated actor; drives the human-readable reason of a decision. */
export type AliasKind = 'name' | 'alias' | 'capital' | 'government' | 'leader-government' | 'domain';

/** A curated actor (state, organisation, outlet, well-known person) that names resolve to. */
export interface CuratedActor {
  /** "state:USA", "org:white-house", "media:financial-times", "person:donald-trump". */
  ref: string;
  name: string;
  type: ActorType;
  /** Graph-level parent: an organisation's state or parent organisation (PART_OF). */
  partOf: string | null;
  seatOfGovernment: boolean;
}

export interface CuratedHit {
  actor: CuratedActor;
  kind: AliasKind;
  /** The name as written in the data ("Washington", "ft.com"). */
  alias: string;
}

interface Country { cca3: string; independent: boolean | null; capital: string[]; altSpellings: string[]; name: { common: string; official: string }; demonyms?: { eng?: { m?: string; f?: string } } }
interface OrgRecord { name: string; aliases: string[]; state: string | null; partOf?: string; seatOfGovernment?: boolean }
interface OutletRecord { name: string; aliases: string[]; domains: string[] }
interface PersonRecord { name: string; aliases: string[]; title: string; state?: string; organization?: string }

const countries = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;
const PARTIAL_STATES = new Set(['PSE', 'TWN', 'UNK', 'VAT']);

const ACTORS = new Map<string, CuratedActor>();
const INDEX = new Map<string, CuratedHit[]>();

function slug(name: string): string {
  return nameKey(name).replace(/\s+/g, '-');
}

function add(key: string, hit: CuratedHit): void {
  if (!key) return;
  const hits = INDEX.get(key) ?? [];
  // First entry wins per actor: a curated alias is not overwritten by a generated one.
  if (hits.some((h) => h.actor.ref === hit.actor.ref)) return;
  hits.push(hit);
  INDEX.set(key, hits);
}

function register(actor: CuratedActor): CuratedActor {
  ACTORS.set(actor.ref, actor);
  return actor;
}

const extraStates = stateNames.states as Record<string, { short: string; aliases: string[] }>;
const extraDemonyms = stateNames.demonyms as Record<string, string[]>;
const stateByCode = new Map<string, CuratedActor>();
const demonymsByCode = new Map<string, string[]>();

for (const c of countries) {
  if (!c.independent && !PARTIAL_STATES.has(c.cca3)) continue;
  const actor = register({ ref: `state:${c.cca3}`, name: c.name.common, type: 'STATE', partOf: null, seatOfGovernment: false });
  stateByCode.set(c.cca3, actor);
  add(nameKey(c.name.common), { actor, kind: 'name', alias: c.name.common });
  const names = [c.name.official, ...(extraStates[c.cca3]?.aliases ?? []), ...c.altSpellings.filter((a) => a.length >= 4 && LATIN.test(a))];
  for (const alias of names) add(nameKey(alias), { actor, kind: 'alias', alias });
  for (const capital of c.capital) {
    const bare = capital.replace(/,?\s+D\.?C\.?$/, '');
    add(nameKey(bare), { actor, kind: 'capital', alias: bare });
  }
  const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extraDemonyms[c.cca3] ?? [])].filter((d): d is string => !!d);
  demonymsByCode.set(c.cca3, [...new Set(demonyms)]);
}

// "<state> government", "the German government", "government of Canada": the state itself.
for (const [code, actor] of stateByCode) {
  const heads = [actor.name, ...(extraStates[code]?.aliases ?? []), ...(demonymsByCode.get(code) ?? [])];
  for (const head of heads) {
    for (const noun of government.stateNouns) {
      add(nameKey(`${head} ${noun}`), { actor, kind: 'government', alias: `${head} ${noun}` });
    }
  }
  for (const noun of government.stateNouns) add(nameKey(`${noun} of ${actor.name}`), { actor, kind: 'government', alias: `${noun} of ${actor.name}` });
}

for (const o of orgData.organizations as OrgRecord[]) {
  const parent = o.partOf ? `org:${slug(o.partOf)}` : o.state ? `state:${o.state}` : null;
  const actor = register({ ref: `org:${slug(o.name)}`, name: o.name, type: 'ORGANIZATION', partOf: parent, seatOfGovernment: o.seatOfGovernment === true });
  add(nameKey(o.name), { actor, kind: 'name', alias: o.name });
  for (const alias of o.aliases) add(nameKey(alias), { actor, kind: 'alias', alias });
}

for (const o of outletData.outlets as OutletRecord[]) {
  const actor = register({ ref: `media:${slug(o.name)}`, name: o.name, type: 'MEDIA', partOf: null, seatOfGovernment: false });
  add(nameKey(o.name), { actor, kind: 'name', alias: o.name });
  for (const alias of o.aliases) add(nameKey(alias), { actor, kind: 'alias', alias });
  for (const domain of o.domains) add(domain.toLowerCase(), { actor, kind: 'domain', alias: domain });
}

const leaderTitles = new Set(government.leaderTitles);
for (const p of peopleData.people as PersonRecord[]) {
  const actor = register({ ref: `person:${slug(p.name)}`, name: p.name, type: 'PERSON', partOf: null, seatOfGovernment: false });
  add(nameKey(p.name), { actor, kind: 'name', alias: p.name });
  for (const alias of p.aliases) add(nameKey(alias), { actor, kind: 'alias', alias });
  // "the Trump administration": a head of government's name plus a government noun is the state.
  const state = p.state ? stateByCode.get(p.state) : undefined;
  if (state && leaderTitles.has(p.title.toLowerCase())) {
    for (const n of [p.name, ...p.aliases]) {
      for (const noun of government.stateNouns) add(nameKey(`${n} ${noun}`), { actor: state, kind: 'leader-government', alias: `${n} ${noun}` });
    }
  }
}

/** Curated actors a name (or a web domain) may refer to, in data order. */
export function curatedHits(name: string): readonly CuratedHit[] {
  return INDEX.get(nameKey(name)) ?? INDEX.get(name.trim().toLowerCase().replace(/^www\./, '')) ?? [];
}

export function curatedActor(ref: string): CuratedActor | undefined {
  return ACTORS.get(ref);
}

/** Organisation-name suffixes ignored when comparing names ("Reuters News" ~ "Reuters"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(government.corporateSuffixes);

const DEMONYMS = new Map<string, CuratedActor>();
for (const [code, demonyms] of demonymsByCode) {
  const actor = stateByCode.get(code);
  if (actor) for (const d of demonyms) if (!DEMONYMS.has(d.toLowerCase())) DEMONYMS.set(d.toLowerCase(), actor);
}

/** The state a demonym points to ("Ukrainian" -> Ukraine), for matching claims. */
export function demonymState(word: string): CuratedActor | undefined {
  return DEMONYMS.get(word.toLowerCase());
}
