import { describe, expect, it } from 'vitest';
import { findAttributions, type AttributionSpans } from '../../../src/ingest/extract/attribution/index.js';
import { findQuotes } from '../../../src/ingest/extract/attribution/quotes.js';

const contents = (a: AttributionSpans | undefined): string[] => (a?.content ?? []).map((s) => s.text.replace(/^[“”"'\s]+|[“”"',.\s]+$/gu, ''));
const byCue = (found: AttributionSpans[], cue: string): AttributionSpans | undefined => found.find((a) => a.cue.some((c) => c.text === cue));

describe('quotes that go on after the cue', () => {
  it('adds the quote opening the next sentence to the content of the quote before the cue', { timeout: 30_000 }, () => {
    const text = '“The harbour tax will hurt the fishermen,” Eva Lindqvist said on Monday. “It will not pass this year.”\n\nThe vote is in March.';
    expect(contents(byCue(findAttributions(text), 'said'))).toEqual(['The harbour tax will hurt the fishermen', 'It will not pass this year']);
  });

  it('leaves the next quote alone when it has a cue of its own', () => {
    const text = '“The harbour tax will hurt the fishermen,” Eva Lindqvist said on Monday. “It will not pass this year,” she added.';
    const found = findAttributions(text);
    expect(contents(byCue(found, 'said'))).toEqual(['The harbour tax will hurt the fishermen']);
    expect(contents(byCue(found, 'added'))).toEqual(['It will not pass this year']);
  });

  it('does not carry a quote over a paragraph break or onto reported speech', () => {
    const text = 'Eva Lindqvist said the harbour tax would hurt the fishermen. “It will not pass,” a colleague wrote.\n\n“The tax is dead,” she said.\n\n“Nobody wants it.”';
    const found = findAttributions(text);
    expect(contents(found.find((a) => a.content.some((c) => c.text.includes('harbour'))))).toEqual(['the harbour tax would hurt the fishermen']);
    expect(contents(byCue(found, 'said')).length).toBe(1);
  });
});

describe('quote regions', () => {
  it('pairs two apostrophes as one quote mark, as some archives write quotes', () => {
    const text = "''We will win,'' she said. ''Even today.'' It's the fishermen's tax.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["''We will win,''", "''Even today.''"]);
  });
});
