import { readFile } from 'node:fs/promises';
import type { DirectedLabel } from '../ingest/extract/sentiment/directed.js';

/** One row of the directed-sentiment TSV, with the brackets removed and the mentions located. */
export interface DirectedExample {
  sentence: string;
  p: { start: number; end: number };
  q: { start: number; end: number };
  label: DirectedLabel;
}

/**
 * Parses "sentence \t p \t q \t label" where p and q are [bracketed] in the sentence. The bracketed
 * stretch equal to p is p's mention, the other is q's; rows that cannot be located are skipped.
 */
export function parseDirected(raw: string): { examples: DirectedExample[]; skipped: number } {
  const examples: DirectedExample[] = [];
  let skipped = 0;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const label = Number(cols[cols.length - 1]);
    if (cols.length < 4 || !Number.isInteger(label) || label < 0 || label > 4) {
      skipped++;
      continue;
    }
    const [bracketed, p, q] = (cols as [string, string, string]).map(unquote) as [string, string, string];
    const spans: { start: number; end: number; text: string }[] = [];
    let sentence = '';
    let i = 0;
    for (const m of bracketed.matchAll(/\[([^\]]*)\]/gu)) {
      sentence += bracketed.slice(i, m.index);
      const lead = m[1]!.length - m[1]!.trimStart().length;
      spans.push({ start: sentence.length + lead, end: sentence.length + m[1]!.trimEnd().length, text: m[1]!.trim() });
      sentence += m[1];
      i = m.index + m[0].length;
    }
    sentence += bracketed.slice(i);
    const pi = spans.findIndex((s) => s.text === p.trim());
    const qi = spans.findIndex((s, k) => k !== pi && s.text === q.trim());
    if (spans.length < 2 || pi < 0) {
      skipped++;
      continue;
    }
    const qSpan = spans[qi >= 0 ? qi : spans.findIndex((_, k) => k !== pi)]!;
    examples.push({ sentence, p: spans[pi]!, q: qSpan, label: label as DirectedLabel });
  }
  return { examples, skipped };
}

/** Some rows are CSV-quoted: "text with ""quotes""" stands for text with "quotes". */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/gu, '"') : field;
}

export async function readDirected(path: string): Promise<{ examples: DirectedExample[]; skipped: number }> {
  return parseDirected(await readFile(path, 'utf8'));
}
