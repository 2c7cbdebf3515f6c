import { attributionTask } from './attribution.eval.js';
import { directedTask } from './directed.eval.js';
import type { EvalTask } from './task.js';
import { targetSentimentTask } from './target-sentiment.eval.js';
import { xdocTask } from './xdoc.eval.js';

/** Every task the eval command knows, by name. To add one, write src/eval/<name>.eval.ts and list it here. */
export const TASKS: readonly EvalTask[] = [attributionTask, directedTask, targetSentimentTask, xdocTask];

export function findTask(name: string): EvalTask | undefined {
  return TASKS.find((t) => t.name === name);
}
