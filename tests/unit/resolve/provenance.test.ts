import { describe, expect, it } from 'vitest';
import { type Appearance, provenance } from '../../../src/ingest/resolve/provenance.js';

const at = (articleId: string, outlet: string, publishedAt: string, chain: Appearance['chain'], cites: string[] = []): Appearance => ({ articleId, outlet, publishedAt, chain, cites });

describe('provenance', () => {
  const echoes = [
    at('ft', 'Financial Times', '2026-01-27T05:00:00Z', ['Financial Times', 'eight people familiar with the talks']),
    at('st', 'The Straits Times', '2026-01-27T07:00:00Z', ['The Straits Times', 'FT', 'eight people familiar with the talks']),
    at('reuters', 'Reuters', '2026-01-27T06:00:00Z', ['Reuters', 'Financial Times']),
    at('yahoo', 'Yahoo News', '2026-01-27T06:30:00Z', ['Yahoo News', 'Reuters', 'ft.com']),
    at('digest', 'Morning Digest', '2026-01-27T09:00:00Z', [], ['The Straits Times', 'Reuters']),
  ];

  it('counts four echoes of one report as one origin', () => {
    const p = provenance(echoes);
    expect(p.independentOrigins).toBe(1);
    expect(p.origins[0]!.source).toBe('Financial Times');
    expect(p.origins[0]!.articleIds.sort()).toEqual(['digest', 'ft', 'reuters', 'st', 'yahoo']);
  });

  it('counts two outlets with their own sources as two origins', () => {
    const p = provenance([
      at('a', 'Daily Planet', '2026-02-01T10:00:00Z', ['Daily Planet', 'a senior official']),
      at('b', 'Evening Star', '2026-02-01T11:00:00Z', ['Evening Star', 'two diplomats']),
    ]);
    expect(p.independentOrigins).toBe(2);
  });

  it('counts a named public source reported by two outlets once', () => {
    const p = provenance([
      at('a', 'Daily Planet', '2026-02-01T10:00:00Z', ['Daily Planet', { name: 'Anna Kowalski', type: 'PERSON' }]),
      at('b', 'Evening Star', '2026-02-01T11:00:00Z', ['Evening Star', { name: 'Anna Kowalski', type: 'PERSON' }]),
    ]);
    expect(p.independentOrigins).toBe(1);
    expect(p.origins[0]!.source).toBe('Anna Kowalski');
  });

  it('finds the first report, and on a tie the one the others cite', () => {
    expect(provenance(echoes).firstReport).toBe('ft');
    const tie = provenance([
      at('b', 'Evening Star', '2026-02-01T10:00:00Z', ['Evening Star', 'Daily Planet']),
      at('a', 'Daily Planet', '2026-02-01T10:00:00Z', ['Daily Planet', 'an aide']),
    ]);
    expect(tie.firstReport).toBe('a');
    expect(tie.firstReportReason).toMatch(/cited by 1/);
  });

  it('lists who cites whom under canonical outlet names', () => {
    const p = provenance(echoes);
    expect(p.citations).toContainEqual({ articleId: 'yahoo', from: 'Reuters', to: 'Financial Times', via: 'chain' });
    expect(p.citations).toContainEqual({ articleId: 'digest', from: 'Morning Digest', to: 'The Straits Times', via: 'cites' });
  });

  it('handles no appearances', () => {
    expect(provenance([])).toMatchObject({ firstReport: null, independentOrigins: 0 });
  });
});
