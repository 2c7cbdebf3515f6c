/**
 * Coreference metrics over a fixed set of mentions: MUC (Vilain et al. 1995), B-cubed (Bagga &
 * Baldwin 1998), entity-based CEAF (Luo 2005, phi4) and CoNLL-F1, their mean. A clustering maps
 * each mention id to a cluster id; both sides cover the same mentions (singletons included).
 */
import { f1Of } from './metrics.js';

export type Clustering = ReadonlyMap<string, string>;

export interface CorefPrf {
  precision: number;
  recall: number;
  f1: number;
}

/** Numerators and denominators, so scores of separate topics can be pooled before dividing. */
export interface CorefCounts {
  muc: [number, number, number, number];
  b3: [number, number, number, number];
  ceaf: [number, number, number, number];
}

export interface CorefScores {
  muc: CorefPrf;
  b3: CorefPrf;
  ceafe: CorefPrf;
  conllF1: number;
  mentions: number;
}

function clustersOf(c: Clustering): string[][] {
  const byId = new Map<string, string[]>();
  for (const [mention, cluster] of c) byId.set(cluster, [...(byId.get(cluster) ?? []), mention]);
  return [...byId.values()];
}

/** MUC recall numerator/denominator of `key` against `response`: links kept over links needed. */
function mucPart(key: string[][], response: Clustering): [number, number] {
  let num = 0;
  let den = 0;
  for (const cluster of key) {
    const parts = new Set(cluster.map((m) => response.get(m) ?? `__missing:${m}`));
    num += cluster.length - parts.size;
    den += cluster.length - 1;
  }
  return [num, den];
}

function b3Part(key: string[][], response: string[][]): [number, number] {
  const responseOf = new Map<string, Set<string>>();
  for (const cluster of response) {
    const set = new Set(cluster);
    for (const m of cluster) responseOf.set(m, set);
  }
  let num = 0;
  let den = 0;
  for (const cluster of key) {
    for (const m of cluster) {
      const r = responseOf.get(m);
      const shared = r ? cluster.filter((x) => r.has(x)).length : 0;
      num += shared / cluster.length;
      den += 1;
    }
  }
  return [num, den];
}

/** Maximum-weight assignment (rows to distinct columns) of a non-negative matrix: Hungarian algorithm. */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || cols === 0) return 0;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const max = Math.max(...weights.flat());
  const cost = (i: number, j: number): number => max - (transpose ? weights[j]![i]! : weights[i]![j]!);
  // e-maxx formulation, 1-indexed, n <= m.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i > 0) total += transpose ? weights[j - 1]![i - 1]! : weights[i - 1]![j - 1]!;
  }
  return total;
}

/** CEAF-e: the best one-to-one alignment of key and response entities under phi4 similarity. */
function ceafCounts(key: string[][], response: string[][]): [number, number, number, number] {
  const responseIndex = new Map<string, number>();
  response.forEach((c, j) => c.forEach((m) => responseIndex.set(m, j)));
  // Only entities that share a mention can be aligned with a gain: solve per connected block.
  const phi = new Map<number, Map<number, number>>();
  key.forEach((k, i) => {
    const counts = new Map<number, number>();
    for (const m of k) {
      const j = responseIndex.get(m);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const row = new Map<number, number>();
    for (const [j, shared] of counts) row.set(j, (2 * shared) / (k.length + response[j]!.length));
    phi.set(i, row);
  });
  const keysOfResp = new Map<number, number[]>();
  phi.forEach((row, i) => row.forEach((_, j) => keysOfResp.set(j, [...(keysOfResp.get(j) ?? []), i])));
  let total = 0;
  const seenKey = new Set<number>();
  for (let start = 0; start < key.length; start++) {
    if (seenKey.has(start) || phi.get(start)!.size === 0) continue;
    // Collect the bipartite component around `start`.
    const keys = new Set<number>([start]);
    const resps = new Set<number>();
    const queue = [start];
    while (queue.length > 0) {
      const i = queue.pop()!;
      for (const j of phi.get(i)!.keys()) {
        if (resps.has(j)) continue;
        resps.add(j);
        for (const i2 of keysOfResp.get(j) ?? []) {
          if (keys.has(i2)) continue;
          keys.add(i2);
          queue.push(i2);
        }
      }
    }
    keys.forEach((i) => seenKey.add(i));
    const ks = [...keys];
    const rs = [...resps];
    total += maxAssignment(ks.map((i) => rs.map((j) => phi.get(i)!.get(j) ?? 0)));
  }
  return [total, response.length, total, key.length];
}

/** The counts of one document set (a topic); pool several with `addCounts`, then `scoresOf`. */
export function corefCounts(key: Clustering, response: Clustering): CorefCounts {
  const keyClusters = clustersOf(key);
  const responseClusters = clustersOf(response);
  const [rNum, rDen] = mucPart(keyClusters, response);
  const [pNum, pDen] = mucPart(responseClusters, key);
  const [b3r, b3rd] = b3Part(keyClusters, responseClusters);
  const [b3p, b3pd] = b3Part(responseClusters, keyClusters);
  return { muc: [pNum, pDen, rNum, rDen], b3: [b3p, b3pd, b3r, b3rd], ceaf: ceafCounts(keyClusters, responseClusters) };
}

export function addCounts(a: CorefCounts, b: CorefCounts): CorefCounts {
  const add = (x: number[], y: number[]): [number, number, number, number] => [x[0]! + y[0]!, x[1]! + y[1]!, x[2]! + y[2]!, x[3]! + y[3]!];
  return { muc: add(a.muc, b.muc), b3: add(a.b3, b.b3), ceaf: add(a.ceaf, b.ceaf) };
}

export const ZERO_COUNTS: CorefCounts = { muc: [0, 0, 0, 0], b3: [0, 0, 0, 0], ceaf: [0, 0, 0, 0] };

function prf([pn, pd, rn, rd]: readonly number[]): CorefPrf {
  const precision = pd === 0 ? 0 : pn! / pd!;
  const recall = rd === 0 ? 0 : rn! / rd!;
  return { precision, recall, f1: f1Of(precision, recall) };
}

export function scoresOf(counts: CorefCounts): CorefScores {
  const muc = prf(counts.muc);
  const b3 = prf(counts.b3);
  const ceafe = prf(counts.ceaf);
  return { muc, b3, ceafe, conllF1: (muc.f1 + b3.f1 + ceafe.f1) / 3, mentions: counts.b3[3] };
}

/** All metrics of one clustering pair. */
export function corefScores(key: Clustering, response: Clustering): CorefScores {
  return scoresOf(corefCounts(key, response));
}
