import { describe, expect, it } from 'vitest';
import { segment } from '../../../web/src/highlight.js';

const text = 'The White House rejected claims that it was “totally false” yesterday.';

describe('evidence highlighting (pure segmentation)', () => {
  it('cuts the text at every mark boundary and keeps it whole', () => {
    const parts = segment(text, [{ start: 4, end: 15, cls: 'holder' }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.classes.includes('holder'))?.text).toBe('White House');
  });

  it('nests a cue inside a quote inside the evidence', () => {
    const quoteStart = text.indexOf('“');
    const quoteEnd = text.indexOf('”') + 1;
    const cueStart = text.indexOf('totally');
    const parts = segment(text, [
      { start: 0, end: text.length, cls: 'ev' },
      { start: quoteStart, end: quoteEnd, cls: 'quote' },
      { start: cueStart, end: cueStart + 'totally false'.length, cls: 'cue' },
    ]);
    expect(parts.find((p) => p.classes.length === 3)?.text).toBe('totally false');
    expect(parts.filter((p) => p.classes.includes('quote')).map((p) => p.text).join('')).toBe('“totally false”');
    expect(parts.every((p) => p.classes.includes('ev'))).toBe(true);
  });

  it('handles overlapping marks that are not nested', () => {
    const parts = segment('abcdef', [
      { start: 1, end: 4, cls: 'x' },
      { start: 3, end: 5, cls: 'y' },
    ]);
    expect(parts.map((p) => [p.text, p.classes.join('+')])).toEqual([
      ['a', ''],
      ['bc', 'x'],
      ['d', 'x+y'],
      ['e', 'y'],
      ['f', ''],
    ]);
  });

  it('clamps offsets outside the text and drops empty marks', () => {
    const parts = segment('short', [
      { start: -3, end: 2, cls: 'a' },
      { start: 4, end: 99, cls: 'b' },
      { start: 3, end: 3, cls: 'empty' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('short');
    expect(parts[0]).toMatchObject({ text: 'sh', classes: ['a'] });
    expect(parts.at(-1)).toMatchObject({ text: 't', classes: ['b'] });
    expect(parts.some((p) => p.classes.includes('empty'))).toBe(false);
  });

  it('counts offsets in UTF-16 code units, as the API does', () => {
    const withEmoji = 'A 🇺🇦 flag: “no”';
    const start = withEmoji.indexOf('“');
    const parts = segment(withEmoji, [{ start, end: withEmoji.length, cls: 'q' }]);
    expect(parts.find((p) => p.classes.includes('q'))?.text).toBe('“no”');
  });
});
