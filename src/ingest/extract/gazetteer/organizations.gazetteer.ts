import orgData from '../../../../data/organizations.json' with { type: 'json' };
import peopleData from '../../../../data/people.json' with { type: 'json' };
import placeData from '../../../../data/places.json' with { type: 'json' };
import { allOutlets } from '../../parse/outlet.lookup.js';
import type { GazetteerEntry } from './phrase.index.js';

/** A curated organisation: its parent state or organisation, and whether it stands for its government. */
export interface OrganizationInfo {
  key: string;
  name: string;
  state: string | null;
  partOf: string | null;
  seatOfGovernment: boolean;
}

/** A well-known leader with the title and state or organisation they lead. */
export interface PersonInfo {
  key: string;
  name: string;
  title: string;
  state: string | null;
  organization: string | null;
}

/** Stable actor keys from names: "White House" -> "org:white-house". */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface OrgRecord { name: string; aliases: string[]; state: string | null; partOf?: string; seatOfGovernment?: boolean; demonyms?: string[] }
interface PersonRecord { name: string; aliases: string[]; title: string; state?: string; organization?: string }

const ORGS = new Map<string, OrganizationInfo>();
const PEOPLE = new Map<string, PersonInfo>();
const ENTRIES: GazetteerEntry[] = [];

for (const o of orgData.organizations as OrgRecord[]) {
  const key = `org:${slug(o.name)}`;
  ORGS.set(key, { key, name: o.name, state: o.state, partOf: o.partOf ? `org:${slug(o.partOf)}` : null, seatOfGovernment: o.seatOfGovernment === true });
  for (const alias of [o.name, ...o.aliases]) ENTRIES.push({ alias, kind: 'organization', key, name: o.name });
  for (const d of o.demonyms ?? []) ENTRIES.push({ alias: d, kind: 'demonym', key, name: o.name });
}
for (const outlet of allOutlets()) {
  const key = `media:${slug(outlet.name)}`;
  for (const alias of [outlet.name, ...outlet.aliases]) ENTRIES.push({ alias, kind: 'media', key, name: outlet.name });
}
for (const p of peopleData.people as PersonRecord[]) {
  const key = `person:${slug(p.name)}`;
  PEOPLE.set(key, { key, name: p.name, title: p.title, state: p.state ?? null, organization: p.organization ? `org:${slug(p.organization)}` : null });
  for (const alias of [p.name, ...p.aliases]) ENTRIES.push({ alias, kind: 'person', key, name: p.name });
}
for (const place of placeData.places) ENTRIES.push({ alias: place, kind: 'place', key: place, name: place });

/** Organisations, outlets, well-known people and places from data/. */
export function curatedEntries(): readonly GazetteerEntry[] {
  return ENTRIES;
}

/** The curated organisation with this actor key ("org:nato"). */
export function organizationInfo(key: string): OrganizationInfo | null {
  return ORGS.get(key) ?? null;
}

/** The listed person with this actor key ("person:emmanuel-macron"). */
export function personInfo(key: string): PersonInfo | null {
  return PEOPLE.get(key) ?? null;
}
