import type { AveragedPerceptron } from './perceptron.js';
import { MAX_POS, PREV_LABELS, ROLE_TEMPLATES, type RoleTemplate, type RoleView } from './role.templates.js';

type Row = Float64Array | null;
/** Per template, rows by the template's key (sparse arrays: keys are small whole numbers). */
type KeyedRows = Row[][];

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
 * through caches: 'small' features for good (per model), 'token' and 'token-label' ones per
 * document, 'cue' ones per cue. Nothing here is specific to a document until `forDocument`.
 */
export class RoleScorer {
  private readonly small: KeyedRows = ROLE_TEMPLATES.map(() => []);

  constructor(private readonly p: AveragedPerceptron) {}

  /** Summed weights of the named features (a feature unknown to the model adds nothing). */
  sum(names: readonly string[]): Row {
    let out: Float64Array | null = null;
    for (const name of names) {
      const row = this.p.weightsOf(name);
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
    let row = rows[key];
    if (row === undefined) {
      row = this.p.weightsOf(t.name(v)) ?? null;
      rows[key] = row;
    }
    return row;
  }

  /** Caches for one document: use a new one for each document. */
  forDocument(): DocumentRoleScorer {
    return new DocumentRoleScorer(this, this.small, this.p.labels.length);
  }
}

/** Per-document caches, and per-cue ones that start afresh whenever the view's cue changes. */
export class DocumentRoleScorer {
  /** By token and side (`i * 2 + dirIdx`), and by token and previous label (`i * PREV_LABELS.length + prev1Idx`). */
  private readonly tokenRows: (Row | undefined)[] = [];
  private readonly tokenLabelRows: (Row | undefined)[] = [];
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
      this.cueSmall = ROLE_TEMPLATES.map(() => []);
    }
    out.fill(0);
    const tokenKey = v.i * 2 + v.dirIdx;
    let row = this.tokenRows[tokenKey];
    if (row === undefined) {
      row = this.scorer.sum(TOKEN.map((k) => ROLE_TEMPLATES[k]!.name(v)));
      this.tokenRows[tokenKey] = row;
    }
    add(out, row);
    row = this.cueRows[v.dirIdx] ??= this.scorer.sum(CUE.map((k) => ROLE_TEMPLATES[k]!.name(v)));
    add(out, row);
    for (const k of CUE_SMALL) add(out, this.scorer.keyed(this.cueSmall, k, v));
    for (const k of SMALL) add(out, this.scorer.keyed(this.small, k, v));
    const labelKey = v.i * PREV_LABELS.length + v.prev1Idx;
    row = this.tokenLabelRows[labelKey];
    if (row === undefined) {
      row = this.scorer.sum(TOKEN_LABEL.map((k) => ROLE_TEMPLATES[k]!.name(v)));
      this.tokenLabelRows[labelKey] = row;
    }
    add(out, row);
    return out;
  }
}
