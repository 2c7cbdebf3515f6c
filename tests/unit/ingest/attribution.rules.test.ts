import { describe, expect, it } from 'vitest';
import { extractAttributions, type AttributionSpans } from '../../../src/ingest/extract/attribution/index.js';

const rules = (text: string): AttributionSpans[] => extractAttributions(text, [], 'rules');
const texts = (a: AttributionSpans): { source: string[]; cue: string[]; content: string[] } => ({
  source: a.source.map((s) => s.text),
  cue: a.cue.map((s) => s.text),
  content: a.content.map((s) => s.text),
});

describe('attribution rules', () => {
  // The first call loads the wink model.
  it('finds a sentence-initial indirect attribution with its complementizer', { timeout: 30_000 }, () => {
    const [a] = rules('The minister said that the talks would resume next week.');
    expect(texts(a!)).toEqual({ source: ['The minister'], cue: ['said'], content: ['that the talks would resume next week'] });
    expect(a!.kind).toBe('INDIRECT');
  });

  it('finds a sentence-final attribution after the content', () => {
    const [a] = rules('The talks would resume next week, the minister said.');
    expect(texts(a!)).toEqual({ source: ['the minister'], cue: ['said'], content: ['The talks would resume next week'] });
  });

  it('finds an inverted attribution ("said X")', () => {
    const [a] = rules('“We will not give up,” said Maria Lopez.');
    expect(texts(a!).source).toEqual(['Maria Lopez']);
    expect(texts(a!).cue).toEqual(['said']);
    expect(a!.content[0]!.text).toContain('We will not give up');
    expect(a!.kind).toBe('DIRECT');
  });

  it('takes the addressee out of the content ("X told Y that ...")', () => {
    const [a] = rules('The ambassador told reporters that the border would stay closed.');
    expect(texts(a!)).toEqual({ source: ['The ambassador'], cue: ['told'], content: ['that the border would stay closed'] });
  });

  it('handles "according to X" at the end and at the start of a sentence', () => {
    const [end] = rules('Prices rose sharply in March, according to the statistics office.');
    expect(texts(end!)).toEqual({ source: ['the statistics office'], cue: ['according to'], content: ['Prices rose sharply in March'] });
    const [start] = rules('According to the statistics office, prices rose sharply in March.');
    expect(texts(start!).source).toEqual(['the statistics office']);
    expect(texts(start!).content).toEqual(['prices rose sharply in March']);
  });

  it('links "citing Y" to the attribution it is reported through', () => {
    const found = rules('The agency would be closed, the newspaper reported, citing two officials.');
    const reporter = found.findIndex((a) => a.cue[0]!.text === 'reported');
    const cited = found.find((a) => a.cue[0]!.text === 'citing');
    expect(reporter).toBeGreaterThanOrEqual(0);
    expect(cited!.source[0]!.text).toBe('two officials');
    expect(cited!.via).toBe(reporter);
    expect(found[reporter]!.via).toBeNull();
  });

  it('keeps a postnominal "familiar with" in the cited source', () => {
    const found = rules('Kyiv must cede the region first, the newspaper reported, citing eight people familiar with the talks.');
    const cited = found.find((a) => a.cue[0]!.text === 'citing');
    expect(cited!.source[0]!.text).toBe('eight people familiar with the talks');
    expect(cited!.content[0]!.text).toBe('Kyiv must cede the region first');
  });

  it('marks a mixed quote and extends a quote that runs over several sentences', () => {
    const [mixed] = rules('The senator said the plan was “a disaster for everyone.”');
    expect(mixed!.kind).toBe('MIXED');
    const text = 'She said: “We tried. We failed. We will try again.”';
    const [a] = rules(text);
    expect(a!.content[0]!.text).toBe('“We tried. We failed. We will try again.”');
    expect(a!.kind).toBe('DIRECT');
  });

  it('keeps the quote of a sentence-final attribution whole when it began in an earlier sentence', () => {
    const [a] = rules('“We tried. We failed,” the coach said.');
    expect(a!.content[0]!.text).toBe('“We tried. We failed');
  });

  it('finds nothing in a sentence without a cue', () => {
    expect(rules('The weather was cold and the roads were icy.')).toEqual([]);
  });
});

describe('findAttributions (default system)', () => {
  it('finds a plain reported-speech sentence and reports the via chain as an index', { timeout: 60_000 }, async () => {
    const { findAttributions } = await import('../../../src/ingest/extract/attribution/index.js');
    const text = 'The minister said that the talks would resume next week.';
    const found = findAttributions(text);
    const said = found.find((a) => a.cue.some((c) => c.text.includes('said')));
    expect(said).toBeDefined();
    expect(said!.content[0]!.text).toContain('the talks would resume');
    for (const a of found) expect(a.via === null || (a.via >= 0 && a.via < found.length)).toBe(true);
  });
});
