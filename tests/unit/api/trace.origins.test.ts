import { describe, expect, it } from 'vitest';
import type { ActorRecord, StanceRecord } from '../../../src/graph/repositories/records.js';
import { markReversals } from '../../../src/graph/repositories/timeline.repository.js';
import { traceOf, type AppearanceRow } from '../../../src/graph/repositories/trace.repository.js';

// Pure parts of claimTrace and timeline, on hand-made rows (no database needed).

const stance = (polarity: string, extra: Partial<StanceRecord> = {}) => ({ id: `s_${Math.random()}`, polarity, ...extra }) as StanceRecord;

function row(articleId: string, outletId: string | null, publishedAt: string | null, chains: string[][] = [], extra: Partial<AppearanceRow> = {}): AppearanceRow {
  return {
    articleId,
    outletId,
    publishedAt,
    start: 0,
    end: 10,
    text: 'the claim',
    similarity: 1,
    stances: chains.map((chain) => ({ stance: stance('SUPPORT'), holderId: chain.at(-1)!, chain })),
    citedActors: [],
    citedArticles: [],
    ...extra,
  };
}

const actor = (id: string, type: string): ActorRecord => ({ id, name: id, type, aliases: [], title: null, count: null, domain: null });
const ACTORS = new Map(['ft', 'clash', 'kyiv', 'axios', 'tass', 'ria', 'bbc'].map((id) => [id, actor(id, 'MEDIA')]));
ACTORS.set('peskov', actor('peskov', 'PERSON'));
ACTORS.set('eight', actor('eight', 'ANONYMOUS_SOURCE'));

describe('the first report of a claim', () => {
  it('puts a day-only report after the report it cites from later that day', () => {
    // "January 27, 2026" reads as midnight; the outlet citing the FT cannot have come first.
    const trace = traceOf(
      [row('a-clash', 'clash', '2026-01-27T00:00:00Z', [['clash', 'ft']]), row('a-ft', 'ft', '2026-01-27T06:39:00Z', [['ft', 'eight']])],
      ACTORS,
    );
    expect(trace.appearances.map((a) => a.articleId)).toEqual(['a-ft', 'a-clash']);
    expect(trace.appearances[0]!.isFirstReport).toBe(true);
  });

  it('keeps time order across news cycles, whatever cites what', () => {
    const trace = traceOf(
      [row('a-clash', 'clash', '2026-01-20T00:00:00Z', [['clash', 'ft']]), row('a-ft', 'ft', '2026-01-27T06:39:00Z', [['ft', 'eight']])],
      ACTORS,
    );
    expect(trace.appearances.map((a) => a.articleId)).toEqual(['a-clash', 'a-ft']);
  });
});

describe('independent origins of a claim', () => {
  it('counts four echoes of one FT report as one origin, the FT', () => {
    const trace = traceOf(
      [
        row('a-ft', 'ft', '2026-03-01T08:00:00Z', [['ft', 'eight']]),
        row('a-clash', 'clash', '2026-03-01T09:00:00Z', [['clash', 'ft', 'eight']]),
        row('a-kyiv', 'kyiv', '2026-03-01T10:00:00Z', [], { citedActors: ['ft'] }),
        row('a-bbc', 'bbc', '2026-03-01T11:00:00Z', [], { citedArticles: ['a-ft'] }),
        row('a-ria', 'ria', '2026-03-01T12:00:00Z', [['ria', 'clash']]),
      ],
      ACTORS,
    );
    // RIA cites Clash Report, which cites the FT: still one origin.
    expect(trace.independentOrigins).toBe(1);
    expect(trace.originIds).toEqual(['ft']);
  });

  it('traces echoes to a cited outlet even when its own article is not stored', () => {
    const trace = traceOf([row('a-clash', 'clash', '2026-03-01T09:00:00Z', [['clash', 'ft', 'eight']]), row('a-kyiv', 'kyiv', '2026-03-01T10:00:00Z', [['kyiv', 'ft']])], ACTORS);
    expect(trace).toMatchObject({ independentOrigins: 1, originIds: ['ft'] });
  });

  it('counts two outlets quoting the same person once, with that person as the origin', () => {
    const trace = traceOf([row('a-tass', 'tass', '2026-03-01T09:00:00Z', [['tass', 'peskov']]), row('a-ria', 'ria', '2026-03-01T10:00:00Z', [['ria', 'peskov']])], ACTORS);
    expect(trace).toMatchObject({ independentOrigins: 1, originIds: ['peskov'] });
  });

  it('makes an appearance with no further source its own origin, and ignores denials', () => {
    const denial = row('a-tass', 'tass', '2026-03-01T07:00:00Z', [['tass', 'peskov']]);
    denial.stances[0]!.stance.polarity = 'OPPOSE';
    const trace = traceOf([row('a-ft', 'ft', '2026-03-01T08:00:00Z'), row('a-axios', 'axios', '2026-03-02T08:00:00Z'), denial], ACTORS);
    expect(trace).toMatchObject({ independentOrigins: 2, originIds: ['ft', 'axios'] });
    // The denial is still an appearance (and here the earliest one).
    expect(trace.appearances.map((a) => a.articleId)).toEqual(['a-tass', 'a-ft', 'a-axios']);
  });

  it('counts two appearances in one article once', () => {
    const trace = traceOf([row('a-ft', 'ft', '2026-03-01T08:00:00Z'), { ...row('a-ft', 'ft', '2026-03-01T08:00:00Z'), start: 50 }], ACTORS);
    expect(trace.independentOrigins).toBe(1);
    expect(trace.appearances.map((a) => a.span.start)).toEqual([0, 50]);
  });

  it('puts the report the others cite first on a tie, undated appearances last', () => {
    const trace = traceOf(
      [row('a-0-undated', 'bbc', null), row('a-1-kyiv', 'kyiv', '2026-03-01T08:00:00Z', [['kyiv', 'ft']]), row('a-2-ft', 'ft', '2026-03-01T08:00:00Z')],
      ACTORS,
    );
    expect(trace.appearances.map((a) => [a.articleId, a.isFirstReport])).toEqual([
      ['a-2-ft', true],
      ['a-1-kyiv', false],
      ['a-0-undated', false],
    ]);
    expect(trace.outletIds).toEqual(['ft', 'kyiv', 'bbc']);
  });
});

describe('reversals in a timeline', () => {
  const entries = (...items: [string, string][]) => markReversals(items.map(([target, polarity]) => ({ targetId: target, stance: stance(polarity) })));

  it('marks SUPPORT to OPPOSE and back, looking past neutral stances in between', () => {
    const marked = entries(['c1', 'SUPPORT'], ['c1', 'NEUTRAL'], ['c1', 'OPPOSE'], ['c1', 'SUPPORT']);
    expect(marked.map((e) => [e.reversal, e.previousPolarity])).toEqual([
      [false, null],
      [false, 'SUPPORT'],
      [true, 'NEUTRAL'],
      [true, 'OPPOSE'],
    ]);
  });

  it('keeps targets apart and does not count conditional support as a reversal', () => {
    const marked = entries(['c1', 'SUPPORT'], ['c2', 'OPPOSE'], ['c1', 'CONDITIONAL'], ['c2', 'OPPOSE']);
    expect(marked.map((e) => e.reversal)).toEqual([false, false, false, false]);
  });
});
