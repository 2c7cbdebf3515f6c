import { TARGET_LABELS, targetPolarity } from '../ingest/extract/sentiment/target.js';
import { classificationReport } from './classification.report.js';
import { writeJsonl } from './jsonl.js';
import { readTargets } from './target-sentiment.data.js';
import type { EvalTask } from './task.js';

export const targetSentimentTask: EvalTask = {
  name: 'target-sentiment',
  description: 'NewsMTSC jsonl: polarity toward each target mention, accuracy and macro-F1 beside the majority floor',
  async run(path, options) {
    const examples = await readTargets(path);
    const predicted = examples.map((e) => targetPolarity(e.sentence, e.mention));
    if (options.predictions) {
      await writeJsonl(options.predictions, examples.map((e, i) => ({ id: e.id, from: e.mention.start, to: e.mention.end, gold: e.label, predicted: predicted[i] })));
    }
    return classificationReport('target-sentiment', path, examples.map((e) => e.label), predicted, TARGET_LABELS);
  },
};
