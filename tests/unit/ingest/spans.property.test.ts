import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleFormat } from '../../../src/domain/article.js';
import type { Extraction } from '../../../src/domain/extraction.js';
import type { Span } from '../../../src/domain/span.js';
import { extractArticle } from '../../../src/ingest/pipeline.js';
import { allSpans } from './helpers.js';

// Words that trigger the rules, so random text reaches them instead of only hitting the tokenizer.
const WORDS = [
  'said', 'the', 'US', 'Washington', 'Kyiv', 'White House', 'President', 'special envoy', 'Anna', 'Lee', 'Maria Lopez', ',', '.', '“', '”', '"',
  'according to', 'citing', 'eight people familiar with', 'a senior', 'Ukrainian', 'official', 'officials', 'the official', 'two of the sources',
  'rejected claims that', 'it', 'he', 'they', 'its', 'only if', 'conditional on', 'depend on', 'reports were totally false', 'insisting',
  'Related News', 'Sources:', '\n', '\n\n', '###', '**', '- ', '[x](http://a.b)', '<p>', '</p>', 'in', 'Abu Dhabi', 'Reuters reported',
  'criticized', 'praised', 'France', 'Paris', '—', 'İ', '😀', 'ß', '\u0301', '\t',
];

const wordText = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), wordText, wordText);
const format = fc.constantFrom<ArticleFormat | undefined>(undefined, 'text', 'markdown', 'html');


describe('extraction on arbitrary input', () => {
  it('never throws and every span is an exact, in-range slice of the text', () => {
    fc.assert(
      fc.property(anyText, format, (content, fmt) => {
        const x = extractArticle({ content, format: fmt, outlet: 'Reuters' });
        const text = x.article.text;
        for (const s of allSpans(x)) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        const keys = new Set(x.actors.map((a) => a.key));
        for (const s of x.stances) {
          expect(keys.has(s.actor)).toBe(true);
          expect(s.chain.every((k) => keys.has(k))).toBe(true);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
        expect(x.diagnostics.filter((d) => d.code === 'EXTRACTOR_FAILED')).toEqual([]);
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('takes no claim and no mention from excluded ranges', () => {
    fc.assert(
      fc.property(wordText, wordText, (body, tail) => {
        const x = extractArticle({ content: `Headline\n${body}\nRelated News\n${tail}`, format: 'text' });
        const ex = x.article.excluded;
        const overlaps = (s: Span): boolean => ex.some((e) => s.start < e.end && e.start < s.end);
        expect(x.claims.map((c) => c.span).filter(overlaps)).toEqual([]);
        expect(x.actors.flatMap((a) => a.mentions).filter(overlaps)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
