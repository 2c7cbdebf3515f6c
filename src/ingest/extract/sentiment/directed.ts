import { loadModelFile } from '../attribution/model-file.js';
import { AveragedPerceptron, type PerceptronModel } from '../attribution/perceptron.js';
import { directedFeatures, type CharRange } from './directed.features.js';
import { polarityOf } from './lexicon.js';
import { words } from './words.js';

/** Park et al. labels: 0 neutral, 1 p->q positive, 2 q->p positive, 3 p->q negative, 4 q->p negative. */
export type DirectedLabel = 0 | 1 | 2 | 3 | 4;

/** Labels in reading order: A is the first mention, B the second. */
export const ORDERED_LABELS = ['none', 'AB+', 'BA+', 'AB-', 'BA-'] as const;
export type OrderedLabel = (typeof ORDERED_LABELS)[number];

/** Converts between p/q labels and reading-order labels. */
export function toOrdered(label: DirectedLabel, pFirst: boolean): OrderedLabel {
  const fromP: OrderedLabel[] = ['none', 'AB+', 'BA+', 'AB-', 'BA-'];
  const fromQ: OrderedLabel[] = ['none', 'BA+', 'AB+', 'BA-', 'AB-'];
  return (pFirst ? fromP : fromQ)[label]!;
}

export function fromOrdered(label: OrderedLabel, pFirst: boolean): DirectedLabel {
  for (const l of [0, 1, 2, 3, 4] as const) if (toOrdered(l, pFirst) === label) return l;
  return 0;
}

export const DIRECTED_MODEL = 'directed';
let model: AveragedPerceptron | null | undefined;

function getModel(): AveragedPerceptron | null {
  if (model === undefined) {
    const file = loadModelFile<PerceptronModel>(DIRECTED_MODEL);
    model = file ? AveragedPerceptron.fromModel(file) : null;
  }
  return model;
}

/**
 * Stance between two actor mentions of one sentence: who is positive or negative toward whom.
 * Uses the trained perceptron (data/models/directed.json) when present, else lexicon rules.
 */
export function classifyDirected(sentence: string, p: CharRange, q: CharRange): DirectedLabel {
  const pFirst = p.start <= q.start;
  const [a, b] = pFirst ? [p, q] : [q, p];
  const m = getModel();
  if (m) return fromOrdered(m.labels[m.predict(directedFeatures(sentence, a, b))] as OrderedLabel, pFirst);
  return fromOrdered(lexiconDirected(sentence, a, b), pFirst);
}

/** Fallback: a stance word between the mentions points from the first to the second, or back in the passive. */
export function lexiconDirected(sentence: string, a: CharRange, b: CharRange): OrderedLabel {
  const between = words(sentence).filter((w) => w.start >= a.end && w.end <= b.start);
  const passive = between.some((w) => w.lower === 'by');
  for (const w of between) {
    const pol = polarityOf(w.lower);
    if (pol !== 0) return (passive ? 'BA' : 'AB') + (pol > 0 ? '+' : '-') as OrderedLabel;
  }
  return 'none';
}
