import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/ingest/extract/attribution/index.js';

describe('cue spans of the trained tagger', () => {
  it('take the auxiliaries and manner adverbs before the verb, as PolNeAR annotates them', { timeout: 30_000 }, () => {
    const found = findAttributions('The minister has repeatedly said that the talks would resume next week. The union had not claimed that the strike was over.');
    expect(found.map((a) => a.cue.map((c) => c.text).join(' '))).toEqual(['has repeatedly said', 'had not claimed']);
  });

  it('do not reach into the previous sentence', () => {
    const found = findAttributions('The answer is\nSaid the chairman, the vote will be on Friday.');
    expect(found.map((a) => a.cue.map((c) => c.text).join(' '))).toEqual(['Said']);
  });
});
