/** Precision, recall and F1 as fractions in [0, 1]. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** P/R/F1 from counts; an empty denominator gives 0 rather than NaN so tables and JSON stay numeric. */
export function prfFromCounts(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : matchedPredicted / predicted;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  return { precision, recall, f1: f1Of(precision, recall) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export interface ClassificationScores {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, Prf & { support: number }>;
  majorityClass: string;
  majorityAccuracy: number;
  majorityMacroF1: number;
}

/**
 * Accuracy and macro-F1 over `labels` (every listed label counts in the macro average, even when it
 * never occurs), with the floor a constant majority-class predictor reaches on the same gold.
 */
export function scoreClassification(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): ClassificationScores {
  const n = gold.length;
  let correct = 0;
  for (let i = 0; i < n; i++) if (gold[i] === predicted[i]) correct++;
  const perClass = perClassPrf(gold, predicted, labels);
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  let majorityClass = labels[0] ?? '';
  for (const label of labels) if ((counts.get(label) ?? 0) > (counts.get(majorityClass) ?? 0)) majorityClass = label;
  const majorityPerClass = perClassPrf(gold, gold.map(() => majorityClass), labels);
  return {
    n,
    accuracy: n === 0 ? 0 : correct / n,
    macroF1: mean(labels.map((l) => perClass[l]!.f1)),
    perClass,
    majorityClass,
    majorityAccuracy: n === 0 ? 0 : (counts.get(majorityClass) ?? 0) / n,
    majorityMacroF1: mean(labels.map((l) => majorityPerClass[l]!.f1)),
  };
}

function perClassPrf(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): Record<string, Prf & { support: number }> {
  const out: Record<string, Prf & { support: number }> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    out[label] = { ...prfFromCounts(tp, tp + fp, tp, tp + fn), support: tp + fn };
  }
  return out;
}

/** Formats rows as a fixed-width text table; numbers are fractions shown as percentages, strings as they are (pass counts as strings). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = [header.map(String), ...rows.map((r) => r.map(formatCell))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

function formatCell(value: string | number): string {
  return typeof value === 'string' ? value : (value * 100).toFixed(1);
}

/** Rounds every number in a figures object to 4 decimals for the JSON summary line. */
export function roundFigures<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v))) as T;
}
