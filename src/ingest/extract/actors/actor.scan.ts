import type { Diagnostic } from '../../../domain/extraction.js';
import { ActorRegistry } from './actor.registry.js';
import type { PlaceMention, Sentence } from '../context.js';
import { gazetteer, slug, type PhraseMatch } from '../gazetteer/index.js';
import type { PhraseIndex } from '../gazetteer/phrase.index.js';
import type { Token } from '../nlp.js';
import { MONTHS, NAME_CONNECTORS, NAME_STOP } from './actor.lexicon.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const QUOTED = /“[^”\n]*”|"[^"\n]*"/g;

/**
 * What the actor scanners share while they walk one article: the text and tokens, the actors
 * found so far, and the names of people already met (so "Merz" finds "Friedrich Merz").
 */
export class ActorScan {
  readonly registry: ActorRegistry;
  readonly places: PlaceMention[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly gaz: PhraseIndex = gazetteer();
  /** Full, first and last names of people seen so far -> actor key. */
  readonly personNames = new Map<string, string>();
  /** Ranges inside quotation marks: a pronoun there belongs to the speaker's words. */
  readonly quoted: Array<[number, number]> = [];
  anonCount = 0;
  /** Names known only to this article (its own outlet when no list has it) -> actor key. */
  readonly localNames = new Map<string, string>();
  private readonly matches = new Map<number, PhraseMatch | null>();

  constructor(readonly text: string, readonly tokens: Token[]) {
    this.registry = new ActorRegistry(text);
    for (const m of text.matchAll(QUOTED)) this.quoted.push([m.index, m.index + m[0].length]);
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  isQuoted(offset: number): boolean {
    return this.quoted.some(([a, b]) => a < offset && offset < b);
  }

  /** The gazetteer name starting at token i; memoized, as several scanners ask about the same token. */
  match(i: number, s: Sentence): PhraseMatch | null {
    if (i >= s.to) return null;
    let m = this.matches.get(i);
    if (m === undefined) {
      m = this.gaz.matchAt(this.text, this.tokens, i, s.to);
      this.matches.set(i, m);
    }
    return m;
  }

  startOf(m: PhraseMatch): number {
    return m.end - m.entry.alias.length;
  }

  /** Extends a mention back over a directly preceding "the". */
  withArticle(i: number): number {
    const prev = this.tok(i - 1);
    return prev && prev.lower === 'the' && this.text.slice(prev.end, this.tok(i)!.start) === ' ' ? prev.start : this.tok(i)!.start;
  }

  /** The actor a gazetteer entry names, created on first use. */
  actorFor(m: PhraseMatch): string | null {
    const e = m.entry;
    if (e.kind === 'state' || e.kind === 'capital' || (e.kind === 'demonym' && e.key.startsWith('state:'))) return this.registry.state(e.key.slice(6))?.key ?? null;
    if (e.kind === 'organization' || (e.kind === 'demonym' && e.key.startsWith('org:'))) return this.registry.organization(e.key)?.key ?? null;
    if (e.kind === 'media') return this.registry.ensure(e.key, e.name, 'MEDIA').key;
    if (e.kind === 'person') {
      const key = this.registry.knownPerson(e.key)?.key ?? null;
      if (key) this.rememberPerson(key);
      return key;
    }
    return null;
  }

  /** Relates an actor to the state or organisation a phrase names, mentioning that one too. */
  affiliate(key: string, m: PhraseMatch, role: string | null, s: Sentence): void {
    const target = this.actorFor(m);
    if (!target) return;
    if (m.entry.kind !== 'demonym') this.registry.mention(target, this.startOf(m), m.end, m.entry.kind === 'capital' ? 'capital' : 'name', s.index);
    const type = this.registry.get(target)?.type === 'STATE' ? 'AFFILIATED_WITH' : 'MEMBER_OF';
    this.registry.relate(key, target, type, role);
  }

  /** A person from a name run, reusing the actor when the article already named them. */
  person(from: number, to: number): string {
    const name = this.text.slice(this.tok(from)!.start, this.tok(to - 1)!.end);
    const existing = this.personNames.get(name.toLowerCase());
    if (existing) return existing;
    const key = `person:${slug(name)}`;
    this.registry.ensure(key, name, 'PERSON');
    this.rememberPerson(key);
    return key;
  }

  /** Later mentions by surname or first name resolve to the first person who had it. */
  rememberPerson(key: string): void {
    const actor = this.registry.get(key);
    if (!actor) return;
    for (const n of [actor.name, ...actor.aliases]) {
      const parts = n.split(/\s+/);
      for (const candidate of [n, parts[parts.length - 1]!, parts.length > 1 ? parts[0]! : '']) {
        const lower = candidate.toLowerCase();
        if (lower.length > 1 && !this.personNames.has(lower)) this.personNames.set(lower, key);
      }
    }
  }

  /**
   * End of a run of capitalised name tokens from i: "Jane Doe", "Mohammed bin Salman". After a
   * title or honorific (`named`), or after a first name, a month is a surname ("Theresa May",
   * "Mrs. May") unless a day number follows.
   */
  nameRun(i: number, limit: number, named = false): number {
    let j = i;
    while (j < limit && j - i < 5) {
      const t = this.tok(j)!;
      const word = t.cap && /^[\p{L}][\p{L}'’.-]*$/u.test(t.text) && !POSSESSIVE.has(t.lower) && !/^\p{L}-/u.test(t.text);
      if (word && (!NAME_STOP.has(t.lower) || (MONTHS.has(t.lower) && (named || j > i) && !/^\d/.test(this.tok(j + 1)?.text ?? '')))) {
        j++;
        continue;
      }
      if (NAME_CONNECTORS.has(t.lower) && j > i && this.tok(j + 1)?.cap) {
        j++;
        continue;
      }
      // "Jae-in" in "Moon Jae-in": a short lower-case part glued by a hyphen stays in the name.
      const glued = /^\p{Ll}{1,3}$/u.test(this.tok(j + 1)?.text ?? '') && this.tok(j + 2)?.start !== this.tok(j + 1)?.end;
      if (t.text === '-' && j > i && (this.tok(j + 1)?.cap || glued) && this.tok(j - 1)!.end === t.start && this.tok(j + 1)!.start === t.end) {
        j += glued ? 2 : 1;
        continue;
      }
      break;
    }
    while (j > i && (NAME_CONNECTORS.has(this.tok(j - 1)!.lower) || this.tok(j - 1)!.text === '-')) j--;
    return j;
  }
}

export { POSSESSIVE };
