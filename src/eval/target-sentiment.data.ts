import type { TargetPolarity } from '../ingest/extract/sentiment/target.js';
import { readJsonl } from './jsonl.js';

interface NewsMtscRow {
  primary_gid: string;
  sentence_normalized: string;
  targets: { from: number; to: number; mention: string; polarity: number }[];
}

/** One scored target: a mention in a sentence and its gold polarity. */
export interface TargetExample {
  id: string;
  sentence: string;
  mention: { start: number; end: number };
  label: TargetPolarity;
}

const POLARITY: Record<number, TargetPolarity> = { 2: 'negative', 4: 'neutral', 6: 'positive' };

/**
 * Every target of every NewsMTSC row is one example (polarity 2.0 negative, 4.0 neutral, 6.0
 * positive); a row listing the same mention range twice (two ids for one person) counts it once.
 */
export async function readTargets(path: string): Promise<TargetExample[]> {
  const rows = await readJsonl<NewsMtscRow>(path);
  const out: TargetExample[] = [];
  for (const row of rows) {
    const seen = new Set<string>();
    for (const t of row.targets ?? []) {
      if (seen.has(`${t.from}-${t.to}`)) continue;
      seen.add(`${t.from}-${t.to}`);
      const label = POLARITY[t.polarity];
      if (!label) continue;
      out.push({ id: row.primary_gid, sentence: row.sentence_normalized, mention: { start: t.from, end: t.to }, label });
    }
  }
  return out;
}
