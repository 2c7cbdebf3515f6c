/**
 * Trains the attribution tagger on PolNeAR-format jsonl and writes data/models/attribution.json.gz:
 *   npm run train:attribution -- <train.jsonl> [--epochs N] [--window N] [--min-weight W] [--out FILE]
 * Single process, deterministic; a few minutes on the 840 training articles.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { PolnearArticle } from '../src/eval/attribution.eval.js';
import { readJsonl } from '../src/eval/jsonl.js';
import { modelsDir } from '../src/ingest/extract/attribution/model-file.js';
import { AveragedPerceptron } from '../src/ingest/extract/attribution/perceptron.js';
import { roleFeatures } from '../src/ingest/extract/attribution/role.templates.js';
import { docContext, cueFeatures, sentenceWindow, type DocContext } from '../src/ingest/extract/attribution/tagger.features.js';
import { ATTRIBUTION_MODEL, CUE_LABELS, ROLE_LABELS, greedyTag, type AttributionModelFile } from '../src/ingest/extract/attribution/tagger.js';
import { isCueModifier, ruleAttributions } from '../src/ingest/extract/attribution/rules.js';
import { analyze, tokensOverlapping } from '../src/ingest/extract/attribution/tokens.js';

interface Range {
  start: number;
  end: number;
}

interface RoleExample {
  cue: [number, number];
  lo: number;
  labels: number[];
}

interface Doc {
  ctx: DocContext;
  cueLabels: number[];
  roles: RoleExample[];
}

/** Tokens overlapping any of the ranges, in order. */
function tokensIn(ctx: DocContext, ranges: readonly Range[]): number[] {
  return [...tokensOverlapping(ctx.tokens, ranges)];
}

/** BIO labels over tokens: each run of consecutive tokens starts with B. */
function markRuns(labels: number[], idx: readonly number[], b: number, inside: number, onlyIfEmpty: boolean): void {
  idx.forEach((i, k) => {
    if (onlyIfEmpty && labels[i] !== 0) return;
    labels[i] = k > 0 && idx[k - 1] === i - 1 && (labels[i - 1] === b || labels[i - 1] === inside) ? inside : b;
  });
}

function prepare(article: PolnearArticle, window: number): Doc {
  const analysis = analyze(article.text);
  const ctx = docContext(article.text, analysis, ruleAttributions(analysis, article.text, new Set()));
  const cueLabels = new Array<number>(ctx.tokens.length).fill(0);
  const roles: RoleExample[] = [];
  for (const a of article.attributions) {
    const cueIdx = tokensIn(ctx, a.cue);
    if (cueIdx.length === 0) continue;
    // The cue tagger learns the verb; the auxiliaries before it are added back at prediction (tagger.ts).
    let head = 0;
    while (head < cueIdx.length - 1 && isCueModifier(ctx.tokens[cueIdx[head]!]!)) head++;
    markRuns(cueLabels, cueIdx.slice(head), 1, 2, true);
    const cue: [number, number] = [cueIdx[0]!, cueIdx[cueIdx.length - 1]! + 1];
    const [lo, hi] = sentenceWindow(ctx.tokens, cue[0], window);
    const labels = new Array<number>(hi - lo).fill(0);
    const local = (idx: number[]): number[] => idx.filter((i) => i >= lo && i < hi && !(i >= cue[0] && i < cue[1])).map((i) => i - lo);
    markRuns(labels, local(tokensIn(ctx, a.content)), 3, 4, false);
    markRuns(labels, local(tokensIn(ctx, a.source)), 1, 2, false);
    roles.push({ cue, lo, labels });
  }
  return { ctx, cueLabels, roles };
}

function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { epochs: { type: 'string' }, window: { type: 'string' }, 'min-weight': { type: 'string' }, out: { type: 'string' } } });
  const [path] = positionals;
  if (!path) {
    console.error('usage: npm run train:attribution -- <train.jsonl> [--epochs N] [--window N] [--min-weight W] [--out FILE]');
    process.exitCode = 2;
    return;
  }
  const epochs = Number(values.epochs ?? 8);
  const window = Number(values.window ?? 1);
  const started = Date.now();
  const docs = (await readJsonl<PolnearArticle>(path)).map((a) => prepare(a, window));
  console.error(`${docs.length} articles prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const cue = new AveragedPerceptron(CUE_LABELS);
  const role = new AveragedPerceptron(ROLE_LABELS);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let cueErrors = 0;
    let roleErrors = 0;
    let tokens = 0;
    for (const doc of shuffle([...docs], epoch + 1)) {
      const { ctx } = doc;
      const tags = greedyTag(cue, ctx.tokens.length, (i, a, b) => cueFeatures(ctx, i, a, b), () => null, doc.cueLabels);
      tags.forEach((y, i) => y !== doc.cueLabels[i] && cueErrors++);
      tokens += tags.length;
      for (const r of shuffle([...doc.roles], epoch + 7)) {
        const rt = greedyTag(
          role,
          r.labels.length,
          (k, a, b) => roleFeatures(ctx, r.lo + k, r.cue[0], r.cue[1], a, b),
          (k) => (r.lo + k >= r.cue[0] && r.lo + k < r.cue[1] ? 0 : null),
          r.labels,
        );
        rt.forEach((y, k) => y !== r.labels[k] && roleErrors++);
      }
    }
    console.error(`epoch ${epoch + 1}: cue token errors ${cueErrors}/${tokens}, role token errors ${roleErrors}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  cue.average();
  role.average();
  // Features whose weights all stay below 1 change almost no decision: dropping them halves the model.
  const minWeight = Number(values['min-weight'] ?? 1);
  const file: AttributionModelFile = { version: 1, window, cue: cue.toModel(2, minWeight), role: role.toModel(2, minWeight) };
  const out = values.out ?? join(modelsDir(), `${ATTRIBUTION_MODEL}.json.gz`);
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(out, bytes);
  console.error(`wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

await main();
