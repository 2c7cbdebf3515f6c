import { loadModelFile } from './model-file.js';
import { AveragedPerceptron, bestLabel, type PerceptronModel } from './perceptron.js';
import { RoleScorer, type DocumentRoleScorer } from './role.scorer.js';
import { CueScorer } from './cue.scorer.js';
import { roleView, type RoleView } from './role.templates.js';
import { cueStart, type TokenAttribution } from './rules.js';
import { cueHintOf, HINT_WINDOW, sentenceWindow, type DocContext } from './tagger.features.js';

export const CUE_LABELS = ['O', 'B', 'I'] as const;
export const ROLE_LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export const ATTRIBUTION_MODEL = 'attribution';

/** The saved attribution tagger: a cue tagger, and a source/content tagger run once per cue. */
export interface AttributionModelFile {
  version: 1;
  /** Sentences on each side of the cue's sentence that the role tagger reads. */
  window: number;
  /** Added to the cue tagger's label scores at prediction time (tuned on dev: more recall for less precision). */
  cueBias?: number[];
  /** Added to the role tagger's label scores at prediction time. */
  roleBias?: number[];
  cue: PerceptronModel;
  role: PerceptronModel;
}

/** BIO: an inside label only continues its own chunk. */
function bioAllowed(labels: readonly string[], prev: string): (y: number) => boolean {
  return (y) => {
    const l = labels[y]!;
    if (!l.startsWith('I')) return true;
    const kind = l.slice(1);
    return prev === `B${kind}` || prev === `I${kind}`;
  };
}

/** Labels positions `0..n-1` left to right; `step` chooses each label knowing the previous two. */
function leftToRight(labels: readonly string[], n: number, step: (i: number, prev1: string, prev2: string) => number): number[] {
  const out: number[] = [];
  let prev1 = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < n; i++) {
    const y = step(i, prev1, prev2);
    out.push(y);
    prev2 = prev1;
    prev1 = labels[y]!;
  }
  return out;
}

/**
 * Tags positions `0..n-1` left to right with the previous two predicted labels as features. With
 * `gold`, it trains online on the way (the perceptron sees its own history, as at prediction time).
 */
export function greedyTag(
  p: AveragedPerceptron,
  n: number,
  features: (i: number, prev1: string, prev2: string) => string[],
  forced: (i: number) => number | null,
  gold?: readonly number[],
  bias?: readonly number[],
): number[] {
  return leftToRight(p.labels, n, (i, prev1, prev2) => {
    const f = forced(i);
    if (f !== null) return f;
    const feats = features(i, prev1, prev2);
    const allowed = bioAllowed(p.labels, prev1);
    const y = p.predict(feats, allowed, bias);
    if (gold) {
      // Dynamic oracle: after a predicted outside label, the right move for a gold inside label is to begin the chunk.
      let g = gold[i]!;
      if (!allowed(g)) g = p.labels.indexOf(`B${p.labels[g]!.slice(1)}`);
      p.update(feats, g, y);
    }
    return y;
  });
}

/**
 * Greedy left-to-right decoding from label scores (prediction only; `greedyTag` trains): the same
 * choices as `greedyTag`, with the previous labels passed as numbers (0 for '<s>', label + 1) and
 * one score array reused from position to position.
 */
function greedyDecode(
  labels: readonly string[],
  n: number,
  score: (i: number, prev1: number, prev2: number, out: Float64Array) => Float64Array,
  forced: (i: number) => number | null,
  bias?: readonly number[],
): number[] {
  // BIO read from a table: bioAllowed builds strings on every call.
  const allowedAfter = ['<s>', ...labels].map((prev) => {
    const allowed = labels.map((_, y) => bioAllowed(labels, prev)(y));
    return (y: number): boolean => allowed[y]!;
  });
  const out = new Float64Array(labels.length);
  const tags: number[] = [];
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const y = forced(i) ?? bestLabel(score(i, prev1, prev2, out), allowedAfter[prev1], bias);
    tags.push(y);
    prev2 = prev1;
    prev1 = y + 1;
  }
  return tags;
}

/** Maximal runs [start, end) of B/I labels of one kind ('' for the cue tagger, '-S', '-C'). */
export function chunks(labels: readonly string[], tags: readonly number[], kind: string, offset = 0): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  tags.forEach((y, i) => {
    const l = labels[y]!;
    if (l === `B${kind}`) {
      if (open >= 0) out.push([open + offset, i + offset]);
      open = i;
    } else if (l !== `I${kind}` && open >= 0) {
      out.push([open + offset, i + offset]);
      open = -1;
    }
  });
  if (open >= 0) out.push([open + offset, tags.length + offset]);
  return out;
}

export class AttributionTagger {
  private readonly roleScorer: RoleScorer;
  private readonly cueScorer: CueScorer;

  constructor(
    readonly cue: AveragedPerceptron,
    readonly role: AveragedPerceptron,
    readonly window: number,
    public cueBias: number[] = [],
    public roleBias: number[] = [],
  ) {
    this.roleScorer = new RoleScorer(role);
    this.cueScorer = new CueScorer(cue);
  }

  static fromFile(file: AttributionModelFile): AttributionTagger {
    if (file.window > HINT_WINDOW) throw new Error(`attribution model window ${file.window} is wider than the rule hints (${HINT_WINDOW} sentences)`);
    return new AttributionTagger(AveragedPerceptron.fromModel(file.cue), AveragedPerceptron.fromModel(file.role), file.window, file.cueBias, file.roleBias);
  }

  /** Cue chunks of the whole document; excluded tokens are never cues. */
  cues(ctx: DocContext, excluded: ReadonlySet<number>): [number, number][] {
    const tags = greedyDecode(this.cue.labels, ctx.tokens.length, (i, a, b, out) => this.cueScorer.score(ctx, i, a, b, out), (i) => (excluded.has(i) ? 0 : null), this.cueBias);
    return chunks(this.cue.labels, tags, '')
      .flatMap((c) => splitAtSentences(ctx, c))
      .map((c) => withAuxiliaries(ctx, c, excluded));
  }

  /** Source and content chunks for one cue; `scorer` carries the document's caches from cue to cue. */
  roles(
    ctx: DocContext,
    cue: [number, number],
    excluded: ReadonlySet<number>,
    scorer: DocumentRoleScorer = this.roleScorer.forDocument(),
  ): { source: [number, number][]; content: [number, number][]; contentChars?: [number, number][] } {
    const [lo, hi] = sentenceWindow(ctx.tokens, cue[0], this.window);
    const cueHint = cueHintOf(ctx, cue[0], cue[1]);
    const view = {} as RoleView;
    const prev = ['<s>', ...this.role.labels];
    const tags = greedyDecode(
      this.role.labels,
      hi - lo,
      (k, a, b, out) => scorer.score(roleView(ctx, lo + k, cue[0], cue[1], cueHint, prev[a]!, prev[b]!, view), out),
      (k) => (excluded.has(lo + k) || (lo + k >= cue[0] && lo + k < cue[1]) ? 0 : null),
      this.roleBias,
    );
    const source = chunks(this.role.labels, tags, '-S', lo).flatMap((c) => splitAtSentences(ctx, c));
    const content = tidyContent(ctx, chunks(this.role.labels, tags, '-C', lo), [...source, cue]);
    // One source: the chunk nearest the cue.
    const dist = (c: [number, number]): number => (c[1] <= cue[0] ? cue[0] - c[1] : c[0] - cue[1]);
    const nearest = source.sort((x, y) => dist(x) - dist(y)).slice(0, 1);
    return { source: nearest, content, contentChars: extendQuotes(ctx, content, lo, hi, excluded) };
  }

  /** Attributions of a document: every predicted cue with its source and content. */
  attributions(ctx: DocContext, excluded: ReadonlySet<number>): TokenAttribution[] {
    const out: TokenAttribution[] = [];
    const scorer = this.roleScorer.forDocument();
    for (const cue of this.cues(ctx, excluded)) {
      const { source, content, contentChars } = this.roles(ctx, cue, excluded, scorer);
      if (content.length === 0) continue;
      out.push({ source, cue, content, contentChars, viaCue: null });
    }
    return out;
  }
}

/** PolNeAR's cues take their auxiliaries and manner adverbs ("has said", "also warned"); the tagger often stops at the verb. */
function withAuxiliaries(ctx: DocContext, [s, e]: [number, number], excluded: ReadonlySet<number>): [number, number] {
  let floor = s;
  while (floor > 0 && s - floor < MAX_AUXILIARIES && ctx.sentenceOf[floor - 1] === ctx.sentenceOf[s]) floor--;
  let start = cueStart(ctx.tokens, s, floor);
  while (start < s && excluded.has(start)) start++;
  return [start, e];
}

const MAX_AUXILIARIES = 4;

/** A source or cue never runs over a sentence end (a headline glued to the first line). */
function splitAtSentences(ctx: DocContext, [s, e]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let start = s;
  for (let i = s + 1; i < e; i++) {
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[i - 1]) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, e]);
  return out;
}

/**
 * Greedy tagging breaks content on words it is unsure of ("so many | the things"). Chunks are
 * merged across a short gap with no source or cue in it inside one sentence, and stray one- or
 * two-word chunks beside a real one are dropped.
 */
export function tidyContent(ctx: DocContext, content: [number, number][], others: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const c of content) {
    const last = merged[merged.length - 1];
    if (
      last &&
      c[0] - last[1] <= MAX_GAP &&
      ctx.sentenceOf[c[0]] === ctx.sentenceOf[last[1] - 1] &&
      !others.some(([s, e]) => s < c[0] && e > last[1])
    ) {
      last[1] = c[1];
    } else merged.push([c[0], c[1]]);
  }
  const longest = Math.max(0, ...merged.map(([s, e]) => e - s));
  return longest >= 4 ? merged.filter(([s, e]) => e - s > 2) : merged;
}

const MAX_GAP = 8;

/**
 * The tagger reads a few sentences around the cue; a quote that runs past that window is taken
 * whole (to its opening or closing mark) when the content reaches the window's edge inside it.
 */
function extendQuotes(ctx: DocContext, content: readonly [number, number][], lo: number, hi: number, excluded: ReadonlySet<number>): [number, number][] | undefined {
  let changed = false;
  const chars = content.map(([s, e]): [number, number] => {
    let start = ctx.tokens[s]!.start;
    let end = ctx.tokens[e - 1]!.end;
    const qs = ctx.quote[s]!;
    if (s === lo && qs >= 0) {
      let k = s;
      while (k > 0 && ctx.quote[k - 1] === qs && !excluded.has(k - 1)) k--;
      if (k < s) {
        start = ctx.tokens[k]!.start;
        changed = true;
      }
    }
    const qe = ctx.quote[e - 1]!;
    if (e === hi && qe >= 0) {
      let k = e - 1;
      while (k + 1 < ctx.tokens.length && ctx.quote[k + 1] === qe && !excluded.has(k + 1)) k++;
      if (k > e - 1) {
        end = ctx.tokens[k]!.end;
        changed = true;
      }
    }
    return [start, end];
  });
  return changed ? chars : undefined;
}

let tagger: AttributionTagger | null | undefined;

/** The trained tagger from data/models/attribution.json(.gz), or null when none has been trained. */
export function attributionTagger(): AttributionTagger | null {
  if (tagger === undefined) {
    const file = loadModelFile<AttributionModelFile>(ATTRIBUTION_MODEL);
    tagger = file && file.version === 1 ? AttributionTagger.fromFile(file) : null;
  }
  return tagger;
}
