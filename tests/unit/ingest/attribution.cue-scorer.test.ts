import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CueScorer } from '../../../src/ingest/extract/attribution/cue.scorer.js';
import { FeatureIndex, featureName } from '../../../src/ingest/extract/attribution/feature.index.js';
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
  ]);
  const index = new FeatureIndex(rows);

  it('finds the row of the name a template and its parts stand for', () => {
    expect(index.row('b')).toBe(rows.get('b'));
    expect(index.row('w', 'said')).toBe(rows.get('w=said'));
    expect(index.row('w', '=')).toBe(rows.get('w=='));
    expect(index.row('ll+1', '', 'x')).toBe(rows.get('ll+1=_x'));
    expect(index.row('frame', 'n', 'VERB', 'that')).toBe(rows.get('frame=n_VERB_that'));
  });

  it("finds a name whose parts hold '_' whichever part holds it", () => {
    expect(index.row('ww+1', 'a_b', 'c')).toBe(rows.get('ww+1=a_b_c'));
    expect(index.row('ww+1', 'a', 'b_c')).toBe(rows.get('ww+1=a_b_c'));
  });

  it('finds nothing for a name the model lacks, whatever its prefix', () => {
    expect(index.row('w', 'says')).toBeUndefined();
    expect(index.row('ww+1', 'a', 'b')).toBeUndefined();
    expect(index.row('frame', 'n', 'VERB')).toBeUndefined();
    expect(index.row('lexv')).toBeUndefined();
    expect(featureName('frame', 'n', 'VERB', 'that')).toBe('frame=n_VERB_that');
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
