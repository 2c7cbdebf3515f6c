import type { ActorBinding } from '../../domain/resolved.js';
import type { ActorRelationType, ActorType, ExtractedActor } from '../../domain/extraction.js';
import { curatedActor } from './actor.gazetteer.js';
import { type ActorProfile, type Evidence, compareActors, isProperName, profileOf } from './actor.evidence.js';
import { curatedFor, isArticleScoped, stableActorId } from './actor.identity.js';

/** An actor the graph already has. */
export interface KnownActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: readonly string[];
  title?: string | null;
}

/** A relation the resolver infers from curated data ("White House" PART_OF the United States). */
export interface InferredRelation {
  type: ActorRelationType;
  /** Graph id of the parent actor. */
  to: string;
  toName: string;
  toType: ActorType;
  /** "seat of government" when the actor stands for its state's government ("the White House said"). */
  role: string | null;
  reason: string;
}

/** One decision per extracted actor: matched to a known actor, or created. Undo it by unlinking. */
export interface ActorDecision extends ActorBinding {
  action: 'matched' | 'created';
  /** Name of the known actor it matched, null when created. */
  matchedName: string | null;
  /** Runner-up candidates that were considered (for review), best first. */
  alternatives: { id: string; name: string; score: number; reason: string }[];
  relations: InferredRelation[];
}

export interface ActorResolution {
  decisions: ActorDecision[];
  /** Actors this call created, in the shape the next call takes as known. */
  created: KnownActor[];
}

export interface ActorResolverOptions {
  /** Lowest evidence score that merges two actors. */
  threshold?: number;
  /** Candidates closer than this to the best are a tie; persons tied that way are not merged. */
  ambiguityMargin?: number;
}

export const DEFAULT_ACTOR_THRESHOLD = 0.85;

interface Entry {
  actor: KnownActor;
  aliases: string[];
  profile: ActorProfile;
}

/**
 * Cross-document actor resolution. Holds the actors known so far; `resolve` decides for each
 * actor of a new article whether it is one of them, and remembers what it created and the new
 * names it learned, so articles can be fed one after another. Deterministic: the same known
 * actors and the same input give the same decisions.
 */
export class ActorResolver {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private readonly threshold: number;
  private readonly margin: number;

  constructor(known: readonly KnownActor[] = [], options: ActorResolverOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_ACTOR_THRESHOLD;
    this.margin = options.ambiguityMargin ?? 0.02;
    for (const actor of known) this.add(actor);
  }

  /** The actors known now, with the aliases learned so far. */
  known(): KnownActor[] {
    return this.entries.map((e) => ({ ...e.actor, aliases: [...e.aliases] }));
  }

  /**
   * Resolves one article's actors. `scope` (the article id) keeps anonymous sources and groups
   * named by a description apart between articles.
   */
  resolve(actors: readonly ExtractedActor[], scope?: string): ActorResolution {
    const decisions: ActorDecision[] = [];
    const created: KnownActor[] = [];
    for (const actor of actors) {
      const decision = this.decide(actor, scope);
      if (decision.action === 'created') created.push(this.byId.get(decision.id)!.actor);
      decisions.push(decision);
    }
    // Relations are inferred last so a parent created later in the same article is found by id.
    for (const d of decisions) d.relations = this.relationsOf(d);
    return { decisions, created: created.map((a) => ({ ...a, aliases: [...this.byId.get(a.id)!.aliases] })) };
  }

  private decide(actor: ExtractedActor, scope: string | undefined): ActorDecision {
    const profile = profileOf(actor.name, actor.type, actor.aliases);
    const candidates = this.entries
      .map((entry) => ({ entry, evidence: compareActors(profile, entry.profile) }))
      .filter((c): c is { entry: Entry; evidence: Evidence } => c.evidence !== null)
      .sort((a, b) => b.evidence.score - a.evidence.score || (a.entry.actor.id < b.entry.actor.id ? -1 : 1));
    const alternatives = candidates.slice(0, 4).map((c) => ({ id: c.entry.actor.id, name: c.entry.actor.name, score: round(c.evidence.score), reason: c.evidence.reason }));
    const best = candidates[0];
    if (best && best.evidence.score >= this.threshold) {
      const tied = candidates.filter((c) => best.evidence.score - c.evidence.score < this.margin);
      const pick = tied.length > 1 ? this.breakTie(tied, actor) : best;
      if (pick) {
        this.learn(pick.entry, actor);
        return this.binding(actor, pick.entry.actor, 'matched', pick.evidence.score, pick.evidence.reason, alternatives.slice(1));
      }
      return this.create(actor, scope, `new actor: ambiguous between ${tied.map((c) => c.entry.actor.name).join(', ')}`, alternatives);
    }
    if (isArticleScoped(actor.name, actor.type)) {
      const what = actor.type === 'ANONYMOUS_SOURCE' ? 'anonymous sources' : 'groups named by a description';
      return this.create(actor, scope, `new actor: ${what} are not merged across articles`, alternatives);
    }
    const hit = curatedFor(actor.name, actor.type);
    const why = hit && hit.actor.name !== actor.name ? `new actor: ${hit.actor.name} ('${actor.name}' ${hit.kind === 'name' ? 'is its name' : `is its ${hit.kind.replace('leader-', '')}`})` : 'new actor';
    return this.create(actor, scope, why, alternatives);
  }

  /** Among tied candidates, a shared title decides ("President" Trump); otherwise nobody wins. */
  private breakTie(tied: { entry: Entry; evidence: Evidence }[], actor: ExtractedActor): { entry: Entry; evidence: Evidence } | null {
    // Duplicates of one actor (same canonical name) are not a real ambiguity: take the first.
    const canonical = new Set(tied.map((t) => stableActorId(t.entry.actor.name, t.entry.actor.type)));
    if (canonical.size === 1) return tied[0]!;
    if (actor.title) {
      const title = actor.title.toLowerCase();
      const same = tied.filter((t) => (t.entry.actor.title ?? '').toLowerCase() === title);
      if (same.length === 1) return { entry: same[0]!.entry, evidence: { score: same[0]!.evidence.score, reason: `${same[0]!.evidence.reason}; same title '${actor.title}'` } };
    }
    return null;
  }

  private create(actor: ExtractedActor, scope: string | undefined, reason: string, alternatives: ActorDecision['alternatives']): ActorDecision {
    const hit = curatedFor(actor.name, actor.type);
    const name = hit ? hit.actor.name : actor.name;
    const type = hit ? hit.actor.type : actor.type;
    let id = stableActorId(name, type, scope);
    // An id taken by an actor the evidence said is different: keep both, deterministically.
    for (let n = 2; this.byId.has(id); n++) id = `${stableActorId(name, type, scope)}~${n}`;
    const aliases = [actor.name, ...actor.aliases].filter((a) => a !== name);
    const entry = this.add({ id, name, type, aliases: [...new Set(aliases)], title: actor.title });
    return this.binding(actor, entry.actor, 'created', 1, reason, alternatives);
  }

  private add(actor: KnownActor): Entry {
    const aliases = [...actor.aliases];
    const entry: Entry = { actor: { ...actor, aliases }, aliases, profile: profileOf(actor.name, actor.type, aliases) };
    this.entries.push(entry);
    this.byId.set(actor.id, entry);
    return entry;
  }

  /** Proper names of a matched actor become aliases of the known one, so later articles find it by them. */
  private learn(entry: Entry, actor: ExtractedActor): void {
    const known = new Set([entry.actor.name, ...entry.aliases].map((a) => a.toLowerCase()));
    let changed = false;
    for (const name of [actor.name, ...actor.aliases]) {
      if (!isProperName(name) || known.has(name.toLowerCase())) continue;
      entry.aliases.push(name);
      known.add(name.toLowerCase());
      changed = true;
    }
    if (changed) entry.profile = profileOf(entry.actor.name, entry.actor.type, entry.aliases);
  }

  private binding(actor: ExtractedActor, target: KnownActor, action: ActorDecision['action'], score: number, reason: string, alternatives: ActorDecision['alternatives']): ActorDecision {
    return {
      key: actor.key,
      id: target.id,
      name: target.name,
      type: target.type,
      aliases: actor.aliases,
      title: actor.title,
      count: actor.count,
      reason,
      score: round(score),
      action,
      matchedName: action === 'matched' ? target.name : null,
      alternatives,
      relations: [],
    };
  }

  /** Curated organisations belong to a state or a parent body: the White House is PART_OF the United States. */
  private relationsOf(decision: ActorDecision): InferredRelation[] {
    const hit = curatedFor(decision.name, decision.type);
    const parentRef = hit?.actor.partOf;
    const parent = parentRef ? curatedActor(parentRef) : undefined;
    if (!hit || !parent) return [];
    const to = stableActorId(parent.name, parent.type);
    const why = hit.actor.seatOfGovernment ? `${hit.actor.name} is the seat of government of ${parent.name}` : `${hit.actor.name} is part of ${parent.name}`;
    const role = hit.actor.seatOfGovernment ? 'seat of government' : null;
    return [{ type: 'PART_OF', to: this.byId.get(to)?.actor.id ?? to, toName: parent.name, toType: parent.type, role, reason: why }];
  }
}

/** Resolves one article's actors against `known` without keeping state: the pure form of ActorResolver. */
export function resolveActors(known: readonly KnownActor[], actors: readonly ExtractedActor[], options: ActorResolverOptions & { scope?: string } = {}): ActorResolution {
  return new ActorResolver(known, options).resolve(actors, options.scope);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
