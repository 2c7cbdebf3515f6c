import { formatTable, roundFigures, scoreClassification, type ClassificationScores } from './metrics.js';
import type { EvalResult } from './task.js';

/** The table and figures every classification task prints: accuracy and macro-F1 beside the majority floor. */
export function classificationReport(task: string, path: string, gold: string[], predicted: string[], labels: readonly string[], extra: Record<string, unknown> = {}): EvalResult {
  const s: ClassificationScores = scoreClassification(gold, predicted, labels);
  const lines = [
    `${task}: ${s.n} examples`,
    ...formatTable(['system', 'accuracy', 'macro-F1'], [
      ['claimgraph', s.accuracy, s.macroF1],
      [`majority (${s.majorityClass})`, s.majorityAccuracy, s.majorityMacroF1],
    ]),
    '',
    ...formatTable(
      ['label', 'P', 'R', 'F1', 'support'],
      labels.map((l) => [l, s.perClass[l]!.precision, s.perClass[l]!.recall, s.perClass[l]!.f1, String(s.perClass[l]!.support)]),
    ),
  ];
  return { lines, figures: roundFigures({ task, path, ...extra, ...s }) };
}
