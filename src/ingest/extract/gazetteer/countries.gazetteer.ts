import worldCountries, { type Country } from 'world-countries';
import stateNames from '../../../../data/state-names.json' with { type: 'json' };
import type { GazetteerEntry } from './phrase.index.js';

/** A state from world-countries, with the short form claims use. */
export interface StateInfo {
  code: string;
  name: string;
  /** How a normalized claim names it ("the US"). */
  short: string;
  capitals: string[];
}

// The package is CommonJS: depending on the loader the array is the default export or its `default`.
const countries: Country[] = ((worldCountries as unknown as { default?: Country[] }).default ?? worldCountries) as unknown as Country[];
const extra = stateNames.states as Record<string, { short: string; aliases: string[] }>;
const extraDemonyms = stateNames.demonyms as Record<string, string[]>;
// Partially recognised states that news treats as actors.
const ALSO_ACTORS = new Set(['PSE', 'TWN', 'UNK', 'VAT']);
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

const STATES = new Map<string, StateInfo>();
const ENTRIES: GazetteerEntry[] = [];

for (const c of countries) {
  if (!c.independent && !ALSO_ACTORS.has(c.cca3)) continue;
  const key = `state:${c.cca3}`;
  const name = c.name.common;
  // "Washington D.C." is "Washington" in news copy.
  const capitals = c.capital.flatMap((cap) => [cap, cap.replace(/,?\s+D\.?C\.?$/, '')]).filter((x, i, a) => a.indexOf(x) === i);
  STATES.set(c.cca3, { code: c.cca3, name, short: extra[c.cca3]?.short ?? name, capitals });
  const names = [name, c.name.official, ...(extra[c.cca3]?.aliases ?? [])];
  for (const alt of c.altSpellings) if (alt.length >= 4 && LATIN.test(alt)) names.push(alt);
  for (const alias of names) ENTRIES.push({ alias, kind: 'state', key, name });
  for (const cap of capitals) ENTRIES.push({ alias: cap, kind: 'capital', key, name });
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extraDemonyms[c.cca3] ?? [])]);
  for (const d of demonyms) if (d) ENTRIES.push({ alias: d, kind: 'demonym', key, name });
}

/** State names, alternative spellings, capitals (seats of government) and demonyms. */
export function stateEntries(): readonly GazetteerEntry[] {
  return ENTRIES;
}

/** Facts about a state by ISO alpha-3 code. */
export function stateInfo(code: string): StateInfo | null {
  return STATES.get(code) ?? null;
}
