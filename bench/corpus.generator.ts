import type { ArticleFormat } from '../src/domain/article.js';
import { toHtml, toMarkdown, toText } from './corpus/formats.js';
import { Rng } from './corpus/random.js';
import { STORY_SKEW, World } from './corpus/world.js';
import { writeArticle } from './corpus/writer.js';

export interface CorpusOptions {
  /** Number of articles in the corpus (it fixes the sizes of the pools the articles draw from). */
  count: number;
  /** First article to yield (default 0): a long run can resume where it stopped. */
  start?: number;
  /** Same seed, same corpus, byte for byte. */
  seed?: string;
  /** Share of markdown and of HTML; the rest is scraped plain text. */
  markdownShare?: number;
  htmlShare?: number;
  /** Article length is drawn around this many words (±15%). */
  words?: number;
}

export interface GeneratedArticle {
  index: number;
  format: ArticleFormat;
  fileName: string;
  content: string;
  outlet: string;
  storyId: number;
}

const EXTENSIONS: Record<ArticleFormat, string> = { markdown: 'md', text: 'txt', html: 'html' };

/**
 * A deterministic synthetic news corpus, generated lazily: article i depends only on the seed,
 * the corpus size and i, so a 100k corpus streams in constant memory and any slice can be
 * regenerated alone. Stories, actors and outlets are Zipf-popular: the same claim is re-reported
 * by many outlets ("according to X", "X reported, citing Y") and a few actors hold most stances.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const seed = options.seed ?? 'claimgraph-bench';
  const world = new World(seed, options.count);
  const markdown = options.markdownShare ?? 0.45;
  const html = options.htmlShare ?? 0.1;
  const targetWords = options.words ?? 720;
  for (let index = options.start ?? 0; index < options.count; index++) {
    yield generateArticle(world, index, { markdown, html, targetWords });
  }
}

/** Article `index` of the corpus that `world` describes. */
export function generateArticle(world: World, index: number, mix: { markdown: number; html: number; targetWords: number }): GeneratedArticle {
  const rng = Rng.of(world.seed, 'article', index);
  const story = world.storyAt(rng.zipf(world.sizes.stories, STORY_SKEW));
  // Outlets that broke the story re-report it less often than the rest of the field.
  const outlet = rng.chance(0.15) ? story.origin : world.outlet(rng.zipf(world.sizes.outlets, 1.1));
  const body = writeArticle(world, rng, story, outlet, index, Math.round(mix.targetWords * (0.85 + rng.next() * 0.3)));
  const u = rng.next();
  const format: ArticleFormat = u < mix.markdown ? 'markdown' : u < mix.markdown + mix.html ? 'html' : 'text';
  const content = format === 'markdown' ? toMarkdown(body, rng) : format === 'html' ? toHtml(body) : toText(body);
  return { index, format, fileName: `${String(index).padStart(6, '0')}.${EXTENSIONS[format]}`, content, outlet: outlet.name, storyId: story.id };
}
