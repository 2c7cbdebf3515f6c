import { classifyDirected } from '../ingest/extract/sentiment/directed.js';
import { classificationReport } from './classification.report.js';
import { readDirected } from './directed.data.js';
import { writeJsonl } from './jsonl.js';
import type { EvalTask } from './task.js';

const LABELS = ['0', '1', '2', '3', '4'];

export const directedTask: EvalTask = {
  name: 'directed',
  description: 'directed-sentiment TSV (sentence, p, q, label 0-4): accuracy and macro-F1 beside the majority floor',
  async run(path, options) {
    const { examples, skipped } = await readDirected(path);
    const predicted = examples.map((e) => String(classifyDirected(e.sentence, e.p, e.q)));
    if (options.predictions) {
      await writeJsonl(options.predictions, examples.map((e, i) => ({ sentence: e.sentence, p: e.p, q: e.q, gold: e.label, predicted: Number(predicted[i]) })));
    }
    const result = classificationReport('directed', path, examples.map((e) => String(e.label)), predicted, LABELS, { skipped });
    result.lines.push('labels: 0 neutral, 1 p->q positive, 2 q->p positive, 3 p->q negative, 4 q->p negative' + (skipped ? `; ${skipped} unreadable rows skipped` : ''));
    return result;
  },
};
