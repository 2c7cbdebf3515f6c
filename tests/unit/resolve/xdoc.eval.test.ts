import { describe, expect, it } from 'vitest';
import { readNewsWcl } from '../../../src/eval/xdoc.data.js';
import { headLemma, xdocTask } from '../../../src/eval/xdoc.eval.js';

const FIXTURE = new URL('../../fixtures/xdoc/mini.conll', import.meta.url).pathname;

describe('NewsWCL50 reader', () => {
  it('rebuilds the text from tokens and keeps ACTOR, COUNTRY and GROUP mentions as character ranges', async () => {
    const docs = await readNewsWcl(FIXTURE);
    expect(docs.map((d) => d.id)).toEqual(['1_L', '1_R']);
    const [left] = docs;
    expect(left!.text.split('\n')[1]).toBe('President Volodymyr Zelenskyy said on Monday that Washington had asked Kyiv to give up the Donbas. Zelenskyy\'s office declined to comment.');
    for (const m of left!.mentions) expect(left!.text.slice(m.start, m.end)).toBe(m.text);
    expect(left!.mentions.map((m) => m.text)).toContain('President Volodymyr Zelenskyy');
    // OBJECT chains are not actors.
    expect(docs[1]!.mentions.some((m) => m.chain.endsWith('OBJECT'))).toBe(false);
  });

  it('takes the head lemma before a post-modifier and without plural s', () => {
    expect(headLemma(['the', 'United', 'States'])).toBe('state');
    expect(headLemma(['officials', 'of', 'the', 'EU'])).toBe('official');
    expect(headLemma(['Zelenskyy', "'s"])).toBe('zelenskyy');
    expect(headLemma(['U.S.', 'Ambassador', 'to', 'China'])).toBe('ambassador');
  });
});

describe('xdoc task', () => {
  it('resolves the fixture and ends with the figures', async () => {
    const result = await xdocTask.run(FIXTURE, {});
    expect(result.lines.join('\n')).toContain('same-head-lemma all');
    const figures = result.figures as { mentions: number; conllF1: number; baselineConllF1: number };
    expect(figures.mentions).toBe(11);
    expect(figures.conllF1).toBeGreaterThan(0.5);
  }, 60_000);
});
