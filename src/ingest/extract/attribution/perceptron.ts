/** Serialised weights: for each feature, one weight per label (rounded, zero rows dropped). */
export interface PerceptronModel {
  labels: string[];
  weights: Record<string, number[]>;
}

/**
 * A multiclass averaged perceptron over sparse string features (Collins 2002; averaging by the
 * "w - u/c" trick so an update costs O(features)). Used by the attribution tagger and the
 * sentiment classifiers; training is deterministic for a given example order.
 */
export class AveragedPerceptron {
  readonly labels: string[];
  private readonly w = new Map<string, Float64Array>();
  private readonly u = new Map<string, Float64Array>();
  private c = 1;

  constructor(labels: readonly string[]) {
    this.labels = [...labels];
  }

  static fromModel(model: PerceptronModel): AveragedPerceptron {
    const p = new AveragedPerceptron(model.labels);
    for (const [f, ws] of Object.entries(model.weights)) p.w.set(f, Float64Array.from(ws));
    return p;
  }

  /** Scores of every label for the features. */
  scores(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.labels.length);
    for (const f of features) {
      const ws = this.w.get(f);
      if (!ws) continue;
      for (let y = 0; y < out.length; y++) out[y]! += ws[y]!;
    }
    return out;
  }

  /** The weights of one feature, one per label; undefined for a feature never seen in training. */
  weightsOf(feature: string): Float64Array | undefined {
    return this.w.get(feature);
  }

  /** Every feature the model knows with its weights, one per label (the live map: do not change it). */
  rows(): ReadonlyMap<string, Float64Array> {
    return this.w;
  }

  /** Best label, among `allowed` ones, with `bias` added to the scores (a prediction-time threshold shift). */
  predict(features: readonly string[], allowed?: (label: number) => boolean, bias?: readonly number[]): number {
    return bestLabel(this.scores(features), allowed, bias);
  }

  /** One training step: moves weight from the predicted label to the gold one when they differ. */
  update(features: readonly string[], gold: number, predicted: number): void {
    if (gold !== predicted) {
      for (const f of features) {
        this.bump(f, gold, 1);
        this.bump(f, predicted, -1);
      }
    }
    this.c++;
  }

  private bump(f: string, y: number, v: number): void {
    let ws = this.w.get(f);
    let us = this.u.get(f);
    if (!ws || !us) {
      ws = new Float64Array(this.labels.length);
      us = new Float64Array(this.labels.length);
      this.w.set(f, ws);
      this.u.set(f, us);
    }
    ws[y]! += v;
    us[y]! += this.c * v;
  }

  /** Replaces the weights by their average over all steps; call once, after training. */
  average(): void {
    for (const [f, ws] of this.w) {
      const us = this.u.get(f)!;
      for (let y = 0; y < ws.length; y++) ws[y] = ws[y]! - us[y]! / this.c;
    }
    this.u.clear();
  }

  /**
   * Weights rounded to `digits` decimals; features whose largest weight is below `minWeight` (in
   * absolute value; 0 keeps every non-zero one) are dropped.
   */
  toModel(digits = 3, minWeight = 0): PerceptronModel {
    const k = 10 ** digits;
    const weights: Record<string, number[]> = {};
    for (const [f, ws] of this.w) weights[f] = Array.from(ws, (x) => Math.round(x * k) / k);
    return pruneModel({ labels: this.labels, weights }, minWeight);
  }
}

/**
 * Drops the features whose weights are all below `minWeight` in absolute value (and all-zero ones).
 * On the attribution tagger, 1.0 halves the model (smaller, faster to load and to read) with
 * PolNeAR dev figures within 0.2 points.
 */
export function pruneModel(model: PerceptronModel, minWeight: number): PerceptronModel {
  const weights: Record<string, number[]> = {};
  for (const [f, ws] of Object.entries(model.weights)) if (ws.some((x) => x !== 0 && Math.abs(x) >= minWeight)) weights[f] = ws;
  return { labels: model.labels, weights };
}

/** The label with the highest score (plus `bias`) among `allowed` ones; `scores` is changed in place. */
export function bestLabel(scores: Float64Array, allowed?: (label: number) => boolean, bias?: readonly number[]): number {
  if (bias) for (let y = 0; y < scores.length; y++) scores[y]! += bias[y] ?? 0;
  let best = -1;
  for (let y = 0; y < scores.length; y++) if ((!allowed || allowed(y)) && (best < 0 || scores[y]! > scores[best]!)) best = y;
  return best < 0 ? 0 : best;
}
