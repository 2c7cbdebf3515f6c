import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CueScorer } from '../../../src/ingest/extract/attribution/cue.scorer.js';
import { FeatureIndex, featureName, NO_ROW } from '../../../src/ingest/extract/attribution/feature.index.js';
import { ruleAttributions } from '../../../src/ingest/extract/attribution/rules.js';
import { cueFeatures, docContext } from '../../../src/ingest/extract/attribution/tagger.features.js';
import { attributionTagger } from '../../../src/ingest/extract/attribution/tagger.js';
import { analyze } from '../../../src/ingest/extract/attribution/tokens.js';

const seeds = ['us-security-guarantees-donbas.clashreport.txt', 'us-security-guarantees-donbas.summary.md'].map((f) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8'));
const row = (...xs: number[]): Float64Array => Float64Array.from(xs);

describe('the feature index', () => {
  const rows = new Map<string, Float64Array>([
    ['b', row(1)],
    ['w=said', row(2)],
    ['w==', row(3)],
    ['ww+1=a_b_c', row(4)],
    ['ll+1=_x', row(5)],
    ['frame=n_VERB_that', row(6)],
    ['w=Lsaid', row(7)],
    ['w=L', row(8)],
  ]);
  const index = new FeatureIndex(rows, 1);
  index.setHeads(['w=L', 'w=R']);
  /** The weights of the row found, to compare with the model's. */
  const found = (r: number): Float64Array | undefined => (r === NO_ROW ? undefined : index.weights.slice(r, r + 1));

  it('finds the row of the name a template and its parts stand for', () => {
    expect(found(index.row('b'))).toEqual(rows.get('b'));
    expect(found(index.row('w', 'said'))).toEqual(rows.get('w=said'));
    expect(found(index.row('w', '='))).toEqual(rows.get('w=='));
    expect(found(index.row('ll+1', '', 'x'))).toEqual(rows.get('ll+1=_x'));
    expect(found(index.row('frame', 'n', 'VERB', 'that'))).toEqual(rows.get('frame=n_VERB_that'));
  });

  it("finds a name whose parts hold '_' whichever part holds it", () => {
    expect(found(index.row('ww+1', 'a_b', 'c'))).toEqual(rows.get('ww+1=a_b_c'));
    expect(found(index.row('ww+1', 'a', 'b_c'))).toEqual(rows.get('ww+1=a_b_c'));
  });

  it('finds nothing for a name the model lacks, whatever its prefix', () => {
    expect(index.row('w', 'says')).toBe(NO_ROW);
    expect(index.row('ww+1', 'a', 'b')).toBe(NO_ROW);
    expect(index.row('frame', 'n', 'VERB')).toBe(NO_ROW);
    expect(index.row('lexv')).toBe(NO_ROW);
    expect(featureName('frame', 'n', 'VERB', 'that')).toBe('frame=n_VERB_that');
  });

  it('finds the row of a fixed head glued to a word, and nothing for a word the model lacks', () => {
    expect(found(index.rowAfter(0, 'said'))).toEqual(rows.get('w=Lsaid'));
    expect(found(index.rowAfter(0, ''))).toEqual(rows.get('w=L'));
    expect(index.rowAfter(0, 'says')).toBe(NO_ROW);
    expect(index.rowAfter(1, 'said')).toBe(NO_ROW);
  });

  it('finds a part that a template read first, before the template whose names hold it', () => {
    const fresh = new FeatureIndex(new Map([['l=x', row(2)]]), 1);
    fresh.setHeads(['w=R']);
    expect(fresh.rowAfter(0, 'x')).toBe(NO_ROW);
    const r = fresh.row('l', 'x');
    expect(r === NO_ROW ? undefined : fresh.weights.slice(r, r + 1)).toEqual(row(2));
  });
});

describe('the cue scorer', () => {
  it('gives every label the very same score as the perceptron over the feature names, token by token', () => {
    const tagger = attributionTagger();
    expect(tagger).not.toBeNull();
    const scorer = new CueScorer(tagger!.cue);
    const prev = ['<s>', ...tagger!.cue.labels];
    const out = new Float64Array(tagger!.cue.labels.length);
    let compared = 0;
    for (const text of seeds) {
      const analysis = analyze(text);
      const ctx = docContext(text, analysis, ruleAttributions(analysis, text, new Set()));
      for (let i = 0; i < ctx.tokens.length; i++) {
        const prev1 = i % prev.length;
        const prev2 = (i * 7) % prev.length;
        const slow = tagger!.cue.scores(cueFeatures(ctx, i, prev[prev1]!, prev[prev2]!));
        expect([...scorer.score(ctx, i, prev1, prev2, out)]).toEqual([...slow]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    // Loading the model takes seconds on a busy machine.
  }, 30_000);
});
