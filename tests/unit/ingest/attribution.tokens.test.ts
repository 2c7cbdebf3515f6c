import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/ingest/extract/attribution/quotes.js';
import { analyze } from '../../../src/ingest/extract/attribution/tokens.js';

describe('attribution tokens and quotes', () => {
  it('gives every token its exact character range', { timeout: 30_000 }, () => {
    const text = 'Clinton’s team  said “keep it.”\n\nHe won\'t go.';
    for (const t of analyze(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sentence at a line break, so a headline does not run into the first line', () => {
    const { sentences } = analyze('US Links Guarantees To Peace Deal\nThe administration has told Kyiv that guarantees depend on a deal.');
    expect(sentences).toHaveLength(2);
  });

  it('does not end a sentence at the period of an abbreviation or a party-state tag', () => {
    const text = '"This is good," said the Rev. Peter Wherry. Sen. Harry Reid (D-Nev.) said it was bad, and Rep. G.K. Butterfield (D-N.C.) agreed. The vote is in the U.S. Senate.';
    const { sentences } = analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      '"This is good," said the Rev. Peter Wherry.',
      'Sen. Harry Reid (D-Nev.) said it was bad, and Rep. G.K. Butterfield (D-N.C.) agreed.',
      'The vote is in the U.S. Senate.',
    ]);
  });

  it('pairs quote marks, and continues a quote into a paragraph that reopens it', () => {
    const text = '“First part.\n\n“Second part,” she said. "Plain" words.';
    const quotes = findQuotes(text);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('“First part.\n\n“Second part,”');
    expect(text.slice(quotes[1]!.start, quotes[1]!.end)).toBe('"Plain"');
  });

  it('closes a quote left open at the end of a paragraph', () => {
    const text = '“Unclosed words\n\nNext paragraph.';
    const [q] = findQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe('“Unclosed words');
  });
});
