import { FeatureIndex } from './feature.index.js';
import type { AveragedPerceptron } from './perceptron.js';
import { MAX_POS, PREV_LABELS, ROLE_TEMPLATES, type RoleTemplate, type RoleView } from './role.templates.js';

type Row = Float64Array | null;
/** Per template, rows by the template's key. */
type KeyedRows = Map<number, Row>[];

const keyedRows = (): KeyedRows => ROLE_TEMPLATES.map(() => new Map());

/** Cue lemmas whose 'cue-small' rows are kept; past this many the cache starts afresh. */
const MAX_CUE_LEMMAS = 10_000;

function add(out: Float64Array, row: Row): void {
  if (row) for (let y = 0; y < out.length; y++) out[y]! += row[y]!;
}

const indexed = (scope: RoleTemplate['scope']): number[] => ROLE_TEMPLATES.flatMap((t, k) => (t.scope === scope ? [k] : []));
const TOKEN = indexed('token');
const CUE = indexed('cue');
const CUE_SMALL = indexed('cue-small');
const SMALL = indexed('small');
const TOKEN_LABEL = indexed('token-label');

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
  private readonly index: FeatureIndex;

  constructor(private readonly p: AveragedPerceptron) {
    this.index = new FeatureIndex(p.rows());
  }

  /** Summed weights of the templates' features for the view, in order (a feature unknown to the model adds nothing); templates with a head and a word only. */
  sum(templates: readonly number[], v: RoleView): Row {
    let out: Float64Array | null = null;
    for (const k of templates) {
      const t = ROLE_TEMPLATES[k]!;
      const row = this.index.rowAfter(t.head!(v), t.word!(v));
      if (!row) continue;
      out ??= new Float64Array(this.p.labels.length);
      add(out, row);
    }
    return out;
  }

  /** The weights of template k's feature for the view, cached under the template's key in `cache[k]`. */
  keyed(cache: KeyedRows, k: number, v: RoleView): Row {
    const t = ROLE_TEMPLATES[k]!;
    if (v.posIdx >= MAX_POS || v.prevPosIdx >= MAX_POS || v.nextPosIdx >= MAX_POS) return this.p.weightsOf(t.name(v)) ?? null;
    const rows = cache[k]!;
    const key = t.key!(v);
    let row = rows.get(key);
    if (row === undefined) {
      row = this.p.weightsOf(t.name(v)) ?? null;
      rows.set(key, row);
    }
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
  private tokenRows: (Row | undefined)[] = [];
  private tokenLabelRows: (Row | undefined)[] = [];
  private cue: [number, number] = [-1, -1];
  private cueRows: [Row | undefined, Row | undefined] = [undefined, undefined];
  private cueSmall: KeyedRows = [];

  constructor(
    private readonly scorer: RoleScorer,
    private readonly small: KeyedRows,
    private readonly labels: number,
  ) {}

  /**
   * Scores of every label for the view, written into `out` (a new array by default). The rows are
   * added in a fixed order, so the sums are the same to the last bit whatever was cached.
   */
  score(v: RoleView, out: Float64Array = new Float64Array(this.labels)): Float64Array {
    if (v.c0 !== this.cue[0] || v.c1 !== this.cue[1]) {
      this.cue = [v.c0, v.c1];
      this.cueRows = [undefined, undefined];
      this.cueSmall = this.scorer.cueSmallOf(v.ctx.tokens[v.c0]!.lemma);
    }
    if (this.tokenRows.length === 0) {
      this.tokenRows = new Array<Row | undefined>(2 * v.ctx.tokens.length).fill(undefined);
      this.tokenLabelRows = new Array<Row | undefined>(PREV_LABELS.length * v.ctx.tokens.length).fill(undefined);
    }
    out.fill(0);
    const tokenKey = v.i * 2 + v.dirIdx;
    let row = this.tokenRows[tokenKey];
    if (row === undefined) {
      row = this.scorer.sum(TOKEN, v);
      this.tokenRows[tokenKey] = row;
    }
    add(out, row);
    row = this.cueRows[v.dirIdx] ??= this.scorer.sum(CUE, v);
    add(out, row);
    for (const k of CUE_SMALL) add(out, this.scorer.keyed(this.cueSmall, k, v));
    for (const k of SMALL) add(out, this.scorer.keyed(this.small, k, v));
    const labelKey = v.i * PREV_LABELS.length + v.prev1Idx;
    row = this.tokenLabelRows[labelKey];
    if (row === undefined) {
      row = this.scorer.sum(TOKEN_LABEL, v);
      this.tokenLabelRows[labelKey] = row;
    }
    add(out, row);
    return out;
  }
}
