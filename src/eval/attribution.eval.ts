import type { Span } from '../domain/span.js';
import { extractAttributions, findAttributions, type AttributionSpans, type AttributionSystem } from '../ingest/extract/attribution/index.js';
import { ROLES, scoreAttributions, type Role, type ScoredArticle } from './attribution.score.js';
import { readJsonl, writeJsonl } from './jsonl.js';
import { formatTable, roundFigures } from './metrics.js';
import type { EvalTask } from './task.js';

/** One PolNeAR article as the jsonl files give it (other fields are kept and passed through). */
export interface PolnearArticle {
  doc_id: string;
  text: string;
  attributions: PolnearAttribution[];
  [field: string]: unknown;
}

export interface PolnearAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  [field: string]: unknown;
}

/** Converts extracted attributions to the gold's format; `via` becomes the id of the attribution reported through. */
export function toPolnear(found: readonly AttributionSpans[]): PolnearAttribution[] {
  const id = (i: number): string => `P${i + 1}`;
  return found.map((a, i) => ({
    id: id(i),
    source: a.source,
    cue: a.cue,
    content: a.content,
    kind: a.kind,
    via: a.via === null ? null : id(a.via),
  }));
}

export const attributionTask: EvalTask = {
  name: 'attribution',
  description: 'PolNeAR jsonl: source, cue, content spans, exact and overlap P/R/F1 [--system rules|model|combined]',
  async run(path, options) {
    const system = options.system as AttributionSystem | undefined;
    if (system && !['rules', 'model', 'combined'].includes(system)) throw new Error(`attribution: unknown --system "${system}" (rules, model or combined)`);
    const articles = await readJsonl<PolnearArticle>(path);
    const scored: ScoredArticle[] = [];
    const predictedRows: PolnearArticle[] = [];
    for (const article of articles) {
      const predicted = toPolnear(system ? extractAttributions(article.text, [], system) : findAttributions(article.text));
      scored.push({ text: article.text, gold: article.attributions, predicted });
      predictedRows.push({ ...article, attributions: predicted });
    }
    if (options.predictions) await writeJsonl(options.predictions, predictedRows);
    const scores = scoreAttributions(scored);
    const rows = [...ROLES, 'all' as const].map((r: Role | 'all') => [
      r,
      scores.exact[r].precision,
      scores.exact[r].recall,
      scores.exact[r].f1,
      scores.overlap[r].precision,
      scores.overlap[r].recall,
      scores.overlap[r].f1,
    ]);
    const lines = [
      `attribution (${system ?? 'default'} system): ${scores.counts.articles} articles, ${scores.counts.gold} gold attributions, ${scores.counts.predicted} predicted`,
      ...formatTable(['role', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'], rows),
    ];
    return { lines, figures: roundFigures({ task: 'attribution', path, system: system ?? 'default', ...scores }) };
  },
};
