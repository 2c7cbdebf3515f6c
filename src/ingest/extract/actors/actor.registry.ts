import type { ActorRelation, ActorRelationType, ActorType, ExtractedActor } from '../../../domain/extraction.js';
import { spanOf } from '../../../domain/span.js';
import type { ActorInfo, Mention, MentionKind } from '../context.js';
import { organizationInfo, personInfo, stateInfo } from '../gazetteer/index.js';

/**
 * Collects the actors of one article: one record per real-world actor, however many names it
 * goes by. Knows how to create states, organisations and well-known people from the gazetteers
 * with their relations (an organisation is PART_OF its state, a leader AFFILIATED_WITH it).
 */
export class ActorRegistry {
  readonly actors = new Map<string, ExtractedActor>();
  readonly info: Record<string, ActorInfo> = {};
  readonly relations: ActorRelation[] = [];
  readonly mentions: Mention[] = [];
  private readonly relationKeys = new Set<string>();
  private readonly mentionKeys = new Set<string>();

  constructor(private readonly text: string) {}

  get(key: string): ExtractedActor | undefined {
    return this.actors.get(key);
  }

  /** The actor with this key, created with `name` and `type` when new. */
  ensure(key: string, name: string, type: ActorType, info: ActorInfo = {}): ExtractedActor {
    let actor = this.actors.get(key);
    if (!actor) {
      actor = { key, name, type, aliases: [], title: null, count: null, mentions: [] };
      this.actors.set(key, actor);
      this.info[key] = { ...info };
    }
    return actor;
  }

  /** A state by ISO alpha-3 code. */
  state(code: string): ExtractedActor | null {
    const info = stateInfo(code);
    return info ? this.ensure(`state:${code}`, info.name, 'STATE', { state: code }) : null;
  }

  /** A curated organisation with its parent (state or organisation). */
  organization(key: string, type: ActorType = 'ORGANIZATION'): ExtractedActor | null {
    const org = organizationInfo(key);
    if (!org) return null;
    const isNew = !this.actors.has(key);
    const actor = this.ensure(key, org.name, type, { state: org.state ?? undefined, seatOfGovernment: org.seatOfGovernment });
    if (isNew) {
      const parent = org.partOf ? this.organization(org.partOf) : org.state ? this.state(org.state) : null;
      if (parent) this.relate(key, parent.key, 'PART_OF', null);
    }
    return actor;
  }

  /** A well-known person from data/people.json, with title and affiliation. */
  knownPerson(key: string): ExtractedActor | null {
    const person = personInfo(key);
    if (!person) return null;
    const isNew = !this.actors.has(key);
    const actor = this.ensure(key, person.name, 'PERSON', { state: person.state ?? undefined });
    if (isNew) {
      actor.title = person.title;
      const org = person.organization ? this.organization(person.organization) : null;
      if (org) this.relate(key, org.key, 'MEMBER_OF', person.title);
      const state = person.state ? this.state(person.state) : null;
      if (state) this.relate(key, state.key, 'AFFILIATED_WITH', person.title);
    }
    return actor;
  }

  /** Records that [start, end) refers to the actor; names other than the canonical one become aliases. */
  mention(key: string, start: number, end: number, kind: MentionKind, sentence: number): void {
    const actor = this.actors.get(key);
    if (!actor || start >= end) return;
    const id = `${start}:${end}`;
    if (this.mentionKeys.has(id)) return;
    this.mentionKeys.add(id);
    const span = spanOf(this.text, start, end);
    actor.mentions.push(span);
    this.mentions.push({ start, end, actor: key, kind, sentence });
    // A role ("the president") describes the actor without naming it: no alias, so no cross-article match on it.
    if (kind !== 'pronoun' && kind !== 'anonymous' && kind !== 'title') {
      // A sentence-initial "The" is not part of the name: "The Trump administration" -> "the Trump administration".
      const alias = span.text.replace(/[’']s$/, '').replace(/^The (?=\S)/, actor.name.startsWith('The ') ? 'The ' : 'the ').trim();
      const known = [actor.name, ...actor.aliases].some((a) => a.toLowerCase() === alias.toLowerCase());
      if (alias && !known && alias.length <= 80) actor.aliases.push(alias);
    }
  }

  relate(from: string, to: string, type: ActorRelationType, role: string | null): void {
    if (from === to) return;
    const id = `${from}|${to}|${type}`;
    if (this.relationKeys.has(id)) {
      const existing = this.relations.find((r) => r.from === from && r.to === to && r.type === type);
      if (existing && !existing.role && role) existing.role = role;
      return;
    }
    this.relationKeys.add(id);
    this.relations.push({ from, to, type, role });
  }

  /** Keeps the longer, more specific title ("deputy press secretary" over "secretary"). */
  setTitle(key: string, title: string): void {
    const actor = this.actors.get(key);
    if (!actor || !title) return;
    if (!actor.title || title.length > actor.title.length) actor.title = title;
  }
}
