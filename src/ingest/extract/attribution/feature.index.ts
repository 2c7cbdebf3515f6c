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

type Trie = Map<string, Trie | Float64Array>;

/**
 * A model's weight rows found by template and parts without building the feature's name: the
 * parts are strings the document already holds (a token's word, lemma, POS), so looking one up
 * hashes nothing new, where a built name is a fresh string to hash and probe in a map of 100k+.
 * Each template gets nested maps, one level per part, built on first use from the names that
 * start with `template=`. A value with an '_' inside a part is entered under every way of
 * splitting it, so parts find exactly the row of `featureName(template, ...parts)`, if any.
 */
export class FeatureIndex {
  /** Values and rows of the names `template=value`, by template; grouped on first use. */
  private values: Map<string, [string, Float64Array][]> | null = null;
  /** By template, then number of parts (index 0 for one part). */
  private readonly tries = new Map<string, Trie[]>();
  /** Rows of the names `head + word`, by head then word. */
  private readonly heads = new Map<string, Map<string, Float64Array>>();

  /** `whole`: the model's rows by feature name (read, never copied). */
  constructor(private readonly whole: ReadonlyMap<string, Float64Array>) {}

  /** The row of `featureName(template, a, b, c, d)`, or undefined when the model lacks it. */
  row(template: string, a?: string, b?: string, c?: string, d?: string): Float64Array | undefined {
    if (a === undefined) return this.whole.get(template);
    const parts = b === undefined ? 1 : c === undefined ? 2 : d === undefined ? 3 : 4;
    let node: Trie | Float64Array | undefined = this.trie(template, parts).get(a);
    if (parts > 1) node = (node as Trie | undefined)?.get(b!);
    if (parts > 2) node = (node as Trie | undefined)?.get(c!);
    if (parts > 3) node = (node as Trie | undefined)?.get(d!);
    return node as Float64Array | undefined;
  }

  /**
   * The row of the name `head + word`, or undefined: for names written as a fixed head (one of a
   * few strings, such as 'w=L') glued to a word of the text.
   */
  rowAfter(head: string, word: string): Float64Array | undefined {
    let words = this.heads.get(head);
    if (!words) {
      words = new Map();
      for (const [name, row] of this.whole) if (name.startsWith(head)) words.set(name.slice(head.length), row);
      this.heads.set(head, words);
    }
    return words.get(word);
  }

  private grouped(): Map<string, [string, Float64Array][]> {
    if (!this.values) {
      this.values = new Map();
      for (const [name, row] of this.whole) {
        const eq = name.indexOf('=');
        if (eq < 0) continue;
        const template = name.slice(0, eq);
        let list = this.values.get(template);
        if (!list) this.values.set(template, (list = []));
        list.push([name.slice(eq + 1), row]);
      }
    }
    return this.values;
  }

  private trie(template: string, parts: number): Trie {
    let byParts = this.tries.get(template);
    if (!byParts) this.tries.set(template, (byParts = []));
    let trie = byParts[parts - 1];
    if (!trie) {
      trie = new Map();
      for (const [value, row] of this.grouped().get(template) ?? []) for (const split of splits(value, parts)) insert(trie, split, row);
      byParts[parts - 1] = trie;
    }
    return trie;
  }
}

/** Every way of cutting `value` at '_' into `parts` pieces. */
function splits(value: string, parts: number): string[][] {
  if (parts === 1) return [[value]];
  const out: string[][] = [];
  for (let at = value.indexOf('_'); at >= 0; at = value.indexOf('_', at + 1)) {
    for (const rest of splits(value.slice(at + 1), parts - 1)) out.push([value.slice(0, at), ...rest]);
  }
  return out;
}

function insert(trie: Trie, parts: readonly string[], row: Float64Array): void {
  let node = trie;
  for (let k = 0; k < parts.length - 1; k++) {
    let next = node.get(parts[k]!) as Trie | undefined;
    if (!next) node.set(parts[k]!, (next = new Map()));
    node = next;
  }
  node.set(parts[parts.length - 1]!, row);
}
