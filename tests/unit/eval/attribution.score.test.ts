import { describe, expect, it } from 'vitest';
import { roleTokens, scoreAttributions, trimRange, type ScoredAttribution } from '../../../src/eval/attribution.score.js';

const text = 'He said "we will win." Others disagreed, a spokesman added.';
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`${s} not in text`);
  return { start, end: start + s.length };
};
const gold: ScoredAttribution = { source: [at('He')], cue: [at('said')], content: [at('"we will win."')] };

describe('attribution scorer', () => {
  it('trims white space, punctuation and quote marks before comparing exactly', () => {
    expect(trimRange(text, at(' "we will win." '))).toEqual(at('we will win'));
    const predicted: ScoredAttribution = { source: [at('He')], cue: [at('said')], content: [at('we will win')] };
    const s = scoreAttributions([{ text, gold: [gold], predicted: [predicted] }]);
    expect(s.exact.content.f1).toBe(1);
    expect(s.exact.all.f1).toBe(1);
  });

  it('keeps a span that is only punctuation as it is, so a ":" cue can still match', () => {
    const t = 'He: yes';
    expect(trimRange(t, { start: 2, end: 3 })).toEqual({ start: 2, end: 3 });
    expect([...roleTokens(t, [{ start: 2, end: 3 }])]).toEqual([2]);
  });

  it('gives partial credit for overlap but none for exact', () => {
    const predicted: ScoredAttribution = { source: [at('He')], cue: [at('said')], content: [at('we will')] };
    const s = scoreAttributions([{ text, gold: [gold], predicted: [predicted] }]);
    expect(s.exact.content.f1).toBe(0);
    expect(s.overlap.content.precision).toBe(1);
    expect(s.overlap.content.recall).toBeCloseTo(2 / 3);
    expect(s.overlap.all.recall).toBeCloseTo(2 / 3);
    expect(s.exact.all.f1).toBe(0);
  });

  it('counts words separated by punctuation as separate tokens', () => {
    const t = "Clinton's team";
    expect(roleTokens(t, [{ start: 0, end: t.length }]).size).toBe(3);
  });

  it('scores an attribution without gold source on cue and content only', () => {
    const noSource: ScoredAttribution = { source: [], cue: [at('disagreed')], content: [at('Others')] };
    const predicted: ScoredAttribution = { source: [at('a spokesman')], cue: [at('disagreed')], content: [at('Others')] };
    const s = scoreAttributions([{ text, gold: [noSource], predicted: [predicted] }]);
    expect(s.exact.all.f1).toBe(1);
    expect(s.overlap.all.f1).toBe(1);
    // Per role, the predicted source has no gold counterpart.
    expect(s.exact.source.precision).toBe(0);
    expect(s.counts).toEqual({ articles: 1, gold: 1, predicted: 1 });
  });

  it('scores a missing predicted source as zero overlap when gold has one', () => {
    const predicted: ScoredAttribution = { source: [], cue: [at('said')], content: [at('we will win')] };
    const s = scoreAttributions([{ text, gold: [gold], predicted: [predicted] }]);
    expect(s.overlap.all.recall).toBe(0);
    expect(s.exact.source.recall).toBe(0);
    expect(s.exact.cue.f1).toBe(1);
  });

  it('matches spans one to one, so a duplicate prediction costs precision', () => {
    const s = scoreAttributions([{ text, gold: [gold], predicted: [gold, gold] }]);
    expect(s.exact.cue.precision).toBe(0.5);
    expect(s.exact.cue.recall).toBe(1);
    expect(s.exact.all.precision).toBe(0.5);
    // Overlap precision is a mean over predicted spans, each finding its best gold span.
    expect(s.overlap.cue.precision).toBe(1);
  });

  it('pools spans over articles and returns zeros, not NaN, when nothing is predicted', () => {
    const s = scoreAttributions([
      { text, gold: [gold], predicted: [] },
      { text, gold: [], predicted: [] },
    ]);
    expect(s.exact.all).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(s.overlap.content).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('treats a role with several fragments as one span that matches only when all fragments do', () => {
    const two: ScoredAttribution = { source: [at('a spokesman')], cue: [at('added')], content: [at('Others'), at('disagreed')] };
    const one: ScoredAttribution = { source: [at('a spokesman')], cue: [at('added')], content: [at('Others')] };
    const s = scoreAttributions([{ text, gold: [two], predicted: [one] }]);
    expect(s.exact.content.f1).toBe(0);
    expect(s.overlap.content.precision).toBe(1);
    expect(s.overlap.content.recall).toBe(0.5);
  });
});
