import { winkReader as reader } from '../wink.reader.js';
import { findQuotes, type QuoteRegion } from './quotes.js';

/** A word of the text with the annotations the rules and the tagger read. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  shape: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last) into `Analysis.tokens`. */
  first: number;
  last: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  /** The text's quoted regions (findQuotes), found once for every reader of the analysis. */
  quotes: QuoteRegion[];
}

/**
 * Splits a text into sentences and tokens with POS tags and lemmas (wink-nlp). Offsets are
 * recovered from wink's lossless tokenisation; white-space tokens are dropped.
 */
export function analyze(text: string): Analysis {
  const { values, spaces, pos, lemmas, shapes, sentenceOf } = reader.read(text, (doc, its) => {
    const values = doc.tokens().out(its.value) as string[];
    const sentenceOf = new Array<number>(values.length).fill(0);
    doc.sentences().each((s, k) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      for (let i = a; i <= b && i < values.length; i++) sentenceOf[i] = k;
    });
    return {
      values,
      spaces: doc.tokens().out(its.precedingSpaces) as string[],
      pos: doc.tokens().out(its.pos) as string[],
      lemmas: doc.tokens().out(its.lemma as unknown as typeof its.value) as string[],
      shapes: doc.tokens().out(its.shape) as string[],
      sentenceOf,
    };
  });

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let start = cursor;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, Math.max(0, cursor - spaces[i]!.length));
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    if (value.trim() === '') continue;
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      shape: shapes[i] ?? '',
      sentence: sentenceOf[i]!,
    });
  }

  // A line break ends a sentence too: headlines, datelines and list items have no final period.
  const sentences: Sentence[] = [];
  const winkSentence = tokens.map((t) => t.sentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const last = sentences[sentences.length - 1];
    const lineBreak = i > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n');
    if (last && (winkSentence[i - 1] === winkSentence[i] || continuesSentence(tokens, winkSentence, i, last.last - last.first)) && !lineBreak) {
      last.end = t.end;
      last.last = i + 1;
    } else sentences.push({ start: t.start, end: t.end, first: i, last: i + 1 });
    t.sentence = sentences.length - 1;
  }
  return { tokens, sentences, quotes: findQuotes(text) };
}

/** Abbreviations that take a period inside a sentence and rarely end one ("the Rev. Peter Wherry", "Sen. Reid"). */
const ABBREVIATIONS = new Set([
  'rev', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'cmdr', 'adm', 'maj', 'prof', 'hon', 'supt',
  'det', 'insp', 'msgr', 'messrs', 'mmes', 'st', 'ft', 'mt', 'no', 'nos', 'vs', 'approx', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A sentence grows by abbreviation repairs only up to this many tokens: runs of "x. x. x." stay split. */
const MAX_REPAIRED_SENTENCE = 80;

/**
 * Whether the sentence break wink put before token i is a period of an abbreviation: after a known
 * abbreviation ("the Rev. Peter Wherry"), after a letter of a party-state tag ("(D-N.C.)"), before a
 * lower-case word after a closing bracket ("Harry Reid (D-Nev.) said"), or a closing quote mark
 * glued to the period and left alone by wink ("It works.''").
 */
function continuesSentence(tokens: readonly Token[], winkSentence: readonly number[], i: number, length: number): boolean {
  if (length >= MAX_REPAIRED_SENTENCE) return false;
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (/^[”’']$/u.test(t.text) && t.start === prev.end && winkSentence[i + 1] !== winkSentence[i]) return true;
  if (prev.text === ')' && /^\p{Ll}/u.test(t.text)) return true;
  const word = tokens[i - 2];
  if (prev.text !== '.' || !word || word.end !== prev.start) return false;
  if (ABBREVIATIONS.has(word.lower) && word.text !== word.lower) return true;
  const before = tokens[i - 3];
  return /^\p{Lu}$/u.test(word.text) && before !== undefined && before.end === word.start && /^[-.]$/u.test(before.text);
}

/** Indexes, in order, of the tokens that overlap any of the ranges: one pass over both. */
export function tokensOverlapping(tokens: readonly Token[], ranges: readonly { start: number; end: number }[]): Set<number> {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const out = new Set<number>();
  let r = 0;
  let reach = -Infinity;
  tokens.forEach((t, i) => {
    // Ranges that start before the token ends: the furthest end among them decides the overlap.
    while (r < sorted.length && sorted[r]!.start < t.end) reach = Math.max(reach, sorted[r++]!.end);
    if (reach > t.start) out.add(i);
  });
  return out;
}
