import { IdTable } from './id.table.js';

/**
 * A feature written as a template and its parts: the name the model stores is `template` alone
 * when there are no parts, else `template=part1_part2...` (templates contain no '=').
 */
export interface FeatureSink {
  add(template: string, a?: string, b?: string, c?: string, d?: string): void;
}

/** The name a template and its parts stand for. */
export function featureName(template: string, a?: string, b?: string, c?: string, d?: string): string {
  if (a === undefined) return template;
  if (b === undefined) return `${template}=${a}`;
  if (c === undefined) return `${template}=${a}_${b}`;
  return d === undefined ? `${template}=${a}_${b}_${c}` : `${template}=${a}_${b}_${c}_${d}`;
}

/** A sink that collects the feature names (what training reads). */
export class NameSink implements FeatureSink {
  readonly names: string[] = [];

  add(template: string, a?: string, b?: string, c?: string, d?: string): void {
    this.names.push(featureName(template, a, b, c, d));
  }
}

/** No row: what the lookups return for a name the model lacks. */
export const NO_ROW = -1;

/**
 * A model's weights in one array, row by row, found by template and parts without building the
 * feature's name. Every string that is a part of some name gets a whole number once, when its template is first used; a
 * lookup turns its parts into numbers (one probe of a map the document's words keep warm) and
 * probes a flat table of number tuples, where nested maps of 100k+ strings missed the CPU caches
 * at every level. A value with an '_' inside a part is entered under every way of splitting it,
 * so parts find exactly the row of `featureName(template, ...parts)`, if any. Rows are numbers:
 * row r holds the weights `weights[r * labels .. (r + 1) * labels)`, copied exactly from the model.
 */
export class FeatureIndex {
  readonly labels: number;
  readonly weights: Float64Array;
  /** Rows by whole name. */
  private readonly names = new Map<string, number>();
  /** Number of every part string seen in a name. */
  private readonly ids = new Map<string, number>();
  /**
   * The numbers of the strings looked up lately, -1 for one in no name: a small map the words of a
   * document keep in the CPU caches, where `ids` holds every string of the model.
   */
  private readonly recent = new Map<string, number>();
  /** Per template, the rows of `template=value` as [value, row]; grouped on first use. */
  private values: Map<string, [string, number][]> | null = null;
  /** By template, then number of parts (index 0 for one part). */
  private readonly tables = new Map<string, IdTable[]>();
  /** Rows of the names `head + word` at `word * headCount + head`, for the words numbered before `setHeads`. */
  private byWord = new Int32Array(0);
  private headCount = 0;
  private headWords = 0;

  /** `whole`: the model's rows by feature name, each `labels` long. */
  constructor(whole: ReadonlyMap<string, Float64Array>, labels: number) {
    this.labels = labels;
    this.weights = new Float64Array(whole.size * labels);
    let r = 0;
    for (const [name, row] of whole) {
      this.weights.set(row, r * labels);
      this.names.set(name, r++);
    }
  }

  /** The row of a whole feature name, or NO_ROW. */
  rowOf(name: string): number {
    return this.names.get(name) ?? NO_ROW;
  }

  /** The row of `featureName(template, a, b, c, d)`, or NO_ROW when the model lacks it. */
  row(template: string, a?: string, b?: string, c?: string, d?: string): number {
    if (a === undefined) return this.rowOf(template);
    const parts = b === undefined ? 1 : c === undefined ? 2 : d === undefined ? 3 : 4;
    const table = this.table(template, parts);
    const ia = this.id(a);
    if (ia < 0) return NO_ROW;
    if (parts === 1) return table.get(ia, -1, -1, -1);
    const ib = this.id(b!);
    if (ib < 0) return NO_ROW;
    if (parts === 2) return table.get(ia, ib, -1, -1);
    const ic = this.id(c!);
    if (ic < 0) return NO_ROW;
    if (parts === 3) return table.get(ia, ib, ic, -1);
    const id = this.id(d!);
    return id < 0 ? NO_ROW : table.get(ia, ib, ic, id);
  }

  /**
   * Fixes the heads that `rowAfter` reads: names written as one of a few fixed strings (such as
   * 'w=L') glued to a word of the text. Their rows are kept word by word, a word's rows under
   * every head side by side, since a document reads each of its words under most heads.
   */
  setHeads(heads: readonly string[]): void {
    const found: [number, number, number][] = [];
    for (const [name, r] of this.names) heads.forEach((head, h) => name.startsWith(head) && found.push([this.intern(name.slice(head.length)), h, r]));
    this.headCount = heads.length;
    this.headWords = this.ids.size;
    this.byWord = new Int32Array(this.headWords * heads.length).fill(NO_ROW);
    for (const [id, h, r] of found) this.byWord[id * heads.length + h] = r;
  }

  /** The row of the name `heads[head] + word` (heads as given to `setHeads`), or NO_ROW. */
  rowAfter(head: number, word: string): number {
    const id = this.id(word);
    return id < 0 || id >= this.headWords ? NO_ROW : this.byWord[id * this.headCount + head]!;
  }

  /** Adds row r's weights to `out` (nothing for NO_ROW). */
  addRow(out: Float64Array, r: number): void {
    if (r < 0) return;
    const w = this.weights;
    const at = r * this.labels;
    for (let y = 0; y < out.length; y++) out[y]! += w[at + y]!;
  }

  /** The number of a part string, or -1 when no name holds it. */
  private id(part: string): number {
    let id = this.recent.get(part);
    if (id === undefined) {
      if (this.recent.size >= MAX_RECENT) this.recent.clear();
      id = this.ids.get(part) ?? -1;
      this.recent.set(part, id);
    }
    return id;
  }

  private intern(part: string): number {
    let id = this.ids.get(part);
    if (id === undefined) {
      this.ids.set(part, (id = this.ids.size));
      // A string remembered as in no name may be in this one.
      this.recent.clear();
    }
    return id;
  }

  private grouped(): Map<string, [string, number][]> {
    if (!this.values) {
      this.values = new Map();
      for (const [name, r] of this.names) {
        const eq = name.indexOf('=');
        if (eq < 0) continue;
        const template = name.slice(0, eq);
        let list = this.values.get(template);
        if (!list) this.values.set(template, (list = []));
        list.push([name.slice(eq + 1), r]);
      }
    }
    return this.values;
  }

  private table(template: string, parts: number): IdTable {
    let byParts = this.tables.get(template);
    if (!byParts) this.tables.set(template, (byParts = []));
    let table = byParts[parts - 1];
    if (!table) {
      const entries: [number[], number][] = [];
      for (const [value, r] of this.grouped().get(template) ?? []) for (const split of splits(value, parts)) entries.push([split.map((p) => this.intern(p)), r]);
      table = new IdTable(entries.length);
      for (const [[a, b = -1, c = -1, d = -1], r] of entries) table.set(a!, b, c, d, r);
      byParts[parts - 1] = table;
    }
    return table;
  }
}

/** Strings whose numbers `FeatureIndex` keeps at hand: about the distinct words of a few articles. */
const MAX_RECENT = 4096;

/** Every way of cutting `value` at '_' into `parts` pieces. */
function splits(value: string, parts: number): string[][] {
  if (parts === 1) return [[value]];
  const out: string[][] = [];
  for (let at = value.indexOf('_'); at >= 0; at = value.indexOf('_', at + 1)) {
    for (const rest of splits(value.slice(at + 1), parts - 1)) out.push([value.slice(0, at), ...rest]);
  }
  return out;
}
