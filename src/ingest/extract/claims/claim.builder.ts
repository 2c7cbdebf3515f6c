import type { ClaimRelation, Diagnostic, ExtractedActor, ExtractedClaim, Polarity } from '../../../domain/extraction.js';
import { spanOf, type Span } from '../../../domain/span.js';
import type { ExtractionState, Mention, Sentence, Statement } from '../context.js';
import { stateInfo } from '../gazetteer/index.js';
import { cueHas, DENIAL_STEMS } from '../cue.lexicon.js';
import { anaphoricDenial, conditionIn, denialIn, modalityOf, normalizeClaim } from './claim.text.js';

/** One proposition and who holds it, as found by an attribution or a sentence rule. */
export interface StatementInput {
  part: Span;
  holder: string | null;
  cue: Span;
  sentence: Sentence;
  attribution?: string | null;
  quote?: Span | null;
  origin: Statement['origin'];
  polarity?: Polarity | null;
  /** The source relays (an outlet "reported", "according to"): a condition belongs to the content's subject. */
  relay?: boolean;
}

const POSSESSIVE_PRONOUN = /^(its|his|her|their)$/i;

/**
 * Collects claims and statements for one article. Sentences are fed in order, so a denial
 * ("the reports were false") can point back to the claim reported before it.
 */
export class ClaimBuilder {
  readonly claims: ExtractedClaim[] = [];
  readonly relations: ClaimRelation[] = [];
  readonly statements: Statement[] = [];
  /** Claims introduced as "claims that ...", newest last. */
  readonly reported: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly byText = new Map<string, ExtractedClaim>();
  private readonly actors: Map<string, ExtractedActor>;

  constructor(readonly state: Readonly<ExtractionState>) {
    this.actors = new Map(state.actors.map((a) => [a.key, a] as const));
  }

  /** The name a claim uses for an actor: a state or a seat of government by its short name ("the US"). */
  private display(key: string): string {
    const info = this.state.actorInfo[key];
    const actor = this.actors.get(key);
    if (info?.state && (actor?.type === 'STATE' || info.seatOfGovernment)) return stateInfo(info.state)?.short ?? actor?.name ?? key;
    return actor?.name ?? key;
  }

  private mentionsIn(span: Span): Mention[] {
    return this.state.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  }

  /** The claim for a span; the same normalized text is the same claim. Null for fragments. */
  claim(span: Span): ExtractedClaim | null {
    const { text } = this.state;
    const mentions = this.mentionsIn(span);
    const replacements = mentions
      .filter((m) => m.kind === 'pronoun')
      .map((m) => ({ start: m.start, end: m.end, name: POSSESSIVE_PRONOUN.test(text.slice(m.start, m.end)) ? `${this.display(m.actor)}’s` : this.display(m.actor) }));
    const normalized = normalizeClaim(text, span, replacements);
    if (normalized.split(/\s+/).length < 2) return null;
    const existing = this.byText.get(normalized.toLowerCase());
    if (existing) return existing;
    const about = new Set<string>();
    for (const m of mentions) {
      about.add(m.actor);
      const info = this.state.actorInfo[m.actor];
      if (info?.seatOfGovernment && info.state) about.add(`state:${info.state}`);
    }
    const claim: ExtractedClaim = {
      key: `claim:${this.claims.length + 1}`,
      text: normalized,
      span,
      modality: modalityOf(span.text),
      about: [...about].filter((k) => this.actors.has(k)),
      places: [...new Set(this.state.places.filter((p) => p.start >= span.start && p.end <= span.end).map((p) => p.name))],
    };
    this.claims.push(claim);
    this.byText.set(normalized.toLowerCase(), claim);
    return claim;
  }

  /** Records a statement. A denial of "the reports" targets the claim reported before; a condition becomes its own claim. */
  statement(input: StatementInput): void {
    const { text } = this.state;
    const { part, holder, sentence } = input;
    const evidence = spanOf(text, sentence.start, sentence.end);
    const base = { holder, attribution: input.attribution ?? null, evidence, quote: input.quote ?? null };
    const denial = denialIn(text, part) ?? anaphoricDenial(text, part, input.cue, sentence.start, cueHas(input.cue.text, DENIAL_STEMS));
    const denied = denial ? (this.reported[this.reported.length - 1] ?? this.lastForeignClaim(holder, sentence.start)) : null;
    if (denial && denied) {
      this.statements.push({ ...base, claim: denied, condition: null, cue: denial, polarity: 'OPPOSE', origin: 'denial' });
      return;
    }
    // "the report" with nothing before it to refer to is no proposition.
    if (denial) return;
    const main = this.claim(part);
    if (!main) return;
    if (this.mediaReported(input.attribution ?? null)) this.reported.push(main.key);
    const cond = conditionIn(text, part);
    const condition = cond ? this.claim(cond.condition) : null;
    if (cond && condition && condition.key !== main.key) {
      this.relations.push({ from: main.key, to: condition.key, type: 'CONDITIONED_ON' });
      // "Peru will sign only if ..., Reuters reported": Peru sets the condition, Reuters relays it.
      const subject = input.relay ? this.subject(sentence, cond.cue.start, part.start) : null;
      const relayed = subject !== null && subject !== holder;
      this.statements.push({ ...base, holder: relayed ? subject : holder, claim: main.key, condition: condition.key, cue: cond.cue, polarity: 'CONDITIONAL', origin: input.origin, relayed });
      return;
    }
    this.statements.push({ ...base, claim: main.key, condition: null, cue: input.cue, polarity: input.polarity ?? null, origin: input.origin });
  }

  /** The latest attributed claim someone other than `holder` put forward before `before`: what "the reports" are. */
  private lastForeignClaim(holder: string | null, before: number): string | null {
    for (let i = this.statements.length - 1; i >= 0; i--) {
      const s = this.statements[i]!;
      if (s.holder !== holder && s.origin !== 'denial' && s.attribution && s.evidence.start < before) return s.claim;
    }
    return null;
  }

  /** Whether an attribution, or one it is reported through, has an outlet as its source. */
  private mediaReported(key: string | null): boolean {
    const byKey = new Map(this.state.attributions.map((a) => [a.key, a] as const));
    const seen = new Set<string>();
    for (let a = key ? byKey.get(key) : undefined; a && !seen.has(a.key); a = a.via ? byKey.get(a.via) : undefined) {
      seen.add(a.key);
      if (a.sourceActor && this.actors.get(a.sourceActor)?.type === 'MEDIA') return true;
    }
    return false;
  }

  /** Where a sentence's own words start: after a "Label:" lead ("Russia: Russia remains ..."). */
  bodyStart(sentence: Sentence): number {
    const colon = this.state.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)).indexOf(': ');
    return colon > 0 ? sentence.start + colon + 2 : sentence.start;
  }

  /** The subject actor of a sentence (or of a clause from `from`): its first mention before `before`. */
  subject(sentence: Sentence, before: number, from = this.bodyStart(sentence)): string | null {
    return this.state.mentions.find((x) => x.sentence === sentence.index && x.start >= from && x.start < before)?.actor ?? null;
  }
}
