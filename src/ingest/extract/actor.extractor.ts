import type { Diagnostic } from '../../domain/extraction.js';
import { spanOf } from '../../domain/span.js';
import {
  ANON_MODIFIERS, ANON_QUALIFIERS, MEDIA_HEADS, THING_HEADS, ANON_STRONG_NOUNS, ANON_WEAK_NOUNS, GROUP_NOUNS, LOCATIVES, NAME_CONNECTORS, NAME_STOP,
  NUMBER_WORDS, ORG_HEADS, PERSON_PRONOUNS, PLURAL_PRONOUNS, STATE_NOUNS, THING_PRONOUNS, VAGUE_QUANTIFIERS,
} from './actor.lexicon.js';
import { ActorRegistry } from './actor.registry.js';
import type { ExtractionState, PlaceMention, Sentence, StageExtractor } from './context.js';
import { endingTitle, gazetteer, isHonorific, isTitleModifier, leadingTitle, personInfo, titleAt, slug, type PhraseMatch } from './gazetteer/index.js';
import type { Token } from './nlp.js';

const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'warned', 'confirmed', 'argued', 'stated', 'insisted', 'who', 'reported']);
const BE = new Set(['is', 'was', "'s", '’s', 'are', 'were', 'be', 'been', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Per-article extraction of actor mentions: one pass over the sentences, left to right. */
class ActorScanner {
  readonly registry: ActorRegistry;
  readonly places: PlaceMention[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Names of people seen so far (full, first, last) -> actor key, to resolve "Merz" after "Friedrich Merz". */
  private readonly personNames = new Map<string, string>();
  private anonCount = 0;
  private readonly gaz = gazetteer();

  constructor(private readonly text: string, private readonly tokens: Token[], private readonly sentences: Sentence[]) {
    this.registry = new ActorRegistry(text);
  }

  scan(outlet: string | null): void {
    if (outlet) this.outlet(outlet);
    for (const sentence of this.sentences) this.scanSentence(sentence);
  }

  /** The article's own outlet is an actor even when the text never names it. */
  private outlet(name: string): void {
    const match = this.gaz.matchAt(name, [{ start: 0, end: name.length, text: name, lower: name.toLowerCase(), pos: 'PROPN', cap: true }], 0);
    const key = match?.entry.kind === 'media' ? match.entry.key : `media:${slug(name)}`;
    this.registry.ensure(key, match?.entry.kind === 'media' ? match.entry.name : name, 'MEDIA');
    this.registry.info[key] = { ...this.registry.info[key], head: 'outlet' };
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private scanSentence(s: Sentence): void {
    let i = s.from;
    while (i < s.to) {
      const next =
        this.anonymous(s, i) ??
        this.group(s, i) ??
        this.titledPerson(s, i) ??
        this.gazetteerMention(s, i) ??
        this.namedRun(s, i) ??
        this.pronoun(s, i);
      i = next ?? i + 1;
    }
  }

  // --- anonymous sources -------------------------------------------------------------

  private anonymous(s: Sentence, i: number): number | null {
    const t = this.tok(i)!;
    // "two of the sources": a subset of sources already introduced.
    if ((t.lower in NUMBER_WORDS || /^\d+$/.test(t.lower) || ['some', 'most', 'several', 'all', 'none', 'both'].includes(t.lower)) &&
      this.tok(i + 1)?.lower === 'of' && ['the', 'those', 'these'].includes(this.tok(i + 2)?.lower ?? '')) {
      const noun = this.tok(i + 3);
      if (noun && i + 3 < s.to && (ANON_STRONG_NOUNS.has(noun.lower) || ANON_WEAK_NOUNS.has(noun.lower))) {
        const previous = this.lastAnonymous(true);
        if (previous) {
          this.registry.mention(previous, t.start, noun.end, 'anonymous', s.index);
          return i + 4;
        }
      }
    }
    // "the official said": the unnamed source met before.
    if (t.lower === 'the' && i + 1 < s.to) {
      const noun = this.tok(i + 1)!;
      const after = this.tok(i + 2);
      if (ANON_STRONG_NOUNS.has(noun.lower) && !noun.lower.endsWith('s') && !(after && i + 2 < s.to && (after.cap || after.lower === 'of'))) {
        const previous = this.lastAnonymous(false, noun.lower);
        if (previous) {
          this.registry.mention(previous, t.start, noun.end, 'anonymous', s.index);
          return i + 2;
        }
      }
    }
    const quantity = t.lower in NUMBER_WORDS || /^\d+$/.test(t.lower) || VAGUE_QUANTIFIERS.has(t.lower);
    if (!quantity) return null;
    let j = i + 1;
    const affiliations: PhraseMatch[] = [];
    while (j < s.to && j - i <= 5) {
      const w = this.tok(j)!;
      const m = this.gaz.matchAt(this.text, this.tokens, j, s.to);
      if (m && ['state', 'demonym', 'organization', 'capital'].includes(m.entry.kind)) {
        affiliations.push(m);
        j = m.to;
      } else if (ANON_MODIFIERS.has(w.lower) || (w.lower === 'and' && affiliations.length > 0)) j++;
      else break;
    }
    const noun = this.tok(j);
    if (!noun || j >= s.to) return null;
    const strong = ANON_STRONG_NOUNS.has(noun.lower);
    if (!strong && !ANON_WEAK_NOUNS.has(noun.lower)) return null;
    // Singular determiners need a singular noun: "a senior official", not "a officials".
    if (['a', 'an', 'one', 'another'].includes(t.lower) && noun.lower.endsWith('s') && noun.lower !== 'source' && noun.lower !== 'sources') {
      if (noun.lower !== 'sources') return null;
    }
    let end = j + 1;
    const rest = this.text.slice(noun.end, this.tok(s.to - 1)!.end).toLowerCase();
    const qualifier = ANON_QUALIFIERS.find((q) => rest.startsWith(` ${q}`));
    if (qualifier) {
      const stopAt = noun.end + 1 + qualifier.length;
      while (end < s.to && this.tok(end)!.start < stopAt) end++;
      // The qualifier's object runs to punctuation or a reporting verb: "familiar with the US position said".
      while (end < s.to && end - j < 14) {
        const w = this.tok(end)!;
        if (w.pos === 'PUNCT' || REPORTING.has(w.lower) || w.pos === 'VERB' || w.pos === 'AUX') break;
        end++;
      }
    } else if (!strong) {
      return null;
    }
    const count = /^\d+$/.test(t.lower) ? Number(t.lower) : (NUMBER_WORDS[t.lower] ?? null);
    const start = t.start;
    const stop = this.tok(end - 1)!.end;
    const key = `anon:${++this.anonCount}`;
    const actor = this.registry.ensure(key, this.text.slice(start, stop), 'ANONYMOUS_SOURCE', { head: noun.lower.replace(/s$/, '') });
    actor.count = count;
    this.registry.mention(key, start, stop, 'anonymous', s.index);
    for (const m of affiliations) this.affiliate(key, m, null, s);
    return end;
  }

  private lastAnonymous(plural: boolean, head?: string): string | null {
    const mentions = this.registry.mentions;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const actor = this.registry.get(mentions[k]!.actor);
      if (actor?.type !== 'ANONYMOUS_SOURCE') continue;
      if (plural && actor.count === 1) continue;
      if (head && this.registry.info[actor.key]?.head !== head) continue;
      return actor.key;
    }
    return null;
  }

  /** Relates an actor to the state or organisation a phrase names. */
  private affiliate(key: string, m: PhraseMatch, role: string | null, s: Sentence): void {
    const target = this.actorFor(m);
    if (!target) return;
    if (m.entry.kind !== 'demonym') this.registry.mention(target, this.startOf(m), m.end, 'name', s.index);
    const type = this.registry.get(target)?.type === 'STATE' ? 'AFFILIATED_WITH' : 'MEMBER_OF';
    this.registry.relate(key, target, type, role);
  }

  private startOf(m: PhraseMatch): number {
    return m.end - m.entry.alias.length;
  }

  /** The actor a gazetteer entry names, created on first use. */
  private actorFor(m: PhraseMatch): string | null {
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

  // --- groups ------------------------------------------------------------------------

  private group(s: Sentence, i: number): number | null {
    const first = this.gaz.matchAt(this.text, this.tokens, i, s.to);
    if (!first || (first.entry.kind !== 'demonym' && first.entry.kind !== 'state')) return null;
    const parts: PhraseMatch[] = [first];
    let j = first.to;
    while (j + 1 < s.to && [',', 'and', 'or'].includes(this.tok(j)!.lower)) {
      const more = this.gaz.matchAt(this.text, this.tokens, j + 1, s.to);
      if (!more || more.entry.kind !== 'demonym') break;
      parts.push(more);
      j = more.to;
    }
    const noun = this.tok(j);
    if (!noun || j >= s.to) return null;
    if (STATE_NOUNS.has(noun.lower) && parts.length === 1) {
      const key = this.actorFor(first);
      if (!key) return null;
      const start = this.withArticle(i);
      this.registry.mention(key, start, noun.end, 'alias', s.index);
      return j + 1;
    }
    if (!GROUP_NOUNS.has(noun.lower) || parts.some((p) => p.entry.kind === 'state' && p.entry.alias.length > 3)) return null;
    const start = this.withArticle(i);
    const name = this.text.slice(this.tok(i)!.start, noun.end);
    const key = `group:${slug(name)}`;
    this.registry.ensure(key, name, 'GROUP');
    this.registry.mention(key, start, noun.end, 'group', s.index);
    for (const p of parts) {
      const target = this.actorFor(p);
      if (target) this.registry.relate(key, target, 'AFFILIATED_WITH', null);
    }
    return j + 1;
  }

  /** Extends a mention back over a directly preceding "the". */
  private withArticle(i: number): number {
    const prev = this.tok(i - 1);
    return prev && prev.lower === 'the' && this.text.slice(prev.end, this.tok(i)!.start) === ' ' ? prev.start : this.tok(i)!.start;
  }

  // --- people --------------------------------------------------------------------------

  /** A run of capitalised name tokens from i: "Jane Doe", "Mohammed bin Salman". */
  private nameRun(i: number, limit: number): number {
    let j = i;
    while (j < limit && j - i < 5) {
      const t = this.tok(j)!;
      if (t.cap && /^[\p{L}][\p{L}'’.-]*$/u.test(t.text) && !NAME_STOP.has(t.lower) && !POSSESSIVE.has(t.lower)) {
        j++;
        continue;
      }
      if (NAME_CONNECTORS.has(t.lower) && j > i && this.tok(j + 1)?.cap) {
        j++;
        continue;
      }
      if (t.text === '-' && j > i && this.tok(j + 1)?.cap && this.tok(j - 1)!.end === t.start) {
        j++;
        continue;
      }
      break;
    }
    // A run must not end on a connector.
    while (j > i && NAME_CONNECTORS.has(this.tok(j - 1)!.lower)) j--;
    return j;
  }

  private titledPerson(s: Sentence, i: number): number | null {
    let j = i;
    const prefix = this.gaz.matchAt(this.text, this.tokens, i, s.to);
    if (prefix && ['state', 'demonym', 'organization', 'capital'].includes(prefix.entry.kind)) {
      j = prefix.to;
      if (POSSESSIVE.has(this.tok(j)?.lower ?? '')) j++;
    }
    const titleStart = j;
    while (j < s.to && isTitleModifier(this.tok(j)!.lower)) j++;
    const title = j < s.to ? titleAt(this.text, this.tok(j)!.start, this.tok(j)!.lower) : null;
    if (!title) return null;
    const titleEndChar = this.tok(j)!.start + title.length;
    let k = j;
    while (k < s.to && this.tok(k)!.end <= titleEndChar) k++;
    if (this.tok(k - 1)?.end !== titleEndChar) return null;
    // "Prime Minister" needs a name after it; "President Emmanuel Macron".
    const known = k < s.to ? this.gaz.matchAt(this.text, this.tokens, k, s.to) : null;
    let nameEnd: number;
    let key: string;
    if (known?.entry.kind === 'person') {
      key = this.actorFor(known)!;
      nameEnd = known.to;
    } else {
      nameEnd = this.nameRun(k, s.to);
      if (nameEnd === k || (this.tok(k)!.pos !== 'PROPN' && this.tok(k)!.pos !== 'X' && nameEnd - k < 2)) return null;
      key = this.person(k, nameEnd);
    }
    const titleText = this.text.slice(this.tok(titleStart)!.start, titleEndChar);
    this.registry.setTitle(key, titleText);
    this.registry.mention(key, this.tok(k)!.start, this.tok(nameEnd - 1)!.end, 'name', s.index);
    if (prefix && titleStart > i) {
      const target = this.actorFor(prefix);
      if (target) {
        if (prefix.entry.kind !== 'demonym') this.registry.mention(target, this.startOf(prefix), prefix.end, prefix.entry.kind === 'capital' ? 'capital' : 'name', s.index);
        const type = this.registry.get(target)?.type === 'STATE' ? 'AFFILIATED_WITH' : 'MEMBER_OF';
        this.registry.relate(key, target, type, titleText);
      }
    }
    return this.appositive(s, nameEnd, key) ?? nameEnd;
  }

  /** A person from a name run, reusing the actor when the article already named them. */
  private person(from: number, to: number): string {
    const name = this.text.slice(this.tok(from)!.start, this.tok(to - 1)!.end);
    const existing = this.personNames.get(name.toLowerCase());
    if (existing) return existing;
    const key = `person:${slug(name)}`;
    this.registry.ensure(key, name, 'PERSON');
    this.rememberPerson(key);
    return key;
  }

  private rememberPerson(key: string): void {
    const actor = this.registry.get(key);
    if (!actor) return;
    const names = [actor.name, ...actor.aliases];
    for (const n of names) {
      const parts = n.split(/\s+/);
      for (const candidate of [n, parts[parts.length - 1]!, parts.length > 1 ? parts[0]! : '']) {
        const lower = candidate.toLowerCase();
        if (lower.length > 1 && !this.personNames.has(lower)) this.personNames.set(lower, key);
      }
    }
  }

  /** ", the deputy foreign ministry spokesman," after a name: title and membership. */
  private appositive(s: Sentence, after: number, person: string): number | null {
    if (this.tok(after)?.text !== ',' || after + 1 >= s.to) return null;
    let j = after + 1;
    if (['the', 'a', 'an'].includes(this.tok(j)!.lower)) j++;
    const phraseStart = j;
    const orgs: PhraseMatch[] = [];
    while (j < s.to && j - phraseStart < 9) {
      const t = this.tok(j)!;
      if (t.pos === 'PUNCT' || REPORTING.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') break;
      const m = this.gaz.matchAt(this.text, this.tokens, j, s.to);
      if (m && ['state', 'demonym', 'organization', 'capital', 'media'].includes(m.entry.kind)) {
        orgs.push(m);
        j = m.to;
        continue;
      }
      j++;
    }
    if (j === phraseStart) return null;
    const phraseEnd = this.tok(j - 1)!.end;
    let phrase = this.text.slice(this.tok(phraseStart)!.start, phraseEnd);
    let title = endingTitle(phrase);
    // "..., a spokesman for the Kremlin": the title comes first, the body after "for"/"of".
    if (!title) {
      const bare = phrase.replace(/^((the|a|an)\s+)?/i, '').split(/\s+/);
      while (bare.length > 1 && isTitleModifier(bare[0]!)) bare.shift();
      const lead = leadingTitle(bare.join(' '));
      if (!lead || !/^[\w\s-]+ (for|of|at|to|in) /i.test(phrase)) return null;
      title = lead;
    }
    if (!title) return null;
    phrase = phrase.replace(/^(the|a|an)\s+/i, '');
    this.registry.setTitle(person, phrase);
    for (const m of orgs) {
      const target = this.actorFor(m);
      if (!target) continue;
      if (m.entry.kind !== 'demonym') this.registry.mention(target, this.startOf(m), m.end, 'name', s.index);
      const type = this.registry.get(target)?.type === 'STATE' ? 'AFFILIATED_WITH' : 'MEMBER_OF';
      this.registry.relate(person, target, type, phrase);
    }
    return j;
  }

  // --- gazetteer names -------------------------------------------------------------------

  private gazetteerMention(s: Sentence, i: number): number | null {
    const m = this.gaz.matchAt(this.text, this.tokens, i, s.to);
    if (!m) return null;
    const prev = this.tok(i - 1);
    const locative = !!prev && i > s.from && LOCATIVES.has(prev.lower);
    const start = this.startOf(m);
    if (m.entry.kind === 'place' || (m.entry.kind === 'capital' && locative)) {
      this.places.push({ start, end: m.end, name: m.entry.kind === 'place' ? m.entry.name : this.text.slice(start, m.end) });
      return m.to;
    }
    if (m.entry.kind === 'demonym') return m.to;
    // "the Trump administration": a leader's government is the state.
    const next = this.tok(m.to);
    if (m.entry.kind === 'person' && next && m.to < s.to && STATE_NOUNS.has(next.lower)) {
      const state = personInfo(m.entry.key)?.state;
      const stateKey = state ? this.registry.state(state)?.key : null;
      if (stateKey) {
        this.registry.mention(stateKey, this.withArticle(i), next.end, 'alias', s.index);
        return m.to + 1;
      }
    }
    const key = this.actorFor(m);
    if (!key) return m.to;
    if (m.entry.kind === 'state' && locative) this.places.push({ start, end: m.end, name: m.entry.name });
    this.registry.mention(key, start, m.end, m.entry.kind === 'capital' ? 'capital' : m.entry.kind === 'media' ? 'outlet' : 'name', s.index);
    if (m.entry.kind === 'person') return this.appositive(s, m.to, key) ?? m.to;
    return m.to;
  }

  private namedRun(s: Sentence, i: number): number | null {
    const t = this.tok(i)!;
    if (!t.cap) return null;
    let from = i;
    if (isHonorific(t.lower.replace(/\.$/, '')) || isHonorific(t.lower)) {
      from = this.tok(i + 1)?.text === '.' ? i + 2 : i + 1;
    }
    const to = this.nameRun(from, s.to);
    if (to === from) return null;
    const first = this.tok(from)!;
    const words = to - from;
    const lastWord = this.tok(to - 1)!.lower;
    // One capitalised word: a person already named, else a place after "in".
    if (words === 1) {
      const key = this.personNames.get(first.lower);
      if (key && !s.heading) {
        this.registry.mention(key, first.start, first.end, 'alias', s.index);
        const next = this.tok(to);
        if (next && to < s.to && STATE_NOUNS.has(next.lower)) {
          const state = this.registry.info[key]?.state;
          const stateKey = state ? this.registry.state(state)?.key : null;
          if (stateKey) this.registry.mention(stateKey, this.withArticle(from), next.end, 'alias', s.index);
          return to + 1;
        }
        return this.appositive(s, to, key) ?? to;
      }
      // "Mr. Obama": an honorific makes a lone surname a person.
      if (from > i && !s.heading) {
        const key = this.person(from, to);
        this.registry.mention(key, first.start, first.end, 'name', s.index);
        return this.appositive(s, to, key) ?? to;
      }
      const prev = this.tok(i - 1);
      if (prev && i > s.from && LOCATIVES.has(prev.lower) && first.pos === 'PROPN') this.places.push({ start: first.start, end: first.end, name: first.text });
      return to;
    }
    if (s.heading) return to;
    const name = this.text.slice(first.start, this.tok(to - 1)!.end);
    if (THING_HEADS.has(lastWord)) return to;
    if (MEDIA_HEADS.has(lastWord)) {
      const key = `media:${slug(name)}`;
      this.registry.ensure(key, name, 'MEDIA');
      this.registry.mention(key, first.start, this.tok(to - 1)!.end, 'name', s.index);
      return to;
    }
    if (ORG_HEADS.has(lastWord)) {
      const key = `org:${slug(name)}`;
      this.registry.ensure(key, name, 'ORGANIZATION');
      this.registry.mention(key, first.start, this.tok(to - 1)!.end, 'name', s.index);
      return to;
    }
    const allProper = this.tokens.slice(from, to).every((x) => x.pos === 'PROPN' || x.pos === 'X' || NAME_CONNECTORS.has(x.lower) || x.text === '-');
    // Sentence-initial capitals are ambiguous: accept only when the tagger calls them names.
    if (!allProper || words > 4) return to;
    const prev = this.tok(from - 1);
    if (prev && from > s.from && LOCATIVES.has(prev.lower)) {
      this.places.push({ start: first.start, end: this.tok(to - 1)!.end, name });
      return to;
    }
    const key = this.person(from, to);
    this.registry.mention(key, first.start, this.tok(to - 1)!.end, 'name', s.index);
    return this.appositive(s, to, key) ?? to;
  }

  // --- pronouns --------------------------------------------------------------------------

  private pronoun(s: Sentence, i: number): number | null {
    const t = this.tok(i)!;
    const kind = PERSON_PRONOUNS.has(t.lower) ? 'person' : THING_PRONOUNS.has(t.lower) ? 'thing' : PLURAL_PRONOUNS.has(t.lower) ? 'plural' : null;
    if (!kind || t.pos === 'PROPN') return null;
    if (kind === 'thing' && t.lower === 'it' && this.expletive(i, s)) return i + 1;
    const key = this.antecedent(kind, s);
    if (key) this.registry.mention(key, t.start, t.end, 'pronoun', s.index);
    else if (t.lower !== 'its' && t.lower !== 'their' && t.lower !== 'his' && t.lower !== 'her') {
      this.diagnostics.push({ level: 'info', code: 'UNRESOLVED_PRONOUN', message: `no clear antecedent for "${t.text}"`, span: spanOf(this.text, t.start, t.end) });
    }
    return i + 1;
  }

  /** "it was increasingly unclear whether", "it is likely that": no referent. */
  private expletive(i: number, s: Sentence): boolean {
    const next = this.tok(i + 1);
    if (!next || i + 1 >= s.to) return true;
    if (!BE.has(next.lower)) return false;
    let j = i + 2;
    while (j < s.to && (this.tok(j)!.pos === 'ADV' || this.tok(j)!.lower === 'not')) j++;
    const after = this.tok(j);
    return !after || after.pos === 'ADJ' || ['that', 'to', 'time', 'clear', 'unclear', 'possible', 'likely'].includes(after.lower);
  }

  private antecedent(kind: 'person' | 'thing' | 'plural', s: Sentence): string | null {
    const mentions = this.registry.mentions;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.sentence < s.index - 1) break;
      if (m.kind === 'pronoun') continue;
      const actor = this.registry.get(m.actor);
      if (!actor) continue;
      if (kind === 'person' && actor.type === 'PERSON') return actor.key;
      if (kind === 'thing' && (actor.type === 'STATE' || actor.type === 'ORGANIZATION' || actor.type === 'MEDIA')) return actor.key;
      if (kind === 'plural' && (actor.type === 'GROUP' || (actor.type === 'ANONYMOUS_SOURCE' && actor.count !== 1))) return actor.key;
    }
    return null;
  }
}

/**
 * Finds the actors of the article: gazetteer names (states, capitals, organisations, outlets,
 * well-known people), titled and appositive people, demonym groups, anonymous sources and
 * pronouns with a clear antecedent. Every mention is a span of the text.
 */
export const actorExtractor: StageExtractor = {
  name: 'actors',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const scanner = new ActorScanner(state.text, state.tokens, state.sentences);
    scanner.scan(state.article.outlet);
    const { registry } = scanner;
    const actors = [...registry.actors.values()];
    const diagnostics: Diagnostic[] = [
      ...state.diagnostics,
      ...scanner.diagnostics,
      { level: 'info', code: 'ACTORS', message: `${actors.length} actors, ${registry.mentions.length} mentions, ${scanner.places.length} places` },
    ];
    return {
      actors,
      actorInfo: registry.info,
      actorRelations: registry.relations,
      mentions: [...registry.mentions].sort((a, b) => a.start - b.start),
      places: scanner.places,
      diagnostics,
    };
  },
};
