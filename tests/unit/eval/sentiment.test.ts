import { describe, expect, it } from 'vitest';
import { classifyDirected, lexiconDirected, targetPolarity } from '../../../src/ingest/extract/sentiment/index.js';
import { fromOrdered, toOrdered, type DirectedLabel } from '../../../src/ingest/extract/sentiment/directed.js';

const at = (text: string, s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('directed stance labels', () => {
  it('round-trips every label through reading order, whichever mention comes first', () => {
    for (const pFirst of [true, false]) for (const l of [0, 1, 2, 3, 4] as DirectedLabel[]) expect(fromOrdered(toOrdered(l, pFirst), pFirst)).toBe(l);
    // "q accused p", q first: q->p negative is 4, and in reading order A->B negative.
    expect(toOrdered(4, false)).toBe('AB-');
  });

  it('reads direction from the lexicon: active and passive', () => {
    const active = 'Anna Smith accused the council of waste.';
    expect(lexiconDirected(active, at(active, 'Anna Smith'), at(active, 'the council'))).toBe('AB-');
    const passive = 'The council was praised by Anna Smith.';
    expect(lexiconDirected(passive, at(passive, 'The council'), at(passive, 'Anna Smith'))).toBe('BA+');
  });

  it('classifies with p and q in either order and never returns an unknown label', { timeout: 60_000 }, () => {
    const s = 'Anna Smith sharply criticized the council over the budget.';
    const pq = classifyDirected(s, at(s, 'Anna Smith'), at(s, 'the council'));
    const qp = classifyDirected(s, at(s, 'the council'), at(s, 'Anna Smith'));
    expect([0, 1, 2, 3, 4]).toContain(pq);
    // Swapping p and q swaps the direction of a directed label.
    const swap: Record<number, number> = { 0: 0, 1: 2, 2: 1, 3: 4, 4: 3 };
    expect(qp).toBe(swap[pq]);
  });

  it('gives a polarity toward a mention', { timeout: 60_000 }, () => {
    const s = 'Supporters praised Lee for a brilliant speech.';
    expect(['positive', 'neutral', 'negative']).toContain(targetPolarity(s, at(s, 'Lee')));
  });
});
