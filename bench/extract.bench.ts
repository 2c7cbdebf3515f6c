/**
 * Throughput of the extraction pipeline on ~800-word articles built from the seeds.
 * Run: npx tsc -p tsconfig.json && node dist/bench/extract.bench.js [articles]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTRACTORS } from '../src/ingest/extract/index.js';
import { parseArticle } from '../src/ingest/parse/index.js';
import { extractArticle, runExtractors } from '../src/ingest/pipeline.js';

/** The seeds from the working directory (the repo root), else next to dist/. */
const read = (name: string): string => {
  for (const dir of [new URL(`file://${process.cwd()}/seeds/`), new URL('../../seeds/', import.meta.url)]) {
    try {
      return readFileSync(fileURLToPath(new URL(name, dir)), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`seed ${name} not found: run from the repository root`);
};

const scrape = read('us-security-guarantees-donbas.clashreport.txt');
const body = scrape.split('\n').slice(3).join('\n').split('Sources:')[0]!;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A ~800-word article: the scrape's header, its body repeated, its boilerplate tail; varied per index. */
function article(i: number): string {
  const head = scrape.split('\n').slice(0, 3).join('\n');
  let text = body;
  while (words(text) < 780) text += `\n${body}`;
  return `${head}\n${text.replace(/eight people/g, `${(i % 9) + 2} people`)}\nSources:\nRelated News\nSome Headline ${i}\nEurope\n26/01/2026`;
}

const n = Number(process.argv[2] ?? 400);
const inputs = Array.from({ length: n }, (_, i) => article(i));
const md = read('us-security-guarantees-donbas.summary.md');

// Warm up: model load and JIT.
for (let i = 0; i < 20; i++) extractArticle({ content: inputs[i % inputs.length]! });
extractArticle({ content: md });

/** Wall-clock and CPU-time rates: on a shared machine CPU time is the fairer per-core figure. */
function time(label: string, run: (content: string) => number): void {
  let found = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const content of inputs) found += run(content);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label}: ${n} articles of ~${words(inputs[0]!)} words: ${(n / seconds).toFixed(0)} articles/s wall, ` +
      `${(n / cpuSeconds).toFixed(0)} articles/s per CPU second (${found} claims)`,
  );
}

time('full pipeline', (content) => extractArticle({ content }).claims.length);
// The attribution finder lives in its own folder and is timed apart to show where time goes.
const withoutFinder = EXTRACTORS.filter((e) => e.name !== 'attributions');
time('without the attribution finder', (content) => runExtractors(parseArticle({ content }).article, withoutFinder).claims.length);
