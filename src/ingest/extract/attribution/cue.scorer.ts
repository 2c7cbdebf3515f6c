import { FeatureIndex, type FeatureSink } from './feature.index.js';
import type { AveragedPerceptron } from './perceptron.js';
import { cueLabelFeatures, cueTokenFeatures, type DocContext } from './tagger.features.js';

/**
 * The cue tagger's label scores, the same sums as the perceptron over `cueFeatures`: the features
 * go straight from their templates to the model's rows (`FeatureIndex`), added in `cueFeatures`'
 * order so every sum is the same to the last bit, and no name is built.
 */
export class CueScorer implements FeatureSink {
  private readonly index: FeatureIndex;
  private readonly prev: string[];
  private out: Float64Array = new Float64Array(0);

  constructor(p: AveragedPerceptron) {
    this.index = new FeatureIndex(p.rows(), p.labels.length);
    this.prev = ['<s>', ...p.labels];
  }

  /** Scores of token i after the labels `prev1` and `prev2` (0 for '<s>', label + 1), written into `out`. */
  score(ctx: DocContext, i: number, prev1: number, prev2: number, out: Float64Array): Float64Array {
    out.fill(0);
    this.out = out;
    cueTokenFeatures(ctx, i, this);
    cueLabelFeatures(ctx.tokens[i]!, this.prev[prev1]!, this.prev[prev2]!, this);
    return out;
  }

  add(template: string, a?: string, b?: string, c?: string, d?: string): void {
    this.index.addRow(this.out, this.index.row(template, a, b, c, d));
  }
}
