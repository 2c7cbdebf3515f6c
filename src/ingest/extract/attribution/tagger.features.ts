import { NameSink, type FeatureSink } from './feature.index.js';
import { cueLexicon } from './lexicon.js';
import { quoteAt } from './quotes.js';
import type { TokenAttribution } from './rules.js';
import type { Analysis, Token } from './tokens.js';

/** Per-token facts computed once per document and shared by both taggers. */
export interface DocContext {
  tokens: Token[];
  sentenceOf: number[];
  /** Index of the quote region containing the token, or -1. */
  quote: number[];
  /** Per token, for the cue tagger's clause features: verbs since its clause began (capped at 2), and whether a likely subject came before them. */
  clauseVerbs: string[];
  subject: boolean[];
  /** Per token: whether its sentence has a quote mark or quoted words ('true' / 'false'). */
  sentenceQuoted: string[];
  /** Running count of commas, colons and semicolons up to each token, for "boundaries between" features. */
  commas: number[];
  /** Running counts of verbs and of quote marks up to each token: how many lie between a token and a cue. */
  verbs: number[];
  quoteMarks: number[];
  /** Tokens after each token to the end of its sentence (0 for the last). */
  toEnd: number[];
  /** What the rules found, read as features (stacking): cue BIO per token, and role labels per rule cue token. */
  hints: RuleHints;
}

export interface RuleHints {
  cue: string[];
  /** For each rule cue token: role labels of the tokens within HINT_WINDOW sentences of it. */
  roles: Map<number, RoleHint>;
}

/** Labels 'S' source, 'C' content or 'O' of the tokens [lo, lo + labels.length). */
export interface RoleHint {
  lo: number;
  labels: string[];
}

/**
 * Sentences on each side of a rule cue whose tokens carry its role hints. The role tagger reads
 * hints only inside its own window, so this must be at least the model's window; keeping the
 * hints local keeps their cost linear in the text (many cues times the whole text is not).
 */
export const HINT_WINDOW = 3;

/** The rule hint of the cue tokens [c0, c1): the first of its tokens that is a rule cue, if any. */
export function cueHintOf(ctx: DocContext, c0: number, c1: number): RoleHint | undefined {
  for (let k = c0; k < c1; k++) {
    const hint = ctx.hints.roles.get(k);
    if (hint) return hint;
  }
  return undefined;
}

/** The role hint of token i for the rule cue whose hint is `hint`: 'O' outside its window. */
export function hintAt(hint: RoleHint, i: number): string {
  return i >= hint.lo && i < hint.lo + hint.labels.length ? hint.labels[i - hint.lo]! : 'O';
}

/** Turns rule attributions into per-token hints: 'S' source, 'C' content, 'O' neither, for each rule cue. */
export function ruleHints(tokens: readonly Token[], found: readonly TokenAttribution[]): RuleHints {
  const cue = tokens.map(() => 'O');
  const roles = new Map<number, RoleHint>();
  for (const a of found) {
    for (let i = a.cue[0]; i < a.cue[1]; i++) cue[i] = i === a.cue[0] ? 'B' : 'I';
    const [lo, hi] = sentenceWindow(tokens, a.cue[0], HINT_WINDOW);
    const labels = new Array<string>(hi - lo).fill('O');
    const chars = a.contentChars && a.contentChars.length > 0 ? a.contentChars : a.content.map(([s, e]) => [tokens[s]!.start, tokens[e - 1]!.end] as [number, number]);
    for (let i = lo; i < hi; i++) {
      const t = tokens[i]!;
      if (chars.some(([s, e]) => t.start >= s && t.end <= e)) labels[i - lo] = 'C';
    }
    for (const [s, e] of a.source) for (let i = Math.max(s, lo); i < Math.min(e, hi); i++) labels[i - lo] = 'S';
    for (let i = a.cue[0]; i < a.cue[1]; i++) roles.set(i, { lo, labels });
  }
  return { cue, roles };
}

/** Token range [lo, hi) of the sentences within `window` of token i's sentence, found by walking out from i. */
export function sentenceWindow(tokens: readonly { sentence: number }[], i: number, window: number): [number, number] {
  const s = tokens[i]!.sentence;
  let lo = i;
  while (lo > 0 && tokens[lo - 1]!.sentence >= s - window) lo--;
  let hi = i + 1;
  while (hi < tokens.length && tokens[hi]!.sentence <= s + window) hi++;
  return [lo, hi];
}

const PUNCT_BOUNDARY = /^[,;:—–(]$/u;
const QUOTE_MARK = /^[“”"«»‘’]$/u;
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** A coarse class of a neighbour, for frames that an unseen predicate shares with seen ones. */
function wordClass(t: Token | undefined): string {
  if (!t) return '<>';
  if (QUOTE_MARK.test(t.text)) return 'q';
  if (/^[,;:—–]$/u.test(t.text) || t.lower === 'that' || t.lower === 'to') return t.lower;
  if (NOMINAL.has(t.pos)) return 'n';
  return t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADP' ? t.pos : 'o';
}

/** Running count, up to each token, of the tokens that pass the test. */
function running(tokens: readonly Token[], test: (t: Token) => boolean): number[] {
  let c = 0;
  return tokens.map((t) => (test(t) ? ++c : c));
}

/**
 * Clause facts of each token for the cue tagger: verbs seen since the clause began (at a sentence
 * start, a boundary mark or a quote mark) and whether a nominal came before them (a likely subject).
 */
function clauseFacts(tokens: readonly Token[]): { clauseVerbs: string[]; subject: boolean[] } {
  let verbs = 0;
  let nominal = false;
  const clauseVerbs: string[] = [];
  const subject: boolean[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || prev.sentence !== t.sentence || PUNCT_BOUNDARY.test(prev.text) || QUOTE_MARK.test(prev.text)) {
      verbs = 0;
      nominal = false;
    }
    clauseVerbs.push(String(Math.min(verbs, 2)));
    subject.push(nominal && verbs === 0);
    if (t.pos === 'VERB') verbs++;
    else if (NOMINAL.has(t.pos) && verbs === 0) nominal = true;
  });
  return { clauseVerbs, subject };
}

function shortShape(t: Token): string {
  if (/^\p{P}+$/u.test(t.text)) return t.text.length === 1 ? t.text : 'P';
  if (/^\p{Lu}/u.test(t.text)) return /^\p{Lu}+$/u.test(t.text) && t.text.length > 1 ? 'XX' : 'Xx';
  if (/^\p{N}/u.test(t.text)) return 'd';
  return 'x';
}

/** Builds the per-token context of an analysed document. */
export function docContext(text: string, analysis: Analysis, rules: readonly TokenAttribution[]): DocContext {
  const { tokens, quotes } = analysis;
  const quote = tokens.map((t) => quoteAt(quotes, t.start));
  const commas = running(tokens, (t) => PUNCT_BOUNDARY.test(t.text));
  const quoteMarks = running(tokens, (t) => QUOTE_MARK.test(t.text));
  const verbs = running(tokens, (t) => t.pos === 'VERB');
  const toEnd = tokens.map(() => 0);
  for (let i = tokens.length - 2; i >= 0; i--) if (tokens[i]!.sentence === tokens[i + 1]!.sentence) toEnd[i] = toEnd[i + 1]! + 1;
  const quotedSentences = new Set(tokens.flatMap((t, i) => (quote[i]! >= 0 || QUOTE_MARK.test(t.text) ? [t.sentence] : [])));
  const sentenceQuoted = tokens.map((t) => String(quotedSentences.has(t.sentence)));
  const { clauseVerbs, subject } = clauseFacts(tokens);
  const hints = ruleHints(tokens, rules);
  return { tokens, sentenceOf: tokens.map((t) => t.sentence), quote, clauseVerbs, subject, sentenceQuoted, commas, verbs, quoteMarks, toEnd, hints };
}

const QUOTE_AHEAD = /^[“"«:]$/u;
const QUOTE_BEHIND = /^[”"»,]$/u;
const QUOTE_OPEN = /^[“"«]$/u;
const QUOTE_CLOSE = /^[”"»]$/u;

/** Whether a token of [from, to) in `sentence` passes the test. */
function anyIn(tokens: readonly Token[], from: number, to: number, sentence: number, test: (t: Token) => boolean): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (tokens[k]!.sentence === sentence && test(tokens[k]!)) return true;
  return false;
}

/** The cue tagger's features of token i that do not read the predicted labels, in the model's order. */
export function cueTokenFeatures(ctx: DocContext, i: number, f: FeatureSink): void {
  const lex = cueLexicon();
  const tokens = ctx.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const sentStart = !prev || prev.sentence !== t.sentence;
  const nextInSentence = next !== undefined && next.sentence === t.sentence;
  f.add('b');
  f.add('w', t.lower);
  f.add('l', t.lemma);
  f.add('p', t.pos);
  f.add('s', shortShape(t));
  f.add('x3', t.lower.slice(-3));
  f.add('w-1', sentStart ? '<s>' : prev!.lower);
  f.add('w+1', nextInSentence ? next.lower : '</s>');
  f.add('p-1', sentStart ? '<s>' : prev!.pos);
  f.add('p+1', nextInSentence ? next.pos : '</s>');
  f.add('p-2', tokens[i - 2]?.pos ?? '<s>');
  f.add('p+2', tokens[i + 2]?.pos ?? '</s>');
  f.add('l-1l', prev?.lemma ?? '', t.lemma);
  f.add('ll+1', t.lemma, next?.lemma ?? '');
  f.add('pp+1', t.pos, next?.pos ?? '');
  f.add('q', ctx.quote[i]! >= 0 ? 'true' : 'false');
  if (lex.speechVerbs.has(t.lemma)) {
    f.add('lexv');
    f.add('lexv_p', t.pos);
    f.add('lexv_p-1', prev?.pos ?? '');
  }
  if (prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) f.add('npl_l', t.lemma);
  if (prev && prev.pos === 'AUX') f.add('auxl_l', t.lemma);
  f.add('lp', t.lemma, t.pos);
  f.add('ww+1', t.lower, next?.lower ?? '');
  f.add('w-1w', prev?.lower ?? '', t.lower);
  if (anyIn(tokens, i + 1, i + 5, t.sentence, (x) => x.lower === 'that')) {
    f.add('that_ahead');
    f.add('that_ahead_p', t.pos);
  }
  if (anyIn(tokens, i + 1, i + 5, t.sentence, (x) => QUOTE_AHEAD.test(x.text))) {
    f.add('quote_ahead');
    f.add('quote_ahead_p', t.pos);
  }
  if (anyIn(tokens, i - 3, i, t.sentence, (x) => QUOTE_BEHIND.test(x.text))) f.add('comma_behind_p', t.pos);
  if (lex.cueNouns.has(t.lemma)) f.add('lexn');
  if (sentStart) f.add('first');
  if (next && QUOTE_OPEN.test(next.text)) f.add('next_quote_open');
  if (prev && QUOTE_CLOSE.test(prev.text)) f.add('prev_quote_close');
  if (next && (next.lower === 'that' || next.text === ':')) f.add(`next_${next.lower}`);
  f.add('frame', wordClass(prev), t.pos, wordClass(next));
  f.add('frame2', wordClass(tokens[i - 2]), wordClass(prev), t.pos, wordClass(next));
  f.add('pw+1', t.pos, next?.lower ?? '');
  f.add('sq_p', ctx.sentenceQuoted[i]!, t.pos);
  f.add('vr_p', ctx.clauseVerbs[i]!, t.pos);
  if (ctx.subject[i]) f.add('subj_l', t.lemma);
  const h = ctx.hints.cue[i]!;
  f.add('rc', h);
  f.add('rc_l', h, t.lemma);
  f.add('rc+1', ctx.hints.cue[i + 1] ?? 'O');
}

/** The cue tagger's features of token t that read the two previous labels, after its token features. */
export function cueLabelFeatures(t: Token, prev1: string, prev2: string, f: FeatureSink): void {
  f.add('y-1', prev1);
  f.add('y-2y-1', prev2, prev1);
  f.add('y-1w', prev1, t.lower);
  f.add('y-1p', prev1, t.pos);
}

/** Names of the features of token i for the cue tagger, given the two previous predicted labels (what training reads). */
export function cueFeatures(ctx: DocContext, i: number, prev1: string, prev2: string): string[] {
  const names = new NameSink();
  cueTokenFeatures(ctx, i, names);
  cueLabelFeatures(ctx.tokens[i]!, prev1, prev2, names);
  return names.names;
}
