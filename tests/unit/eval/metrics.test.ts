import { describe, expect, it } from 'vitest';
import { formatTable, scoreClassification } from '../../../src/eval/metrics.js';

describe('classification metrics', () => {
  it('computes accuracy, macro-F1 over all labels and the majority floor', () => {
    const gold = ['a', 'a', 'a', 'b'];
    const pred = ['a', 'a', 'b', 'b'];
    const s = scoreClassification(gold, pred, ['a', 'b', 'c']);
    expect(s.accuracy).toBe(0.75);
    // a: P 1, R 2/3, F1 0.8; b: P 0.5, R 1, F1 2/3; c: 0 (never seen, still averaged).
    expect(s.macroF1).toBeCloseTo((0.8 + 2 / 3 + 0) / 3);
    expect(s.majorityClass).toBe('a');
    expect(s.majorityAccuracy).toBe(0.75);
    expect(s.majorityMacroF1).toBeCloseTo((2 * 0.75) / 1.75 / 3);
  });

  it('formats fractions as percentages and leaves strings (counts) as they are', () => {
    const lines = formatTable(['x', 'f1', 'n'], [['row', 0.5, '12']]);
    expect(lines[2]).toBe('row  50.0  12');
  });
});
