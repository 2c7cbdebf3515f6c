import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.generator.js';
import { Rng } from '../../../bench/corpus/random.js';
import { parseArticle } from '../../../src/ingest/parse/index.js';

const take = (options: Parameters<typeof generateCorpus>[0]) => [...generateCorpus(options)];

describe('the synthetic benchmark corpus', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    const a = take({ count: 30, seed: 'one' });
    const b = take({ count: 30, seed: 'one' });
    const c = take({ count: 30, seed: 'two' });
    expect(b).toEqual(a);
    expect(c.map((x) => x.content)).not.toEqual(a.map((x) => x.content));
  });

  it('regenerates any slice alone, so long runs can resume', () => {
    const all = take({ count: 40, seed: 'slice' });
    const tail = take({ count: 40, seed: 'slice', start: 25 });
    expect(tail).toEqual(all.slice(25));
  });

  it('mixes markdown, scraped text and HTML, and every article parses with a title, outlet and date', () => {
    const articles = take({ count: 60, seed: 'formats' });
    expect(new Set(articles.map((a) => a.format))).toEqual(new Set(['markdown', 'text', 'html']));
    for (const article of articles) {
      const { article: parsed, diagnostics } = parseArticle({ content: article.content, format: article.format });
      expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
      expect(parsed.title.length).toBeGreaterThan(10);
      expect(parsed.outlet).toBe(article.outlet);
      expect(parsed.publishedAt).toMatch(/^20\d\d-\d\d-\d\dT/);
      const words = parsed.text.split(/\s+/).length;
      expect(words).toBeGreaterThan(500);
      expect(words).toBeLessThan(1300);
    }
  });

  it('re-reports stories across outlets, as "according to" or "reported, citing"', () => {
    const articles = take({ count: 200, seed: 'stories' });
    const outletsPerStory = new Map<number, Set<string>>();
    for (const a of articles) outletsPerStory.set(a.storyId, (outletsPerStory.get(a.storyId) ?? new Set()).add(a.outlet));
    expect(Math.max(...[...outletsPerStory.values()].map((s) => s.size))).toBeGreaterThan(3);
    expect(articles.some((a) => /, according to [A-Z]/.test(a.content))).toBe(true);
    expect(articles.some((a) => / reported, citing /.test(a.content))).toBe(true);
  });

  it('draws Zipf-like ranks: rank 0 is the most frequent and every rank stays in range', () => {
    const rng = new Rng(42);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 20_000; i++) counts[rng.zipf(50, 1.1)]!++;
    expect(counts[0]).toBe(Math.max(...counts));
    expect(counts[0]!).toBeGreaterThan(counts[10]! * 5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
  });
});
