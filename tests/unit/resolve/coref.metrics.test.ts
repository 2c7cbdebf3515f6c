import { describe, expect, it } from 'vitest';
import { addCounts, corefCounts, corefScores, maxAssignment, scoresOf } from '../../../src/eval/xdoc.score.js';

function clustering(clusters: string[][]): Map<string, string> {
  const m = new Map<string, string>();
  clusters.forEach((c, i) => c.forEach((x) => m.set(x, `c${i}`)));
  return m;
}

describe('coreference metrics', () => {
  it('scores a hand-worked example: key {a,b,c}{d,e}, response {a,b}{c,d,e}', () => {
    const s = corefScores(clustering([['a', 'b', 'c'], ['d', 'e']]), clustering([['a', 'b'], ['c', 'd', 'e']]));
    expect(s.muc.recall).toBeCloseTo(2 / 3);
    expect(s.muc.precision).toBeCloseTo(2 / 3);
    expect(s.b3.recall).toBeCloseTo(11 / 15);
    expect(s.b3.precision).toBeCloseTo(11 / 15);
    // phi4: K1~R1 = 2*2/(3+2) = 0.8, K2~R2 = 2*2/(2+3) = 0.8.
    expect(s.ceafe.precision).toBeCloseTo(0.8);
    expect(s.ceafe.recall).toBeCloseTo(0.8);
    expect(s.conllF1).toBeCloseTo((2 / 3 + 11 / 15 + 0.8) / 3);
  });

  it('scores all-singleton responses: no MUC links, full B3 precision', () => {
    const s = corefScores(clustering([['a', 'b', 'c']]), clustering([['a'], ['b'], ['c']]));
    expect(s.muc.f1).toBe(0);
    expect(s.b3.precision).toBe(1);
    expect(s.b3.recall).toBeCloseTo(1 / 3);
    expect(s.ceafe.precision).toBeCloseTo(0.5 / 3);
    expect(s.ceafe.recall).toBeCloseTo(0.5);
  });

  it('gives 1 for identical clusterings', () => {
    const c = clustering([['a', 'b'], ['c'], ['d', 'e', 'f']]);
    const s = corefScores(c, c);
    expect([s.muc.f1, s.b3.f1, s.ceafe.f1, s.conllF1]).toEqual([1, 1, 1, 1]);
  });

  it('pools topics by adding counts before dividing', () => {
    const a = corefCounts(clustering([['a', 'b', 'c'], ['d', 'e']]), clustering([['a', 'b'], ['c', 'd', 'e']]));
    const b = corefCounts(clustering([['x', 'y']]), clustering([['x', 'y']]));
    const s = scoresOf(addCounts(a, b));
    expect(s.muc.recall).toBeCloseTo(3 / 4);
    expect(s.b3.recall).toBeCloseTo((11 / 3 + 2) / 7);
    expect(s.mentions).toBe(7);
  });

  it('finds the maximum-weight assignment, also for more rows than columns', () => {
    expect(maxAssignment([[1, 2], [3, 1]])).toBe(5);
    expect(maxAssignment([[1, 0], [0, 1], [5, 5]])).toBe(6);
    expect(maxAssignment([[0.8, 1 / 3, 0], [0, 0.8, 0.9]])).toBeCloseTo(1.7);
  });
});
