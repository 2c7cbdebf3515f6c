import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirected } from '../../../src/eval/directed.data.js';
import { readTargets } from '../../../src/eval/target-sentiment.data.js';
import { TASKS, findTask } from '../../../src/eval/tasks.js';

const fixture = (name: string): string => join(import.meta.dirname, '../../fixtures/eval', name);

describe('eval tasks', () => {
  it('registers each task once under its name', () => {
    const names = TASKS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['attribution', 'directed', 'target-sentiment']));
    expect(findTask('nope')).toBeUndefined();
  });

  // These load the trained models (a few MB of weights): slow on a busy machine.
  it('scores a PolNeAR-format file and writes predictions in the gold format', { timeout: 60_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'pred.jsonl');
    const result = await findTask('attribution')!.run(fixture('polnear.sample.jsonl'), { predictions: out });
    expect(result.lines.join('\n')).toContain('overlap F1');
    const figures = result.figures as { exact: Record<string, { f1: number }>; counts: { gold: number } };
    expect(figures.counts.gold).toBe(3);
    expect(figures.exact.cue!.f1).toBeGreaterThan(0.5);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc_id: string; text: string; attributions: { source: { start: number; end: number; text: string }[] }[] });
    expect(rows.map((r) => r.doc_id)).toEqual(['doc-1', 'doc-2']);
    for (const r of rows) for (const a of r.attributions) for (const s of a.source) expect(r.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('rejects an unknown attribution system', async () => {
    await expect(findTask('attribution')!.run(fixture('polnear.sample.jsonl'), { system: 'magic' })).rejects.toThrow(/unknown --system/);
  });

  it('parses directed-sentiment rows, locating p and q in the unbracketed sentence', () => {
    const { examples, skipped } = parseDirected(readFileSync(fixture('directed.sample.tsv'), 'utf8') + 'broken row\n');
    expect(skipped).toBe(1);
    const [first, second] = examples;
    expect(first!.sentence).toBe('Anna Smith accused the council of wasting money.');
    expect(first!.sentence.slice(first!.p.start, first!.p.end)).toBe('Anna Smith');
    // q comes first in the second sentence: p is still the mention equal to the p column.
    expect(second!.sentence.slice(second!.p.start, second!.p.end)).toBe('Anna Smith');
    expect(second!.q.start).toBe(0);
  });

  it('scores the directed and target-sentiment files with the majority floor beside the system', { timeout: 60_000 }, async () => {
    const directed = await findTask('directed')!.run(fixture('directed.sample.tsv'), {});
    expect(directed.figures).toMatchObject({ n: 4, majorityClass: '0', majorityAccuracy: 0.5 });
    expect(directed.lines.join('\n')).toContain('majority (0)');
    const target = await findTask('target-sentiment')!.run(fixture('newsmtsc.sample.jsonl'), {});
    expect(target.figures).toMatchObject({ n: 3 });
  });

  it('counts a NewsMTSC mention listed twice in one row once', async () => {
    const targets = await readTargets(fixture('newsmtsc.sample.jsonl'));
    expect(targets.map((t) => t.label)).toEqual(['negative', 'neutral', 'positive']);
  });
});
