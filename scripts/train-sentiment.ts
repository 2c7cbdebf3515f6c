/**
 * Trains the sentiment perceptrons and writes them to data/models/:
 *   node dist/scripts/train-sentiment.js directed <train.tsv> [--epochs N]
 *   node dist/scripts/train-sentiment.js target <train.jsonl> [--epochs N]
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readDirected } from '../src/eval/directed.data.js';
import { readTargets } from '../src/eval/target-sentiment.data.js';
import { modelsDir } from '../src/ingest/extract/attribution/model-file.js';
import { AveragedPerceptron } from '../src/ingest/extract/attribution/perceptron.js';
import { directedFeatures } from '../src/ingest/extract/sentiment/directed.features.js';
import { DIRECTED_MODEL, ORDERED_LABELS, toOrdered } from '../src/ingest/extract/sentiment/directed.js';
import { TARGET_LABELS, TARGET_MODEL } from '../src/ingest/extract/sentiment/target.js';
import { targetFeatures } from '../src/ingest/extract/sentiment/target.features.js';

/** Deterministic shuffling so a retrain gives the same weights. */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function train(examples: { features: string[]; label: number }[], labels: readonly string[], epochs: number): AveragedPerceptron {
  const p = new AveragedPerceptron(labels);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const e of shuffle([...examples], epoch + 1)) {
      const y = p.predict(e.features);
      if (y !== e.label) errors++;
      p.update(e.features, e.label, y);
    }
    console.error(`epoch ${epoch + 1}: ${errors} training errors of ${examples.length}`);
  }
  p.average();
  return p;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { epochs: { type: 'string' } } });
  const [task, path] = positionals;
  const epochs = Number(values.epochs ?? 10);
  if (task === 'directed' && path) {
    const { examples } = await readDirected(path);
    const data = examples.map((e) => {
      const pFirst = e.p.start <= e.q.start;
      const [a, b] = pFirst ? [e.p, e.q] : [e.q, e.p];
      return { features: directedFeatures(e.sentence, a, b), label: ORDERED_LABELS.indexOf(toOrdered(e.label, pFirst)) };
    });
    save(DIRECTED_MODEL, train(data, ORDERED_LABELS, epochs));
  } else if (task === 'target' && path) {
    const examples = await readTargets(path);
    const data = examples.map((e) => ({ features: targetFeatures(e.sentence, e.mention), label: TARGET_LABELS.indexOf(e.label) }));
    save(TARGET_MODEL, train(data, TARGET_LABELS, epochs));
  } else {
    console.error('usage: node dist/scripts/train-sentiment.js directed|target <train file> [--epochs N]');
    process.exitCode = 2;
  }
}

function save(name: string, model: AveragedPerceptron): void {
  const file = join(modelsDir(), `${name}.json.gz`);
  writeFileSync(file, gzipSync(JSON.stringify(model.toModel(3)), { level: 9 }));
  rmSync(join(modelsDir(), `${name}.json`), { force: true });
  console.error(`wrote ${file}`);
}

await main();
