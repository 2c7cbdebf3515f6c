import { spanOf, type Span } from '../../../domain/span.js';
import { cueLexicon, type CueLexicon } from './lexicon.js';
import { quoteAt, type QuoteRegion } from './quotes.js';
import type { Analysis, Sentence, Token } from './tokens.js';
import type { AttributionSpans } from './types.js';

/** Token ranges [start, end) of one attribution before they become character spans. */
export interface TokenAttribution {
  source: [number, number][];
  cue: [number, number];
  content: [number, number][];
  /** Character ranges for content that follows quote marks rather than token boundaries. */
  contentChars?: [number, number][];
  viaCue: number | null;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const NP_INNER = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', '&', 'and', '-']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'this', 'many', 'some', 'others', 'both']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|previously|again|also|then|last|this|week|month|year|morning|afternoon|evening|night)$/u;
const CUE_ADVERB = /^[a-z]+$/u;
const BOUNDARY = new Set([',', ';', ':', '—', '–', '--', '(']);
const CLOSING_QUOTE = /^[”"»’']+$/u;
const OPENING_QUOTE = /^[“"«‘']+$/u;
const EDGE_PUNCT = /^[\p{P}]+$/u;

interface Context {
  tokens: Token[];
  quotes: QuoteRegion[];
  lex: CueLexicon;
  text: string;
}

function isNpToken(t: Token): boolean {
  if (t.pos === 'PART') return t.lower === "'s" || t.lower === '’s' || t.lower === "'";
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) || /^(his|her|their|its|our|my)$/u.test(t.lower);
  if (t.pos === 'DET') return !/^(that|which|whether)$/u.test(t.lower);
  return NP_POS.has(t.pos);
}

/** The noun phrase ending at token `end - 1` (exclusive end), walking left; null when there is none. */
function npBefore(ctx: Context, end: number, floor: number): [number, number] | null {
  const near = ctx.tokens[end - 1];
  if (near && near.pos === 'PRON' && SUBJECT_PRONOUNS.has(near.lower)) return end - 1 >= floor ? [end - 1, end] : null;
  let i = end - 1;
  while (i >= floor) {
    const t = ctx.tokens[i]!;
    if (isNpToken(t) || (t.shape.includes('.') && t.pos === 'PROPN')) {
      i--;
      continue;
    }
    // "a spokesman for the State Department", "Secretary of State": keep the preposition inside.
    if (NP_INNER.has(t.lower) && i - 1 >= floor && HEAD_POS.has(ctx.tokens[i - 1]!.pos) && i + 1 < end && isNpToken(ctx.tokens[i + 1]!)) {
      i--;
      continue;
    }
    break;
  }
  return trimNp(ctx, i + 1, end);
}

/** The noun phrase starting at token `start`, walking right, with an appositive that runs to the sentence end. */
function npAfter(ctx: Context, start: number, ceil: number): [number, number] | null {
  let i = start;
  while (i < ceil) {
    const t = ctx.tokens[i]!;
    if (isNpToken(t)) {
      i++;
      continue;
    }
    const prevPos = i > start ? ctx.tokens[i - 1]!.pos : '';
    // "officials familiar with the talks": a postnominal adjective may take its complement.
    const head = HEAD_POS.has(prevPos) || (prevPos === 'ADJ' && t.lower === 'with');
    if (NP_INNER.has(t.lower) && head && i + 1 < ceil && isNpToken(ctx.tokens[i + 1]!)) {
      i++;
      continue;
    }
    break;
  }
  const np = trimNp(ctx, start, i);
  if (!np) return null;
  // ", a spokesman for the agency." closing the sentence belongs to the source.
  if (ctx.tokens[np[1]]?.text === ',') {
    const app = npAfter(ctx, np[1] + 1, ceil);
    if (app && (app[1] >= ceil || /^[.!?]$/u.test(ctx.tokens[app[1]]!.text))) return [np[0], app[1]];
  }
  return np;
}

function trimNp(ctx: Context, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && ctx.tokens[s]!.pos === 'PART') s++;
  while (e > s && !HEAD_POS.has(ctx.tokens[e - 1]!.pos)) e--;
  if (s >= e) return null;
  if (e - s > 14) return null;
  return [s, e];
}

function isCueVerb(ctx: Context, t: Token): boolean {
  if (!ctx.lex.speechVerbs.has(t.lemma)) return false;
  if (t.pos === 'VERB') return true;
  // Tagging errors on "says"/"said" at the end of a sentence are common.
  return /^(said|says|told|tells)$/u.test(t.lower);
}

function isBoundary(t: Token | undefined): boolean {
  return !!t && (BOUNDARY.has(t.text) || CLOSING_QUOTE.test(t.text));
}

/** An auxiliary, negation or manner adverb: the words a cue takes before its verb ("has not yet said"). */
export function isCueModifier(t: Token): boolean {
  return t.pos === 'AUX' || t.lower === 'not' || t.lower === "n't" || (t.pos === 'ADV' && CUE_ADVERB.test(t.lower));
}

/** Extends the cue left over auxiliaries and a manner adverb ("has said", "also said"). */
export function cueStart(tokens: readonly Token[], verb: number, floor: number): number {
  let i = verb;
  while (i - 1 >= floor && isCueModifier(tokens[i - 1]!)) i--;
  return i;
}

/** Token index where the content starts after a cue ending at `after`, with the cue's new end; null if no content follows. */
function contentAfter(ctx: Context, verb: number, after: number, ceil: number): { start: number; cueEnd: number } | null {
  const tokens = ctx.tokens;
  let i = after;
  let extendable = true;
  if (ctx.lex.addresseeVerbs.has(tokens[verb]!.lemma)) {
    const obj = npAfterSimple(ctx, i, ceil);
    if (obj) {
      i = obj;
      extendable = false;
    }
  }
  const first = tokens[i];
  if (first && !(first.pos === 'ADP' || TIME_WORDS.test(first.lower))) extendable = false;
  let cueEnd = after;
  // A prepositional or time phrase before the content belongs to the cue ("said in a statement that").
  for (let j = i; j < Math.min(ceil, i + 9); j++) {
    const t = tokens[j]!;
    if ((t.lower === 'that' && t.pos !== 'PRON') || t.text === ':' || OPENING_QUOTE.test(t.text)) {
      if (j > i && extendable) cueEnd = j;
      if (j > i && !extendable) break;
      i = j;
      break;
    }
    if (t.text === ',' && OPENING_QUOTE.test(tokens[j + 1]?.text ?? '')) {
      if (j > i && extendable) cueEnd = j;
      if (j > i && !extendable) break;
      i = j + 1;
      break;
    }
    if (!extendable || !(t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || TIME_WORDS.test(t.lower))) break;
  }
  if (tokens[i]?.text === ':') i++;
  if (i >= ceil) return null;
  const rest = tokens.slice(i, ceil);
  const quoted = OPENING_QUOTE.test(tokens[i]!.text);
  const hasVerb = rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (!quoted && (!hasVerb || rest.length < 3)) return null;
  return { start: i, cueEnd };
}

function npAfterSimple(ctx: Context, start: number, ceil: number): number | null {
  let i = start;
  while (i < ceil && isNpToken(ctx.tokens[i]!) && ctx.tokens[i]!.lower !== 'that') i++;
  return i > start ? i : null;
}

/** Rule-based attributions for one sentence; quote regions let content run across sentence ends. */
function sentenceAttributions(ctx: Context, sent: Sentence, excludedTokens: ReadonlySet<number>): TokenAttribution[] {
  const { tokens, lex } = ctx;
  const out: TokenAttribution[] = [];
  const used = new Set<number>();
  const first = sent.first;
  let last = sent.last;
  while (last > first && /^[.!?]$/u.test(tokens[last - 1]!.text)) last--;

  for (let k = first; k < last; k++) {
    if (used.has(k) || excludedTokens.has(k)) continue;
    const t = tokens[k]!;
    if (quoteAt(ctx.quotes, t.start) >= 0) continue;

    // "according to X", "citing X": the source follows the cue.
    const phrase = lex.sourceAfter.find((p) => p.every((w, n) => tokens[k + n]?.lower === w));
    if (phrase) {
      const cueEnd = k + phrase.length;
      const src = npAfter(ctx, cueEnd, last);
      if (!src) continue;
      for (let n = k; n < src[1]; n++) used.add(n);
      if (lex.citing.has(t.lower)) {
        const reporter = out.length > 0 ? out[out.length - 1]! : null;
        out.push({
          source: [src],
          cue: [k, cueEnd],
          content: reporter ? reporter.content : leftContent(ctx, first, k),
          contentChars: reporter?.contentChars,
          viaCue: reporter ? reporter.cue[0] : null,
        });
        continue;
      }
      const content: [number, number][] = [];
      const left = leftContent(ctx, first, k);
      if (left.length > 0) content.push(...left);
      let after = src[1];
      if (tokens[after]?.text === ',') after++;
      if (after < last) content.push([after, last]);
      if (content.length > 0) out.push({ source: [src], cue: [k, cueEnd], content, viaCue: null });
      continue;
    }

    if (!isCueVerb(ctx, t)) continue;
    const cStart = cueStart(tokens, k, first);
    let cEnd = k + 1;
    if (t.lemma === 'point' && tokens[k + 1]?.lower === 'out') cEnd++;
    const before = tokens[cStart - 1];

    // "..., said X" / "“...,” said X"
    if (isBoundary(before) && cStart - 1 > first) {
      const src = npAfter(ctx, cEnd, last);
      if (src && (src[1] >= last || isBoundary(tokens[src[1]]))) {
        out.push(finalFrame(ctx, sent, first, cStart - 1, [src], [cStart, cEnd], src[1], last));
        for (let n = cStart; n < src[1]; n++) used.add(n);
        continue;
      }
    }

    // Source before the cue, with an appositive: "John Smith, a spokesman for X, said".
    let src = npBefore(ctx, cStart, first);
    if (!src && before?.text === ',') {
      const app = npBefore(ctx, cStart - 1, first);
      if (app && tokens[app[0] - 1]?.text === ',') {
        const head = npBefore(ctx, app[0] - 1, first);
        if (head && tokens[head[0]]!.pos === 'PROPN') src = [head[0], app[1]];
      }
    }
    if (!src) continue;
    const beforeSrc = tokens[src[0] - 1];

    // "..., X said" / "“...,” X said."
    if (RELATIVE.has(beforeSrc?.lower ?? '') || RELATIVE.has(tokens[cStart - 1]?.lower ?? '')) continue;
    if (isBoundary(beforeSrc) && src[0] - 1 > first) {
      const tail = tokens.slice(cEnd, last);
      const shortTail = tail.length <= 6 && !tail.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || OPENING_QUOTE.test(x.text));
      if (shortTail || (isBoundary(tokens[cEnd]) && !OPENING_QUOTE.test(tokens[cEnd + 1]?.text ?? ''))) {
        out.push(finalFrame(ctx, sent, first, src[0] - 1, [src], [cStart, cEnd], cEnd, last));
        for (let n = src[0]; n < cEnd; n++) used.add(n);
        continue;
      }
    }

    // "X said (that) ...", "X told Y that ...", "X said: “...”"
    const after = contentAfter(ctx, k, cEnd, last);
    if (after) {
      const spanEnd = extendContent(ctx, after.start, last);
      out.push({ source: [src], cue: [cStart, after.cueEnd], content: [[after.start, spanEnd.tokenEnd]], contentChars: spanEnd.chars, viaCue: null });
      for (let n = src[0]; n < after.cueEnd; n++) used.add(n);
      continue;
    }
    // "X said:" closing a sentence or paragraph, the quote following.
    if (tokens[cEnd]?.text === ':' || (cEnd >= last && tokens[last]?.text === ':')) {
      const nextQuote = ctx.quotes.find((q) => q.start >= tokens[cEnd]!.end);
      if (nextQuote && ctx.text.slice(tokens[cEnd]!.end, nextQuote.start).trim() === '') {
        out.push({ source: [src], cue: [cStart, cEnd], content: [], contentChars: [[nextQuote.start, nextQuote.end]], viaCue: null });
      }
    }
  }
  return out;
}

/** Content before a sentence-final attribution: from the sentence start (or an earlier opening quote) to the boundary. */
function finalFrame(ctx: Context, sent: Sentence, first: number, boundary: number, source: [number, number][], cue: [number, number], afterSource: number, last: number): TokenAttribution {
  const { tokens } = ctx;
  let contentEnd = boundary;
  while (contentEnd > first && (tokens[contentEnd - 1]!.text === ',' || CLOSING_QUOTE.test(tokens[contentEnd - 1]!.text))) contentEnd--;
  const contentChars: [number, number][] = [];
  let startChar = tokens[first]!.start;
  const q = quoteAt(ctx.quotes, tokens[contentEnd - 1]?.start ?? -1);
  if (q >= 0 && ctx.quotes[q]!.start < startChar) startChar = ctx.quotes[q]!.start;
  contentChars.push([startChar, tokens[Math.max(first, contentEnd - 1)]!.end]);
  // "“A,” he said, “B.”": the second fragment is part of the same content.
  let j = afterSource;
  if (tokens[j]?.text === ',') j++;
  while (j < tokens.length && /^[.!?]$/u.test(tokens[j]!.text)) j++;
  if (j < tokens.length && OPENING_QUOTE.test(tokens[j]!.text) && (j < last || j === sent.last)) {
    const q2 = quoteAt(ctx.quotes, tokens[j]!.start);
    if (q2 >= 0 && ctx.quotes[q2]!.start >= tokens[j]!.start) contentChars.push([ctx.quotes[q2]!.start, ctx.quotes[q2]!.end]);
  }
  return { source, cue, content: [], contentChars, viaCue: null };
}

function leftContent(ctx: Context, first: number, cue: number): [number, number][] {
  let end = cue;
  while (end > first && isBoundary(ctx.tokens[end - 1])) end--;
  return end - first >= 2 ? [[first, end]] : [];
}

/** Content running to the sentence end, or to the end of a quote opened in it that closes later. */
function extendContent(ctx: Context, start: number, last: number): { tokenEnd: number; chars?: [number, number][] } {
  const { tokens, quotes } = ctx;
  const lastTok = tokens[last - 1]!;
  const q = quoteAt(quotes, lastTok.start);
  if (q >= 0 && quotes[q]!.end > lastTok.end) return { tokenEnd: last, chars: [[tokens[start]!.start, quotes[q]!.end]] };
  return { tokenEnd: last };
}

/** Finds attributions with cue-verb rules. Token-level result, before conversion to spans. */
export function ruleAttributions(analysis: Analysis, text: string, excludedTokens: ReadonlySet<number>): TokenAttribution[] {
  const ctx: Context = { tokens: analysis.tokens, quotes: analysis.quotes, lex: cueLexicon(), text };
  const out: TokenAttribution[] = [];
  for (const sent of analysis.sentences) out.push(...sentenceAttributions(ctx, sent, excludedTokens));
  return out;
}

/** Converts token attributions to character spans, resolves `via` to array indexes, and labels the kind. */
export function toSpans(text: string, { tokens, quotes }: Analysis, found: readonly TokenAttribution[]): AttributionSpans[] {
  const range = (r: [number, number]): Span | null => (r[1] > r[0] ? spanOf(text, tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
  // Sources and cues are words: no comma or quote mark at their edges ("Anna Kelly, the spokeswoman,"),
  // unless the mark is all there is (the colon of "PENCE: ...", the dash of a signed quote).
  const trimmed = (r: [number, number]): Span | null => {
    let [a, b] = r;
    while (a < b && EDGE_PUNCT.test(tokens[a]!.text)) a++;
    while (b > a && EDGE_PUNCT.test(tokens[b - 1]!.text)) b--;
    return range(a < b ? [a, b] : r);
  };
  const spans = found.map((a) => {
    const content = a.contentChars && a.contentChars.length > 0 ? a.contentChars.map(([s, e]) => spanOf(text, s, e)) : (a.content.map(range).filter(Boolean) as Span[]);
    return {
      source: a.source.map(trimmed).filter(Boolean) as Span[],
      cue: [trimmed(a.cue)].filter(Boolean) as Span[],
      content,
      kind: kindOf(quotes, content),
      via: null as number | null,
    };
  });
  found.forEach((a, i) => {
    if (a.viaCue === null) return;
    const j = found.findIndex((b) => b.cue[0] === a.viaCue);
    spans[i]!.via = j >= 0 && j !== i ? j : null;
  });
  return spans;
}

/** DIRECT when all content is inside quote marks, MIXED when part of it is, INDIRECT otherwise. */
export function kindOf(quotes: readonly QuoteRegion[], content: readonly Span[]): 'DIRECT' | 'INDIRECT' | 'MIXED' {
  let inside = 0;
  let total = 0;
  for (const c of content) {
    for (let i = c.start; i < c.end; i++) {
      if (/\s/u.test(c.text[i - c.start]!)) continue;
      total++;
      if (quoteAt(quotes, i) >= 0) inside++;
    }
  }
  if (total > 0 && inside === total) return 'DIRECT';
  return inside > 0 ? 'MIXED' : 'INDIRECT';
}
