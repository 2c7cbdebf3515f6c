import { loadModelFile } from '../attribution/model-file.js';
import { AveragedPerceptron, type PerceptronModel } from '../attribution/perceptron.js';
import type { CharRange } from './directed.features.js';
import { polarityOf } from './lexicon.js';
import { targetFeatures } from './target.features.js';
import { words } from './words.js';

export type TargetPolarity = 'positive' | 'neutral' | 'negative';
export const TARGET_LABELS: readonly TargetPolarity[] = ['negative', 'neutral', 'positive'];

export const TARGET_MODEL = 'target-sentiment';
let model: AveragedPerceptron | null | undefined;

function getModel(): AveragedPerceptron | null {
  if (model === undefined) {
    const file = loadModelFile<PerceptronModel>(TARGET_MODEL);
    model = file ? AveragedPerceptron.fromModel(file) : null;
  }
  return model;
}

/**
 * How a sentence treats the person or group at `mention`: trained perceptron
 * (data/models/target-sentiment.json) when present, else the sign of lexicon words near it.
 */
export function targetPolarity(sentence: string, mention: CharRange): TargetPolarity {
  const m = getModel();
  if (m) return m.labels[m.predict(targetFeatures(sentence, mention))] as TargetPolarity;
  let sum = 0;
  for (const w of words(sentence)) if (Math.abs(w.start - mention.start) < 60) sum += polarityOf(w.lower);
  return sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'neutral';
}
