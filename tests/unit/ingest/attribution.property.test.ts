import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/domain/span.js';
import { findAttributions } from '../../../src/ingest/extract/attribution/index.js';

const pieces = ['He said', ' said ', 'according to', 'citing', '“', '”', '"', ',', '.', '\n\n', ' the minister ', 'told reporters that', ':', 'X', ' ', 'é', '🙂', '’s', 'they'];
const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join('')),
);

describe('findAttributions on arbitrary text', () => {
  it('never throws and returns only in-range spans outside the excluded ranges', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(300), fc.nat(40)), { maxLength: 3 }), (text, ex) => {
        const excluded: Span[] = ex.map(([s, len]) => {
          const start = Math.min(s, text.length);
          const end = Math.min(start + len, text.length);
          return { start, end, text: text.slice(start, end) };
        });
        const found = findAttributions(text, excluded);
        for (const a of found) {
          expect(a.cue.length).toBeGreaterThan(0);
          expect(a.content.length).toBeGreaterThan(0);
          for (const s of [...a.source, ...a.cue, ...a.content]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThan(s.end);
            expect(s.text).toBe(text.slice(s.start, s.end));
            for (const x of excluded) expect(s.start < x.end && x.start < s.end).toBe(false);
          }
          if (a.via !== null) {
            expect(a.via).toBeGreaterThanOrEqual(0);
            expect(a.via).toBeLessThan(found.length);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns nothing for empty or odd input instead of throwing', () => {
    expect(findAttributions('')).toEqual([]);
    expect(findAttributions(undefined as unknown as string)).toEqual([]);
    expect(findAttributions('He said it.', null as unknown as Span[])).toBeInstanceOf(Array);
  });

  it('ignores attributions inside an excluded range', () => {
    const text = 'Related: The minister said that taxes would rise.\n\nThe mayor said that roads would close.';
    const cut = text.indexOf('\n\n');
    const found = findAttributions(text, [{ start: 0, end: cut, text: text.slice(0, cut) }]);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(a.cue[0]!.start).toBeGreaterThan(cut);
  });
});
