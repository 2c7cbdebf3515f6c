import { FeatureIndex, NO_ROW } from './feature.index.js';
import type { AveragedPerceptron } from './perceptron.js';
import { MAX_POS, PREV_LABELS, ROLE_TEMPLATES, type RoleTemplate, type RoleView } from './role.templates.js';

/** Per template, rows by the template's key: UNSEEN until looked up, then a `RoleScorer.hotCode`. */
type KeyedRows = Int32Array[];
const UNSEEN = -2;
/** Codes from FAR down stand for the model's rows 0, 1, ... */
const FAR = -3;
/** Rows copied among the hot ones at most (2.6 MB for five labels); rows met later are read where they are. */
const MAX_HOT_ROWS = 65_536;

const keyedRows = (): KeyedRows => ROLE_TEMPLATES.map(() => new Int32Array(0));

/** Cue lemmas whose 'cue-small' rows are kept; past this many the cache starts afresh. */
const MAX_CUE_LEMMAS = 10_000;

const indexed = (scope: RoleTemplate['scope']): number[] => ROLE_TEMPLATES.flatMap((t, k) => (t.scope === scope ? [k] : []));
const TOKEN = indexed('token');
const CUE = indexed('cue');
const CUE_SMALL = indexed('cue-small');
const SMALL = indexed('small');
const TOKEN_LABEL = indexed('token-label');
/** Every template's heads in one list, for `FeatureIndex.setHeads`; a template's own start at HEAD_BASE[k]. */
const HEADS = ROLE_TEMPLATES.flatMap((t) => t.heads ?? []);
const HEAD_BASE = ROLE_TEMPLATES.map((_, k) => ROLE_TEMPLATES.slice(0, k).reduce((n, t) => n + (t.heads?.length ?? 0), 0));

/** Partial sums kept in a flat array, `labels` numbers each, with whether each was summed yet and whether it found any row. */
class Sums {
  readonly values: Float64Array;
  /** 0 not summed yet, 1 no row found, 2 summed. */
  readonly state: Uint8Array;

  constructor(count: number, labels: number) {
    this.values = new Float64Array(count * labels);
    this.state = new Uint8Array(count);
  }
}

/**
 * The role tagger's label scores, the same sums as the perceptron over `roleFeatures` but read
 * through caches: 'small' features for good (per model), 'cue-small' ones per cue lemma, 'token'
 * and 'token-label' ones per document, 'cue' ones per cue. Nothing here is specific to a document
 * until `forDocument`.
 */
export class RoleScorer {
  private readonly small: KeyedRows = keyedRows();
  /** 'cue-small' rows by the cue's lemma, which with the key decides their names. */
  private readonly cueSmall = new Map<string, KeyedRows>();
  readonly index: FeatureIndex;
  /**
   * Copies of the rows the keyed caches have met, side by side: the few hundred small rows every
   * view reads stay in the CPU caches, where in the model's array they lie among 100k others.
   */
  private hot: Float64Array;
  private hotRows = 0;

  constructor(private readonly p: AveragedPerceptron) {
    this.index = new FeatureIndex(p.rows(), p.labels.length);
    this.index.setHeads(HEADS);
    this.hot = new Float64Array(256 * p.labels.length);
  }

  /**
   * Sums the weights of the templates' features for the view, in order, into `into.values` at
   * place `at` (a feature unknown to the model adds nothing); templates with a head and a word only.
   */
  sum(templates: readonly number[], v: RoleView, into: Sums, at: number): void {
    const labels = this.p.labels.length;
    const out = into.values;
    const weights = this.index.weights;
    let found = false;
    for (const k of templates) {
      const t = ROLE_TEMPLATES[k]!;
      const row = this.index.rowAfter(HEAD_BASE[k]! + t.head!(v), t.word!(v));
      if (row === NO_ROW) continue;
      found = true;
      for (let y = 0; y < labels; y++) out[at * labels + y]! += weights[row * labels + y]!;
    }
    into.state[at] = found ? 2 : 1;
  }

  /** Adds the weights of template k's feature for the view to `out`, its row cached under the template's key in `cache[k]`. */
  addKeyed(out: Float64Array, cache: KeyedRows, k: number, v: RoleView): void {
    const t = ROLE_TEMPLATES[k]!;
    if (v.posIdx >= MAX_POS || v.prevPosIdx >= MAX_POS || v.nextPosIdx >= MAX_POS) {
      this.index.addRow(out, this.index.rowOf(t.name(v)));
      return;
    }
    const key = t.key!(v);
    let rows = cache[k]!;
    if (key >= rows.length) {
      const grown = new Int32Array(Math.max(key + 1, rows.length * 2)).fill(UNSEEN);
      grown.set(rows);
      cache[k] = rows = grown;
    }
    let code = rows[key]!;
    if (code === UNSEEN) rows[key] = code = this.hotCode(this.index.rowOf(t.name(v)));
    if (code >= 0) {
      const hot = this.hot;
      const at = code * out.length;
      for (let y = 0; y < out.length; y++) out[y]! += hot[at + y]!;
    } else if (code <= FAR) this.index.addRow(out, FAR - code);
  }

  /** What a keyed cache holds for a model row: its place among the hot rows (copied there now), NO_ROW, or FAR - row once the hot rows are full. */
  private hotCode(row: number): number {
    if (row === NO_ROW) return NO_ROW;
    if (this.hotRows >= MAX_HOT_ROWS) return FAR - row;
    const labels = this.p.labels.length;
    if ((this.hotRows + 1) * labels > this.hot.length) {
      const grown = new Float64Array(this.hot.length * 2);
      grown.set(this.hot);
      this.hot = grown;
    }
    this.hot.set(this.index.weights.subarray(row * labels, (row + 1) * labels), this.hotRows * labels);
    return this.hotRows++;
  }

  /** The cache of 'cue-small' rows for cues of this lemma. */
  cueSmallOf(lemma: string): KeyedRows {
    let rows = this.cueSmall.get(lemma);
    if (!rows) {
      if (this.cueSmall.size >= MAX_CUE_LEMMAS) this.cueSmall.clear();
      rows = keyedRows();
      this.cueSmall.set(lemma, rows);
    }
    return rows;
  }

  /** Caches for one document: use a new one for each document. */
  forDocument(): DocumentRoleScorer {
    return new DocumentRoleScorer(this, this.small, this.p.labels.length);
  }
}

/** Per-document caches, and per-cue ones that change whenever the view's cue changes. */
export class DocumentRoleScorer {
  /** By token and side (`i * 2 + dirIdx`), and by token and previous label (`i * PREV_LABELS.length + prev1Idx`). */
  private tokenSums: Sums | null = null;
  private tokenLabelSums: Sums | null = null;
  private cue: [number, number] = [-1, -1];
  /** By side. */
  private readonly cueSums: Sums;
  private cueSmall: KeyedRows = [];

  constructor(
    private readonly scorer: RoleScorer,
    private readonly small: KeyedRows,
    private readonly labels: number,
  ) {
    this.cueSums = new Sums(2, labels);
  }

  /**
   * Scores of every label for the view, written into `out` (a new array by default). The rows are
   * added in a fixed order, so the sums are the same to the last bit whatever was cached.
   */
  score(v: RoleView, out: Float64Array = new Float64Array(this.labels)): Float64Array {
    if (v.c0 !== this.cue[0] || v.c1 !== this.cue[1]) {
      this.cue = [v.c0, v.c1];
      this.cueSums.state.fill(0);
      this.cueSums.values.fill(0);
      this.cueSmall = this.scorer.cueSmallOf(v.ctx.tokens[v.c0]!.lemma);
    }
    if (!this.tokenSums || !this.tokenLabelSums) {
      this.tokenSums = new Sums(2 * v.ctx.tokens.length, this.labels);
      this.tokenLabelSums = new Sums(PREV_LABELS.length * v.ctx.tokens.length, this.labels);
    }
    out.fill(0);
    const scorer = this.scorer;
    this.addSum(out, TOKEN, v, this.tokenSums, v.i * 2 + v.dirIdx);
    this.addSum(out, CUE, v, this.cueSums, v.dirIdx);
    for (const k of CUE_SMALL) scorer.addKeyed(out, this.cueSmall, k, v);
    for (const k of SMALL) scorer.addKeyed(out, this.small, k, v);
    this.addSum(out, TOKEN_LABEL, v, this.tokenLabelSums, v.i * PREV_LABELS.length + v.prev1Idx);
    return out;
  }

  /** Adds the templates' partial sum for the view, kept at place `at` of `sums` (summed on first use). */
  private addSum(out: Float64Array, templates: readonly number[], v: RoleView, sums: Sums, at: number): void {
    if (sums.state[at] === 0) this.scorer.sum(templates, v, sums, at);
    if (sums.state[at] !== 2) return;
    const values = sums.values;
    const from = at * this.labels;
    for (let y = 0; y < out.length; y++) out[y]! += values[from + y]!;
  }
}
