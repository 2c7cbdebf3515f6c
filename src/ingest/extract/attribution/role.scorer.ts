import { FeatureIndex, NO_ROW } from './feature.index.js';
import type { AveragedPerceptron } from './perceptron.js';
import { MAX_POS, PREV_LABELS, ROLE_TEMPLATES, type RoleTemplate, type RoleView } from './role.templates.js';

/** Per template, rows by the template's key: UNSEEN until looked up, then a row or NO_ROW. */
type KeyedRows = Int32Array[];
const UNSEEN = -2;

const keyedRows = (): KeyedRows => ROLE_TEMPLATES.map(() => new Int32Array(0));

/** Cue lemmas whose 'cue-small' rows are kept; past this many the cache starts afresh. */
const MAX_CUE_LEMMAS = 10_000;

const indexed = (scope: RoleTemplate['scope']): number[] => ROLE_TEMPLATES.flatMap((t, k) => (t.scope === scope ? [k] : []));
const TOKEN = indexed('token');
const CUE = indexed('cue');
const CUE_SMALL = indexed('cue-small');
const SMALL = indexed('small');
const TOKEN_LABEL = indexed('token-label');

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

  constructor(private readonly p: AveragedPerceptron) {
    this.index = new FeatureIndex(p.rows(), p.labels.length);
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
      const row = this.index.rowAfter(t.head!(v), t.word!(v));
      if (row === NO_ROW) continue;
      found = true;
      for (let y = 0; y < labels; y++) out[at * labels + y]! += weights[row * labels + y]!;
    }
    into.state[at] = found ? 2 : 1;
  }

  /** The row of template k's feature for the view, cached under the template's key in `cache[k]`. */
  keyed(cache: KeyedRows, k: number, v: RoleView): number {
    const t = ROLE_TEMPLATES[k]!;
    if (v.posIdx >= MAX_POS || v.prevPosIdx >= MAX_POS || v.nextPosIdx >= MAX_POS) return this.index.rowOf(t.name(v));
    const key = t.key!(v);
    let rows = cache[k]!;
    if (key >= rows.length) {
      const grown = new Int32Array(Math.max(key + 1, rows.length * 2)).fill(UNSEEN);
      grown.set(rows);
      cache[k] = rows = grown;
    }
    let row = rows[key]!;
    if (row === UNSEEN) rows[key] = row = this.index.rowOf(t.name(v));
    return row;
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
    const index = scorer.index;
    this.addSum(out, TOKEN, v, this.tokenSums, v.i * 2 + v.dirIdx);
    this.addSum(out, CUE, v, this.cueSums, v.dirIdx);
    for (const k of CUE_SMALL) index.addRow(out, scorer.keyed(this.cueSmall, k, v));
    for (const k of SMALL) index.addRow(out, scorer.keyed(this.small, k, v));
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
