import { describe, expect, it } from 'vitest';
import { findAttributions, type AttributionSpans } from '../../../src/ingest/extract/attribution/index.js';
import { findQuotes } from '../../../src/ingest/extract/attribution/quotes.js';
import { withRaisedSubjects } from '../../../src/ingest/extract/attribution/raising.js';
import { withSharedSubjects } from '../../../src/ingest/extract/attribution/shared-subject.js';
import { withDanglingContentExtended } from '../../../src/ingest/extract/attribution/dangling.js';
import type { TokenAttribution } from '../../../src/ingest/extract/attribution/rules.js';
import { analyze } from '../../../src/ingest/extract/attribution/tokens.js';

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

describe('raising cues', () => {
  const attributed = (text: string, cue: RegExp): AttributionSpans | undefined => findAttributions(text).find((a) => a.cue.some((c) => cue.test(c.text)));

  it('reads the subject of "seemed to" and "is expected to" as the first part of the content, with no source', () => {
    const a = attributed('The finance minister is expected to resign before the vote.', /expected/);
    expect(a && { source: a.source.map((s) => s.text), content: a.content.map((s) => s.text) }).toEqual({
      source: [],
      content: ['The finance minister', 'to resign before the vote'],
    });
  });

  it('moves a source found just before a raising cue into the content', () => {
    const text = 'The harbour tax seemed to lose support.';
    const { tokens } = analyze(text);
    const at = (word: string): number => tokens.findIndex((t) => t.text === word);
    const found: TokenAttribution[] = [{ source: [[0, at('seemed')]], cue: [at('seemed'), at('seemed') + 1], content: [[at('to'), at('.')]], viaCue: null }];
    withRaisedSubjects(tokens, found);
    expect(found[0]).toMatchObject({ source: [], content: [[0, at('seemed')], [at('to'), at('.')]] });
  });

  it('keeps the source of a progressive "is saying" or of a verb with an object', () => {
    const a = attributed('The White House is saying that the report is false.', /saying/);
    expect(a?.source.map((s) => s.text)).toEqual(['The White House']);
  });
});

describe('cues that share a subject', () => {
  const text = 'Eva Lindqvist said the tax would pass and warned against delays, adding that talks would go on.';
  const { tokens } = analyze(text);
  const at = (word: string): number => tokens.findIndex((t) => t.text === word);
  const attribution = (cue: string, source: [number, number][] = []): TokenAttribution => ({ source, cue: [at(cue), at(cue) + 1], content: [[at(cue) + 1, at(cue) + 3]], viaCue: null });

  it('gives a cue joined by "and" or an "-ing" participle after a comma the subject of the cue before it', () => {
    const found = [attribution('said', [[0, 2]]), attribution('warned'), attribution('adding')];
    withSharedSubjects(tokens, found, () => false);
    expect(found.map((a) => a.source)).toEqual([[[0, 2]], [[0, 2]], [[0, 2]]]);
  });

  it('leaves a cue alone when its source follows the earlier cue, or when the cue is excluded', () => {
    const found = [attribution('said', [[at('tax') - 1, at('tax') + 1]]), attribution('warned')];
    withSharedSubjects(tokens, found, () => false);
    expect(found[1]!.source).toEqual([]);
    const raising = [attribution('said', [[0, 2]]), attribution('warned')];
    withSharedSubjects(tokens, raising, (a) => a === raising[1]);
    expect(raising[1]!.source).toEqual([]);
  });
});

describe('content that stops on a dangling word', () => {
  const text = 'Ms. Berg urged her supporters at a rally in Malmo to vote early, the campaign said. Turnout was low.';
  const { tokens } = analyze(text);
  const at = (word: string, from = 0): number => tokens.findIndex((t, i) => i >= from && t.text === word);
  const spanText = ([s, e]: [number, number]): string => text.slice(tokens[s]!.start, tokens[e - 1]!.end);

  it('runs on to the end of its sentence, stopping before another attribution’s source and cue', () => {
    const urged = at('urged');
    const first: TokenAttribution = { source: [[0, urged]], cue: [urged, urged + 1], content: [[urged + 1, at('at') + 1]], viaCue: null };
    const said = at('said');
    const second: TokenAttribution = { source: [[said - 2, said]], cue: [said, said + 1], content: [[0, at('early') + 1]], viaCue: null };
    withDanglingContentExtended(tokens, [first, second]);
    expect(spanText(first.content[0]!)).toBe('her supporters at a rally in Malmo to vote early');
    expect(spanText(second.content[0]!)).toBe('Ms. Berg urged her supporters at a rally in Malmo to vote early');
  });

  it('leaves content that ends on a content word, and content before its cue, alone', () => {
    const urged = at('urged');
    const whole: TokenAttribution = { source: [[0, urged]], cue: [urged, urged + 1], content: [[urged + 1, at('supporters') + 1]], viaCue: null };
    const said = at('said');
    const before: TokenAttribution = { source: [[said - 2, said]], cue: [said, said + 1], content: [[urged + 1, at('at') + 1]], viaCue: null };
    withDanglingContentExtended(tokens, [whole, before]);
    expect(spanText(whole.content[0]!)).toBe('her supporters');
    expect(spanText(before.content[0]!)).toBe('her supporters at');
  });
});
