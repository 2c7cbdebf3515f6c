import { cueLexicon } from './lexicon.js';
import { findQuotes, quoteAt } from './quotes.js';
import type { TokenAttribution } from './rules.js';
import type { Analysis, Token } from './tokens.js';

/** Per-token facts computed once per document and shared by both taggers. */
export interface DocContext {
  tokens: Token[];
  sentenceOf: number[];
  /** Index of the quote region containing the token, or -1. */
  quote: number[];
  /** Static features of each token, for the cue tagger. */
  base: string[][];
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
function clauseFeatures(tokens: readonly Token[]): string[][] {
  let verbs = 0;
  let nominal = false;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || prev.sentence !== t.sentence || PUNCT_BOUNDARY.test(prev.text) || QUOTE_MARK.test(prev.text)) {
      verbs = 0;
      nominal = false;
    }
    const f = [`vr_p=${Math.min(verbs, 2)}_${t.pos}`];
    if (nominal && verbs === 0) f.push(`subj_l=${t.lemma}`);
    if (t.pos === 'VERB') verbs++;
    else if (NOMINAL.has(t.pos) && verbs === 0) nominal = true;
    return f;
  });
}

function shortShape(t: Token): string {
  if (/^\p{P}+$/u.test(t.text)) return t.text.length === 1 ? t.text : 'P';
  if (/^\p{Lu}/u.test(t.text)) return /^\p{Lu}+$/u.test(t.text) && t.text.length > 1 ? 'XX' : 'Xx';
  if (/^\p{N}/u.test(t.text)) return 'd';
  return 'x';
}

/** Builds the per-token context of an analysed document. */
export function docContext(text: string, analysis: Analysis, rules: readonly TokenAttribution[]): DocContext {
  const lex = cueLexicon();
  const quotes = findQuotes(text);
  const tokens = analysis.tokens;
  const quote = tokens.map((t) => quoteAt(quotes, t.start));
  const commas = running(tokens, (t) => PUNCT_BOUNDARY.test(t.text));
  const quoteMarks = running(tokens, (t) => QUOTE_MARK.test(t.text));
  const verbs = running(tokens, (t) => t.pos === 'VERB');
  const toEnd = tokens.map(() => 0);
  for (let i = tokens.length - 2; i >= 0; i--) if (tokens[i]!.sentence === tokens[i + 1]!.sentence) toEnd[i] = toEnd[i + 1]! + 1;
  const sentenceQuoted = new Set(tokens.flatMap((t, i) => (quote[i]! >= 0 || QUOTE_MARK.test(t.text) ? [t.sentence] : [])));
  const clause = clauseFeatures(tokens);
  const base = tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const sentStart = !prev || prev.sentence !== t.sentence;
    const f = [
      'b',
      `w=${t.lower}`,
      `l=${t.lemma}`,
      `p=${t.pos}`,
      `s=${shortShape(t)}`,
      `x3=${t.lower.slice(-3)}`,
      `w-1=${sentStart ? '<s>' : prev!.lower}`,
      `w+1=${next && next.sentence === t.sentence ? next.lower : '</s>'}`,
      `p-1=${sentStart ? '<s>' : prev!.pos}`,
      `p+1=${next && next.sentence === t.sentence ? next.pos : '</s>'}`,
      `p-2=${tokens[i - 2]?.pos ?? '<s>'}`,
      `p+2=${tokens[i + 2]?.pos ?? '</s>'}`,
      `l-1l=${prev?.lemma ?? ''}_${t.lemma}`,
      `ll+1=${t.lemma}_${next?.lemma ?? ''}`,
      `pp+1=${t.pos}_${next?.pos ?? ''}`,
      `q=${quote[i]! >= 0}`,
    ];
    if (lex.speechVerbs.has(t.lemma)) f.push('lexv', `lexv_p=${t.pos}`, `lexv_p-1=${prev?.pos ?? ''}`);
    if (prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) f.push(`npl_l=${t.lemma}`);
    if (prev && prev.pos === 'AUX') f.push(`auxl_l=${t.lemma}`);
    f.push(`lp=${t.lemma}_${t.pos}`, `ww+1=${t.lower}_${next?.lower ?? ''}`, `w-1w=${prev?.lower ?? ''}_${t.lower}`);
    const ahead = tokens.slice(i + 1, i + 5).filter((x) => x.sentence === t.sentence);
    if (ahead.some((x) => x.lower === 'that')) f.push('that_ahead', `that_ahead_p=${t.pos}`);
    if (ahead.some((x) => /^[“"«:]$/u.test(x.text))) f.push('quote_ahead', `quote_ahead_p=${t.pos}`);
    const behind = tokens.slice(Math.max(0, i - 3), i).filter((x) => x.sentence === t.sentence);
    if (behind.some((x) => /^[”"»,]$/u.test(x.text))) f.push(`comma_behind_p=${t.pos}`);
    if (lex.cueNouns.has(t.lemma)) f.push('lexn');
    if (sentStart) f.push('first');
    if (next && /^[“"«]$/u.test(next.text)) f.push('next_quote_open');
    if (prev && /^[”"»]$/u.test(prev.text)) f.push('prev_quote_close');
    if (next && (next.lower === 'that' || next.text === ':')) f.push(`next_${next.lower}`);
    f.push(`frame=${wordClass(prev)}_${t.pos}_${wordClass(next)}`, `frame2=${wordClass(tokens[i - 2])}_${wordClass(prev)}_${t.pos}_${wordClass(next)}`);
    f.push(`pw+1=${t.pos}_${next?.lower ?? ''}`, `sq_p=${sentenceQuoted.has(t.sentence)}_${t.pos}`, ...clause[i]!);
    return f;
  });
  const hints = ruleHints(tokens, rules);
  base.forEach((f, i) => {
    const h = hints.cue[i]!;
    f.push(`rc=${h}`, `rc_l=${h}_${tokens[i]!.lemma}`, `rc+1=${hints.cue[i + 1] ?? 'O'}`);
  });
  return { tokens, sentenceOf: tokens.map((t) => t.sentence), quote, base, commas, verbs, quoteMarks, toEnd, hints };
}

/** Features of token i for the cue tagger, given the two previous predicted labels. */
export function cueFeatures(ctx: DocContext, i: number, prev1: string, prev2: string): string[] {
  const t = ctx.tokens[i]!;
  return [...ctx.base[i]!, `y-1=${prev1}`, `y-2y-1=${prev2}_${prev1}`, `y-1w=${prev1}_${t.lower}`, `y-1p=${prev1}_${t.pos}`];
}
