/**
 * Tunes the prediction-time label biases of the trained attribution tagger on a DEV file and stores
 * the best in data/models/attribution.json.gz (never tune on test):
 *   node dist/scripts/tune-attribution.js <dev.jsonl>
 * It scores the default system; the criterion is the mean of the per-role overlap F1s and the all-spans exact F1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { toPolnear, type PolnearArticle } from '../src/eval/attribution.eval.js';
import { scoreAttributions, type AttributionScores } from '../src/eval/attribution.score.js';
import { readJsonl } from '../src/eval/jsonl.js';
import { extractAttributions } from '../src/ingest/extract/attribution/extract.js';
import { modelsDir } from '../src/ingest/extract/attribution/model-file.js';
import { ATTRIBUTION_MODEL, attributionTagger, type AttributionModelFile } from '../src/ingest/extract/attribution/tagger.js';

function criterion(s: AttributionScores): number {
  return (s.overlap.source.f1 + s.overlap.cue.f1 + s.overlap.content.f1 + s.exact.all.f1) / 4;
}

async function main(): Promise<void> {
  const path = process.argv[2];
  const tagger = attributionTagger();
  if (!path || !tagger) {
    console.error('usage: node dist/scripts/tune-attribution.js <dev.jsonl> (needs a trained model)');
    process.exitCode = 2;
    return;
  }
  const articles = await readJsonl<PolnearArticle>(path);
  const run = (): AttributionScores =>
    scoreAttributions(articles.map((a) => ({ text: a.text, gold: a.attributions, predicted: toPolnear(extractAttributions(a.text, [])) })));
  let best = { cue: 0, source: 0, score: -1 };
  // Cue labels: O, B, I. Role labels: O, B-S, I-S, B-C, I-C.
  for (const cue of [0, 3, 6, 10, 15, 25]) {
    tagger.cueBias = [0, cue, cue];
    const s = run();
    const c = criterion(s);
    console.error(`cue bias ${cue}: criterion ${c.toFixed(4)} cue overlap F1 ${s.overlap.cue.f1.toFixed(4)} all exact F1 ${s.exact.all.f1.toFixed(4)}`);
    if (c > best.score) best = { ...best, cue, score: c };
  }
  tagger.cueBias = [0, best.cue, best.cue];
  for (const source of [0, 2, 5, 10]) {
    tagger.roleBias = [0, source, source, 0, 0];
    const c = criterion(run());
    console.error(`source bias ${source}: criterion ${c.toFixed(4)}`);
    if (c > best.score || source === 0) best = c >= best.score ? { ...best, source, score: c } : best;
  }
  const file = join(modelsDir(), `${ATTRIBUTION_MODEL}.json.gz`);
  const model = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as AttributionModelFile;
  model.cueBias = [0, best.cue, best.cue];
  model.roleBias = [0, best.source, best.source, 0, 0];
  writeFileSync(file, gzipSync(JSON.stringify(model), { level: 9 }));
  console.error(`stored cue bias ${best.cue}, source bias ${best.source} (criterion ${best.score.toFixed(4)}) in ${file}`);
}

await main();
