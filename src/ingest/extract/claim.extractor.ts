import type { Attribution, ClaimRelation, Diagnostic, ExtractedActor, ExtractedClaim, Polarity } from '../../domain/extraction.js';
import { spanOf, type Span } from '../../domain/span.js';
import { sentenceAt } from './attribution.extractor.js';
import { conditionIn, denialIn, modalityOf, normalizeClaim, splitContent } from './claim.text.js';
import type { ExtractionState, Mention, Sentence, StageExtractor, Statement } from './context.js';
import { stateInfo } from './gazetteer/index.js';

const DENIAL_OF_CLAIMS = /\b(rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes|rebuffed)\s+(?:the\s+|any\s+)?(?:(?:claims?|reports?|allegations?|accusations?|suggestions?|speculation|assertions?|charges?)\s+)?that\s+/i;
const POSITION_ON = /\b(?:(stance|position|opposition|campaign|objections?)\s+(?:against|to)|(support|backing)\s+for)\s+/i;

/** Builds claims one sentence at a time, so a denial can point back to a claim reported before it. */
class ClaimBuilder {
  readonly claims: ExtractedClaim[] = [];
  readonly relations: ClaimRelation[] = [];
  readonly statements: Statement[] = [];
  readonly reported: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly byText = new Map<string, ExtractedClaim>();
  private readonly actors: Map<string, ExtractedActor>;

  constructor(private readonly state: Readonly<ExtractionState>) {
    this.actors = new Map(state.actors.map((a) => [a.key, a] as const));
  }

  /** The name a claim uses for an actor: a seat of government stands for its state ("the US"). */
  private display(key: string): string {
    const info = this.state.actorInfo[key];
    const actor = this.actors.get(key);
    if (info?.state && (actor?.type === 'STATE' || info.seatOfGovernment)) return stateInfo(info.state)?.short ?? actor?.name ?? key;
    return actor?.name ?? key;
  }

  private mentionsIn(span: Span): Mention[] {
    return this.state.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  }

  claim(span: Span): ExtractedClaim | null {
    const mentions = this.mentionsIn(span);
    const replacements = mentions.filter((m) => m.kind === 'pronoun').map((m) => ({ start: m.start, end: m.end, name: /^(its|his|her|their)$/i.test(m.start < this.state.text.length ? this.state.text.slice(m.start, m.end) : '') ? `${this.display(m.actor)}’s` : this.display(m.actor) }));
    const text = normalizeClaim(this.state.text, span, replacements);
    if (text.split(/\s+/).length < 2) return null;
    const existing = this.byText.get(text.toLowerCase());
    if (existing) return existing;
    const about = new Set<string>();
    for (const m of mentions) {
      about.add(m.actor);
      const info = this.state.actorInfo[m.actor];
      if (info?.seatOfGovernment && info.state) about.add(`state:${info.state}`);
    }
    const places = [...new Set(this.state.places.filter((p) => p.start >= span.start && p.end <= span.end).map((p) => p.name))];
    const claim: ExtractedClaim = {
      key: `claim:${this.claims.length + 1}`,
      text,
      span,
      modality: modalityOf(span.text),
      about: [...about].filter((k) => this.actors.has(k)),
      places,
    };
    this.claims.push(claim);
    this.byText.set(text.toLowerCase(), claim);
    return claim;
  }

  /** One proposition with its holder; a condition in it becomes its own claim. */
  statement(part: Span, holder: string | null, cue: Span, sentence: Sentence, attribution: string | null, quote: Span | null, origin: Statement['origin'], polarity: Polarity | null = null): void {
    const text = this.state.text;
    const denial = denialIn(text, part);
    if (denial) {
      const target = this.reported[this.reported.length - 1] ?? this.lastForeignClaim(holder);
      if (target) {
        this.statements.push({ holder, claim: target, condition: null, attribution, cue: denial, evidence: spanOf(text, sentence.start, sentence.end), quote, polarity: 'OPPOSE', origin: 'denial' });
        return;
      }
    }
    const main = this.claim(part);
    if (!main) return;
    const cond = conditionIn(text, part);
    let condition: string | null = null;
    let stanceCue = cue;
    if (cond) {
      const c = this.claim(cond.condition);
      if (c && c.key !== main.key) {
        condition = c.key;
        stanceCue = cond.cue;
        this.relations.push({ from: main.key, to: c.key, type: 'CONDITIONED_ON' });
      }
    }
    this.statements.push({
      holder, claim: main.key, condition, attribution, cue: stanceCue, evidence: spanOf(text, sentence.start, sentence.end), quote,
      polarity: condition ? 'CONDITIONAL' : polarity, origin,
    });
  }

  /** The latest claim someone other than `holder` put forward: what "the reports" are. */
  private lastForeignClaim(holder: string | null): string | null {
    for (let i = this.statements.length - 1; i >= 0; i--) {
      const s = this.statements[i]!;
      if (s.holder !== holder && s.origin !== 'denial') return s.claim;
    }
    return null;
  }

  /** The actor the sentence is about: the first mention after an optional "Label:" lead. */
  subject(sentence: Sentence, before: number): string | null {
    const text = this.state.text;
    const colon = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)).indexOf(': ');
    const from = colon > 0 ? sentence.start + colon + 2 : sentence.start;
    const m = this.state.mentions.find((x) => x.start >= from && x.start < before && x.sentence === sentence.index);
    return m?.actor ?? null;
  }
}

/** Every attribution reported through `key`, directly or not. */
function descendants(all: readonly Attribution[], key: string): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set([key]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of all) {
      if (a.via && seen.has(a.via) && !seen.has(a.key)) {
        seen.add(a.key);
        out.push(a);
        grew = true;
      }
    }
  }
  return out;
}

/** A direct quote's content without its quote marks and closing punctuation. */
function unquoted(text: string, span: Span): Span | null {
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s“"‘']/.test(text[start]!)) start++;
  while (end > start && /[\s”"’',.]/.test(text[end - 1]!)) end--;
  return end > start ? spanOf(text, start, end) : null;
}

function quoteIn(text: string, span: Span): Span | null {
  // The closing mark may have gone with a split (“very constructive” and confirmed ...).
  const m = /[“"]([^”"]{3,}?)[,.]?(?:[”"]|$)/.exec(span.text);
  if (!m) return null;
  const start = span.start + m.index + 1;
  return spanOf(text, start, start + m[1]!.length);
}

/**
 * Turns attributed contents and stance-bearing sentences into claims: one normalized
 * proposition per content part, a separate claim for each condition, and the statements
 * (holder, cue, evidence) that the stance extractor types.
 */
export const claimExtractor: StageExtractor = {
  name: 'claims',
  run(state: Readonly<ExtractionState>): Partial<ExtractionState> {
    const { text } = state;
    const b = new ClaimBuilder(state);
    const outer = new Set(state.attributions.map((a) => a.via).filter((v): v is string => v !== null));
    const bySentence = new Map<number, typeof state.attributions>();
    for (const a of state.attributions) {
      const s = sentenceAt(state.sentences, a.cue[0]!.start);
      if (!s) continue;
      bySentence.set(s.index, [...(bySentence.get(s.index) ?? []), a]);
    }

    for (const sentence of state.sentences) {
      if (sentence.heading) continue;
      const span = spanOf(text, sentence.start, sentence.end);
      const attributions = bySentence.get(sentence.index) ?? [];
      // "X rejected claims that ...": the claim is reported so that a later "the reports were false" finds it.
      const denied = DENIAL_OF_CLAIMS.exec(span.text);
      if (denied) {
        const cue = spanOf(text, span.start + denied.index, span.start + denied.index + denied[0].replace(/\s+that\s+$/i, '').length);
        const holder = b.subject(sentence, cue.start);
        const clauseStart = span.start + denied.index + denied[0].length;
        const clause = splitContent(text, spanOf(text, clauseStart, sentence.end))[0]?.part;
        const claim = clause ? b.claim(clause) : null;
        if (claim) {
          b.reported.push(claim.key);
          b.statements.push({ holder, claim: claim.key, condition: null, attribution: null, cue, evidence: span, quote: null, polarity: 'OPPOSE', origin: 'sentence' });
        }
      }
      for (const a of attributions) {
        if (!a.sourceActor || (denied && a.cue[0]!.start >= span.start + denied.index)) continue;
        // A reporter's own words stop where the report it relays begins.
        const inner = outer.has(a.key) ? descendants(state.attributions, a.key).map((x) => (x.source[0] ?? x.cue[0]!).start) : [];
        for (const whole of a.content) {
          const stop = Math.min(whole.end, ...inner.filter((at) => at >= whole.start));
          const content = spanOf(text, whole.start, stop);
          if (content.text.trim().split(/\s+/).length < 3) continue;
          for (const { cue, part } of splitContent(text, content)) {
            const quote = quoteIn(text, part) ?? (a.kind === 'DIRECT' ? unquoted(text, part) : null);
            b.statement(part, a.sourceActor, cue ?? a.cue[0]!, sentence, a.key, quote, 'attribution');
          }
        }
      }
      // An unattributed sentence whose subject makes something depend on a condition.
      const cond = !denied && attributions.length === 0 ? conditionIn(text, span) : null;
      if (cond) {
        const holder = b.subject(sentence, cond.cue.start);
        const colon = span.text.slice(0, 40).indexOf(': ');
        const from = colon > 0 ? span.start + colon + 2 : span.start;
        const body = splitContent(text, spanOf(text, from, sentence.end))[0]?.part;
        if (holder && body) b.statement(body, holder, cond.cue, sentence, null, null, 'sentence');
      }
      // "... indicating a strong stance against ceding territory".
      const position = POSITION_ON.exec(span.text);
      if (position) {
        const start = span.start + position.index + position[0].length;
        const rest = text.slice(start, sentence.end);
        const stop = rest.search(/[,.;:]|\s+(and|but|while|as)\s/);
        const target = spanOf(text, start, stop > 0 ? start + stop : sentence.end);
        const holder = b.subject(sentence, span.start + position.index);
        if (holder && target.text.trim().length > 3) {
          const cue = spanOf(text, span.start + position.index, start - 1);
          const claim = b.claim(target);
          if (claim) b.statements.push({ holder, claim: claim.key, condition: null, attribution: null, cue, evidence: span, quote: null, polarity: position[2] ? 'SUPPORT' : 'OPPOSE', origin: 'sentence' });
        }
      }
    }
    return {
      claims: b.claims,
      claimRelations: b.relations,
      statements: b.statements,
      reportedClaims: b.reported,
      diagnostics: [...state.diagnostics, ...b.diagnostics, { level: 'info', code: 'CLAIMS', message: `${b.claims.length} claims, ${b.statements.length} statements` }],
    };
  },
};
