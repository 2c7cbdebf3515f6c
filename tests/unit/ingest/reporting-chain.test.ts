import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/domain/span.js';
import { spanOf } from '../../../src/domain/span.js';
import type { AttributionSpans } from '../../../src/ingest/extract/attribution/index.js';
import { addCiting, clean, nest } from '../../../src/ingest/extract/attribution.drafts.js';
import type { Sentence } from '../../../src/ingest/extract/context.js';

const text = 'Brazil told Argentina that tariffs would rise, the Globe reported, citing three officials familiar with the plan.';
const sentence: Sentence = { index: 0, start: 0, end: text.length, from: 0, to: 0, heading: false };
const at = (s: string): Span => {
  const i = text.indexOf(s);
  return spanOf(text, i, i + s.length);
};
const found = (source: string, cue: string, content: string[], via: number | null = null): AttributionSpans => ({
  source: source ? [at(source)] : [],
  cue: [at(cue)],
  content: content.map(at),
  kind: 'INDIRECT',
  via,
});

describe('reporting chains from attribution spans', () => {
  // Shaped like a finder's raw output: fragmented content, a wrong `via` cycle, a non-speech cue.
  const raw = [
    found('Brazil', 'told Argentina', ['that tariffs would', 'rise, the Globe reported'], 1),
    found('the Globe', 'reported', ['Brazil told Argentina that tariffs would rise'], 0),
    found('Argentina', 'rise', ['the Globe']),
  ];

  it('keeps speech cues only, joins content fragments and cuts the content before the next reporter', () => {
    const drafts = nest(text, clean(text, [sentence], raw));
    expect(drafts.map((d) => d.cue[0]!.text)).toEqual(['told', 'reported']);
    expect(drafts[0]!.content[0]!.text).toBe('tariffs would rise');
  });

  it('adds "citing" sources and nests the chain outermost first: Globe, officials, Brazil', () => {
    const drafts = clean(text, [sentence], raw);
    addCiting(text, drafts);
    const nested = nest(text, drafts);
    const byCue = (cue: string): number => nested.findIndex((d) => d.cue[0]!.text === cue);
    const globe = byCue('reported');
    const citing = byCue('citing');
    const brazil = byCue('told');
    expect(nested[citing]!.source[0]!.text).toBe('three officials familiar with the plan');
    expect(nested[globe]!.via).toBeNull();
    expect(nested[citing]!.via).toBe(globe);
    expect(nested[brazil]!.via).toBe(citing);
  });

  it('never leaves a span outside its sentence', () => {
    const multi = `${text}\nNext line.`;
    const drafts = clean(multi, [sentence], [{ ...found('Brazil', 'told Argentina', []), content: [spanOf(multi, 12, multi.length)] }]);
    for (const d of drafts) for (const s of [...d.source, ...d.cue, ...d.content]) expect(s.end).toBeLessThanOrEqual(sentence.end);
  });
});
