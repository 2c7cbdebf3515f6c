import type { DocContext, RoleHint } from './tagger.features.js';
import { cueHintOf, hintAt } from './tagger.features.js';

/**
 * The source/content tagger's features, written once as templates. Training reads their names
 * (`roleFeatures`); prediction (role.scorer.ts) reads their weights through caches chosen by each
 * template's scope, so most of a token's features cost an array lookup instead of building a
 * string and probing a map of 100k+ entries.
 */

/** Where a template's value comes from, which decides how its weights can be cached. */
export type RoleScope =
  /** The token and the side of the cue it is on: summed once per token and side, per document. */
  | 'token'
  /** The cue's own words and the side: summed once per cue and side. */
  | 'cue'
  /** The cue's lemma with a small value: cached per cue lemma under `key`. */
  | 'cue-small'
  /** Small values only (distance buckets, labels, POS, hints): cached for good under `key`. */
  | 'small'
  /** The previous label and the token's word: cached per document under token and label. */
  | 'token-label';

/** Everything a template reads about token i relative to the cue [c0, c1), with small values also as numbers. */
export interface RoleView {
  ctx: DocContext;
  i: number;
  c0: number;
  c1: number;
  dir: 'L' | 'R';
  dirIdx: number;
  db: string;
  dbIdx: number;
  sentOff: number;
  bb: string;
  bbIdx: number;
  /** Verbs (0, 1, 2 for more) and quote marks (the same) strictly between the token and the cue. */
  vbIdx: number;
  qbIdx: number;
  /** Bucket of the tokens left in the token's sentence (index into END_BUCKETS). */
  endIdx: number;
  hint: string;
  hintIdx: number;
  hintPrev: string;
  hintPrevIdx: number;
  inQuote: boolean;
  cueQuoteAdjacent: boolean;
  pos: string;
  posIdx: number;
  /** POS numbers of the tokens before and after ('' when there is none). */
  prevPosIdx: number;
  nextPosIdx: number;
  prev1: string;
  prev1Idx: number;
  prev2: string;
  prev2Idx: number;
}

export interface RoleTemplate {
  scope: RoleScope;
  name: (v: RoleView) => string;
  /** For 'small' and 'cue-small': a small whole number (a mixed-radix code of the values) that identifies the name among this template's names. */
  key?: (v: RoleView) => number;
  /**
   * For 'token', 'token-label' and 'cue': the name as a head that is one of a few fixed strings
   * and a word of the text, `name(v) === heads[head(v)] + word(v)`, so the weights are found
   * without building the name (`FeatureIndex.rowAfter`).
   */
  heads?: readonly string[];
  head?: (v: RoleView) => number;
  word?: (v: RoleView) => string;
}

/** A template named `${head}${dir}${word}`: its head is chosen by the side of the cue. */
function sided(scope: RoleScope, head: string, word: (v: RoleView) => string): RoleTemplate {
  const heads = [`${head}L`, `${head}R`];
  return { scope, name: (v) => heads[v.dirIdx]! + word(v), heads, head: (v) => v.dirIdx, word };
}

/** A template named `${head}${prev1}_${word}`: its head is chosen by the previous label. */
function labelled(scope: RoleScope, head: string, word: (v: RoleView) => string): RoleTemplate {
  const heads = PREV_LABELS.map((l) => `${head}${l}_`);
  return { scope, name: (v) => `${head}${v.prev1}_${word(v)}`, heads, head: (v) => v.prev1Idx, word };
}

const DIST_BUCKETS = ['0', '1', '2', '3', '4-5', '6-8', '9-15', '16-30', '31+'];
const HINTS = ['none', 'O', 'S', 'C'];
const END_BUCKETS = ['0', '1', '2-3', '4-7', '8+'];
/** '<s>' and the role tagger's labels: the values prev1 and prev2 take. */
export const PREV_LABELS = ['<s>', 'O', 'B-S', 'I-S', 'B-C', 'I-C'];
/** Sentence offsets kept apart in keys (the model's window is at most HINT_WINDOW = 3). */
const MAX_SENT_OFF = 8;
/** Part-of-speech tags get small numbers in order of first sight; keys assume fewer than this many. */
export const MAX_POS = 256;
const posIds = new Map<string, number>();

function posIdx(pos: string): number {
  let id = posIds.get(pos);
  if (id === undefined) {
    id = posIds.size;
    posIds.set(pos, id);
  }
  return id;
}

function distBucket(d: number): number {
  const a = Math.abs(d);
  return a <= 3 ? a : a <= 5 ? 4 : a <= 8 ? 5 : a <= 15 ? 6 : a <= 30 ? 7 : 8;
}

function endBucket(n: number): number {
  return n <= 1 ? n : n <= 3 ? 2 : n <= 7 ? 3 : 4;
}

/** How many of a running count's items lie strictly between token i and the cue [c0, c1), capped at `cap`. */
function countBetween(counts: readonly number[], i: number, c0: number, c1: number, cap: number): number {
  return Math.min(cap, i < c0 ? counts[c0 - 1]! - counts[i]! : counts[i - 1]! - counts[c1 - 1]!);
}

const BB = ['0', '1', '2', '3', '3+'];

/**
 * The view of token i for the cue [c0, c1) with the two previous labels; `cueHint` is the rule hint
 * of the cue, if any. With `into`, that view is overwritten and returned instead of a new one
 * (prediction reads thousands of views per document and keeps none).
 */
export function roleView(
  ctx: DocContext,
  i: number,
  c0: number,
  c1: number,
  cueHint: RoleHint | undefined,
  prev1: string,
  prev2: string,
  into?: RoleView,
): RoleView {
  const t = ctx.tokens[i]!;
  const dirIdx = i < c0 ? 0 : 1;
  const d = i < c0 ? c0 - i : i - c1 + 1;
  const dbIdx = distBucket(d);
  // Boundary marks between: 0-3, or 4 standing for "3+".
  const bbIdx = countBetween(ctx.commas, i, c0, c1, 4);
  const q = ctx.quote[i]!;
  const hint = cueHint ? hintAt(cueHint, i) : 'none';
  const hintPrev = cueHint ? hintAt(cueHint, i - 1) : 'none';
  const v = into ?? ({} as RoleView);
  v.ctx = ctx;
  v.i = i;
  v.c0 = c0;
  v.c1 = c1;
  v.dir = dirIdx === 0 ? 'L' : 'R';
  v.dirIdx = dirIdx;
  v.db = DIST_BUCKETS[dbIdx]!;
  v.dbIdx = dbIdx;
  v.sentOff = ctx.sentenceOf[i]! - ctx.sentenceOf[c0]!;
  v.bb = BB[bbIdx]!;
  v.bbIdx = bbIdx;
  v.vbIdx = countBetween(ctx.verbs, i, c0, c1, 2);
  v.qbIdx = countBetween(ctx.quoteMarks, i, c0, c1, 2);
  v.endIdx = endBucket(ctx.toEnd[i]!);
  v.hint = hint;
  v.hintIdx = HINTS.indexOf(hint);
  v.hintPrev = hintPrev;
  v.hintPrevIdx = HINTS.indexOf(hintPrev);
  v.inQuote = q >= 0;
  v.cueQuoteAdjacent = q >= 0 && (ctx.quote[c0 - 1] === q || ctx.quote[c0 - 2] === q || ctx.quote[c1] === q || ctx.quote[c1 + 1] === q);
  v.pos = t.pos;
  v.posIdx = posIdx(t.pos);
  v.prevPosIdx = posIdx(ctx.tokens[i - 1]?.pos ?? '');
  v.nextPosIdx = posIdx(ctx.tokens[i + 1]?.pos ?? '');
  v.prev1 = prev1;
  v.prev1Idx = PREV_LABELS.indexOf(prev1);
  v.prev2 = prev2;
  v.prev2Idx = PREV_LABELS.indexOf(prev2);
  return v;
}

const tok = (v: RoleView, k: number) => v.ctx.tokens[v.i + k];
const cueTok = (v: RoleView, at: number) => v.ctx.tokens[at];
const lemma = (v: RoleView): string => v.ctx.tokens[v.c0]!.lemma;
const sentOff = (v: RoleView): number => Math.max(-MAX_SENT_OFF, Math.min(MAX_SENT_OFF, v.sentOff)) + MAX_SENT_OFF;
const SO = 2 * MAX_SENT_OFF + 1;

export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  { scope: 'small', name: (v) => `r=${v.hint}`, key: (v) => v.hintIdx },
  { scope: 'small', name: (v) => `r_d=${v.hint}${v.dir}${v.db}`, key: (v) => (v.hintIdx * 2 + v.dirIdx) * 9 + v.dbIdx },
  { scope: 'small', name: (v) => `r_y-1=${v.hint}_${v.prev1}`, key: (v) => v.hintIdx * 6 + v.prev1Idx },
  { scope: 'small', name: (v) => `r_rp=${v.hintPrev}_${v.hint}`, key: (v) => v.hintPrevIdx * 4 + v.hintIdx },
  { scope: 'small', name: (v) => `r_p=${v.hint}_${v.dir}${v.pos}`, key: (v) => (v.hintIdx * 2 + v.dirIdx) * MAX_POS + v.posIdx },
  { scope: 'small', name: (v) => `b${v.dir}`, key: (v) => v.dirIdx },
  { scope: 'small', name: (v) => `d=${v.dir}${v.db}`, key: (v) => v.dirIdx * 9 + v.dbIdx },
  { scope: 'small', name: (v) => `so=${v.sentOff}`, key: sentOff },
  { scope: 'small', name: (v) => `so_d=${v.sentOff}${v.dir}${v.db}`, key: (v) => (sentOff(v) * 2 + v.dirIdx) * 9 + v.dbIdx },
  { scope: 'small', name: (v) => `cm=${v.dir}${v.bb}`, key: (v) => v.dirIdx * 5 + v.bbIdx },
  { scope: 'small', name: (v) => `cm_p=${v.dir}${v.bb}_${v.pos}`, key: (v) => (v.dirIdx * 5 + v.bbIdx) * MAX_POS + v.posIdx },
  sided('token', 'w=', (v) => tok(v, 0)!.lower),
  sided('token', 'l=', (v) => tok(v, 0)!.lemma),
  { scope: 'small', name: (v) => `p=${v.dir}${v.pos}`, key: (v) => v.dirIdx * MAX_POS + v.posIdx },
  { scope: 'small', name: (v) => `pd=${v.dir}${v.db}_${v.pos}`, key: (v) => (v.dirIdx * 9 + v.dbIdx) * MAX_POS + v.posIdx },
  sided('token', 'w-1=', (v) => tok(v, -1)?.lower ?? ''),
  sided('token', 'w+1=', (v) => tok(v, 1)?.lower ?? ''),
  { scope: 'small', name: (v) => `p-1=${v.dir}${tok(v, -1)?.pos ?? ''}_${v.pos}`, key: (v) => (v.dirIdx * MAX_POS + v.prevPosIdx) * MAX_POS + v.posIdx },
  { scope: 'small', name: (v) => `p+1=${v.dir}${v.pos}_${tok(v, 1)?.pos ?? ''}`, key: (v) => (v.dirIdx * MAX_POS + v.posIdx) * MAX_POS + v.nextPosIdx },
  sided('cue', 'cl=', lemma),
  { scope: 'cue-small', name: (v) => `cl_p=${v.dir}${lemma(v)}_${v.pos}`, key: (v) => v.dirIdx * MAX_POS + v.posIdx },
  { scope: 'cue-small', name: (v) => `cl_d=${v.dir}${lemma(v)}_${v.db}`, key: (v) => v.dirIdx * 9 + v.dbIdx },
  { scope: 'small', name: (v) => `q=${v.dir}${v.inQuote}_${v.cueQuoteAdjacent}`, key: (v) => (v.dirIdx * 2 + +v.inQuote) * 2 + +v.cueQuoteAdjacent },
  { scope: 'small', name: (v) => `q_so=${v.inQuote}_${v.sentOff}`, key: (v) => +v.inQuote * SO + sentOff(v) },
  { scope: 'small', name: (v) => `y-1=${v.prev1}`, key: (v) => v.prev1Idx },
  { scope: 'small', name: (v) => `y-2y-1=${v.prev2}_${v.prev1}`, key: (v) => v.prev2Idx * 6 + v.prev1Idx },
  { scope: 'small', name: (v) => `y-1p=${v.prev1}_${v.dir}${v.pos}`, key: (v) => (v.prev1Idx * 2 + v.dirIdx) * MAX_POS + v.posIdx },
  labelled('token-label', 'y-1w=', (v) => tok(v, 0)!.lower),
  { scope: 'small', name: (v) => `y-1d=${v.prev1}_${v.dir}${v.db}`, key: (v) => (v.prev1Idx * 2 + v.dirIdx) * 9 + v.dbIdx },
  { scope: 'small', name: (v) => `y-1cm=${v.prev1}_${v.dir}${v.bb}`, key: (v) => (v.prev1Idx * 2 + v.dirIdx) * 5 + v.bbIdx },
  // Clause structure: verbs and quote marks between the token and the cue, and how near its sentence ends.
  { scope: 'small', name: (v) => `vb=${v.dir}${v.vbIdx}_${v.bb}`, key: (v) => (v.dirIdx * 3 + v.vbIdx) * 5 + v.bbIdx },
  { scope: 'small', name: (v) => `vb_p=${v.dir}${v.vbIdx}_${v.pos}`, key: (v) => (v.dirIdx * 3 + v.vbIdx) * MAX_POS + v.posIdx },
  { scope: 'small', name: (v) => `y-1vb=${v.prev1}_${v.dir}${v.vbIdx}`, key: (v) => (v.prev1Idx * 2 + v.dirIdx) * 3 + v.vbIdx },
  { scope: 'cue-small', name: (v) => `cl_vb=${v.dir}${lemma(v)}_${v.vbIdx}_${v.bb}`, key: (v) => (v.dirIdx * 3 + v.vbIdx) * 5 + v.bbIdx },
  { scope: 'small', name: (v) => `qb=${v.dir}${v.qbIdx}_${v.inQuote}`, key: (v) => (v.dirIdx * 3 + v.qbIdx) * 2 + +v.inQuote },
  { scope: 'small', name: (v) => `y-1qb=${v.prev1}_${v.dir}${v.qbIdx}_${v.inQuote}`, key: (v) => ((v.prev1Idx * 2 + v.dirIdx) * 3 + v.qbIdx) * 2 + +v.inQuote },
  { scope: 'small', name: (v) => `y-1end=${v.prev1}_${v.dir}${END_BUCKETS[v.endIdx]}`, key: (v) => (v.prev1Idx * 2 + v.dirIdx) * 5 + v.endIdx },
  { scope: 'small', name: (v) => `end_p=${v.dir}${END_BUCKETS[v.endIdx]}_${v.pos}`, key: (v) => (v.dirIdx * 5 + v.endIdx) * MAX_POS + v.posIdx },
  // The cue lemma with the rule hint, the previous label and the quote state: how each cue's frames differ.
  { scope: 'cue-small', name: (v) => `cl_r=${v.dir}${lemma(v)}_${v.hint}`, key: (v) => v.dirIdx * 4 + v.hintIdx },
  { scope: 'cue-small', name: (v) => `cl_y-1=${v.dir}${lemma(v)}_${v.prev1}`, key: (v) => v.dirIdx * 6 + v.prev1Idx },
  { scope: 'cue-small', name: (v) => `cl_q=${v.dir}${lemma(v)}_${v.qbIdx}_${v.inQuote}`, key: (v) => (v.dirIdx * 3 + v.qbIdx) * 2 + +v.inQuote },
  sided('cue', 'cp-1=', (v) => cueTok(v, v.c0 - 1)?.pos ?? ''),
  sided('cue', 'cw-1=', (v) => cueTok(v, v.c0 - 1)?.lower ?? ''),
  sided('cue', 'cw+1=', (v) => cueTok(v, v.c1)?.lower ?? ''),
];

/** The names of token i's features for the cue [c0, c1): what training reads. */
export function roleFeatures(ctx: DocContext, i: number, c0: number, c1: number, prev1: string, prev2: string): string[] {
  const view = roleView(ctx, i, c0, c1, cueHintOf(ctx, c0, c1), prev1, prev2);
  return ROLE_TEMPLATES.map((t) => t.name(view));
}
