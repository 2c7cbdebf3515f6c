import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/ingest/parse/index.js';
import { detectFormat } from '../../../src/ingest/parse/format.detect.js';
import { normalizeDate } from '../../../src/ingest/parse/date.normalize.js';

const html = readFileSync(fileURLToPath(new URL('../../fixtures/article.html', import.meta.url)), 'utf8');

describe('format detection', () => {
  it('tells markdown, HTML and plain text apart', () => {
    expect(detectFormat('---\ntitle: x\n---\nbody')).toBe('markdown');
    expect(detectFormat('### Heading\nSome **bold** text.')).toBe('markdown');
    expect(detectFormat(html)).toBe('html');
    expect(detectFormat('Title line\nA plain sentence. Another one.')).toBe('text');
  });

  it('lets the input override the detected format', () => {
    const { article } = parseArticle({ content: '# Not a heading\nJust text.', format: 'text' });
    expect(article.format).toBe('text');
    expect(article.text).toContain('# Not a heading');
  });
});

describe('markdown parsing', () => {
  const md = [
    '---',
    'title: "Brazil weighs new climate pledge"',
    'date: 2025-03-14 10:00:00',
    'source_url: "https://www.reuters.com/world/brazil-climate"',
    'category: "Climate"',
    'sentiment_score: 6',
    'sentiment_label: "Neutral"',
    'tldr:',
    '  - "Brazil is considering a stricter target."',
    '---',
    '',
    '## Brazil weighs pledge',
    'President **Luiz Inácio Lula da Silva** said the country',
    'would present a [new plan](https://example.org/plan) in June.',
    '',
    '### Key Players and Their Roles',
    '- **Brazil**: The government is drafting the pledge.',
    '',
    '### Sources',
    '- [Reuters – "Brazil weighs new climate pledge" (14 Mar 2025)](https://www.reuters.com/world/brazil-climate)',
    '- [AP: "Lula sets June date"]((https://apnews.com/article/lula-june)',
  ].join('\n');
  const { article, diagnostics } = parseArticle({ content: md });

  it('reads the front matter into article fields and metadata', () => {
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(article.format).toBe('markdown');
    expect(article.title).toBe('Brazil weighs new climate pledge');
    expect(article.publishedAt).toBe('2025-03-14T10:00:00.000Z');
    expect(article.url).toBe('https://www.reuters.com/world/brazil-climate');
    expect(article.outlet).toBe('Reuters');
    expect(article.metadata).toMatchObject({ category: 'Climate', sentimentScore: 6, sentimentLabel: 'Neutral', tldr: ['Brazil is considering a stricter target.'] });
    expect(article.metadata.keyPlayers).toEqual([{ actor: 'Brazil', role: 'The government is drafting the pledge.' }]);
  });

  it('keeps the words, drops the markup and joins wrapped lines into one paragraph', () => {
    expect(article.text).toContain('President Luiz Inácio Lula da Silva said the country would present a new plan in June.');
    expect(article.text).not.toMatch(/[#*]|\]\(|https?:/);
    expect(article.text.split('\n')[0]).toBe('Brazil weighs pledge');
  });

  it('reads the Sources list, malformed links included, and excludes it from the text', () => {
    expect(article.sources).toEqual([
      { outlet: 'Reuters', title: 'Brazil weighs new climate pledge', url: 'https://www.reuters.com/world/brazil-climate', date: '2025-03-14T00:00:00.000Z' },
      { outlet: 'Associated Press', title: 'Lula sets June date', url: 'https://apnews.com/article/lula-june', date: null },
    ]);
    const sources = article.text.indexOf('Sources');
    expect(article.excluded.some((e) => e.start <= sources && e.end === article.text.length)).toBe(true);
  });

  it('reports invalid front matter YAML as an error without throwing', () => {
    const bad = parseArticle({ content: '---\ntitle: [unclosed\n---\nBody text here.' });
    expect(bad.diagnostics.map((d) => d.code)).toContain('INVALID_FRONT_MATTER');
    expect(bad.article.text).toBe('Body text here.');
  });
});

describe('plain text parsing', () => {
  const text = [
    'Kenya Opens New Rail Link To Uganda',
    'Kenya has opened the first section of a rail line to Uganda, officials said.',
    '12 March 2025 | East Africa Wire',
    'The line will cut freight costs, the transport ministry said.',
    'Advertisement',
    'Critics said the loans behind the project were too expensive.',
    'Related News',
    'Tanzania Plans Port Upgrade',
    'Business',
    '11/03/2025',
  ].join('\n');
  const { article } = parseArticle({ content: text });

  it('reads title, dek, date and outlet from the top lines', () => {
    expect(article.format).toBe('text');
    expect(article.title).toBe('Kenya Opens New Rail Link To Uganda');
    expect(article.metadata.dek).toBe('Kenya has opened the first section of a rail line to Uganda, officials said.');
    expect(article.publishedAt).toBe('2025-03-12T00:00:00.000Z');
    expect(article.outlet).toBe('East Africa Wire');
    expect(article.text).not.toContain('East Africa Wire');
  });

  it('excludes the related-news tail and stray furniture lines', () => {
    const excluded = article.excluded.map((e) => e.text);
    expect(excluded).toContain('Advertisement');
    expect(excluded.some((e) => e.startsWith('Related News') && e.includes('Tanzania Plans Port Upgrade'))).toBe(true);
    for (const e of article.excluded) expect(article.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('HTML parsing', () => {
  const { article, diagnostics } = parseArticle({ content: html });

  it('reads title, outlet, date and canonical url from the head', () => {
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(article.format).toBe('html');
    expect(article.title).toBe('Chile and Peru agree on water deal');
    expect(article.outlet).toBe('Andes Daily');
    expect(article.publishedAt).toBe('2025-11-03T08:15:00.000Z');
    expect(article.url).toBe('https://andesdaily.example/news/chile-peru-water-deal');
  });

  it('keeps one paragraph per line and leaves navigation out', () => {
    const lines = article.text.split('\n');
    expect(lines).toContain('Peruvian officials said the agreement would only take effect once both parliaments ratify it.');
    expect(article.text).not.toContain('Home World');
    expect(article.text).not.toMatch(/decade\.Chilean/);
  });
});

describe('bad input', () => {
  it.each([
    ['empty content', { content: '   \n ' }, 'EMPTY_CONTENT'],
    ['binary content', { content: 'PK\u0003\u0004\u0000\u0000binary' }, 'BINARY_CONTENT'],
    ['an invalid date', { content: 'A title\nSome text.', publishedAt: '2025-02-31' }, 'INVALID_DATE'],
    ['an invalid url', { content: 'A title\nSome text.', url: 'not a url' }, 'INVALID_URL'],
  ])('reports %s as an error diagnostic', (_name, input, code) => {
    const { article, diagnostics } = parseArticle(input);
    expect(diagnostics.find((d) => d.code === code)?.level).toBe('error');
    expect(typeof article.id).toBe('string');
  });

  it('does not throw on non-string content', () => {
    expect(() => parseArticle({ content: undefined as unknown as string })).not.toThrow();
  });
});

describe('identity', () => {
  it('uses the caller id, else hashes the url, else the text', () => {
    expect(parseArticle({ content: 'T\nBody.', id: 'abc' }).article.id).toBe('abc');
    const a = parseArticle({ content: 'T\nBody one.', url: 'https://x.example/a' }).article.id;
    const b = parseArticle({ content: 'T\nBody two.', url: 'https://x.example/a' }).article.id;
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(parseArticle({ content: 'T\nBody one.' }).article.id).not.toBe(parseArticle({ content: 'T\nBody two.' }).article.id);
  });

  it('changes the content hash when text or metadata change', () => {
    const base = parseArticle({ content: 'T\nBody.', metadata: { a: 1 } }).article.contentHash;
    expect(parseArticle({ content: 'T\nBody.', metadata: { a: 1 } }).article.contentHash).toBe(base);
    expect(parseArticle({ content: 'T\nBody!', metadata: { a: 1 } }).article.contentHash).not.toBe(base);
    expect(parseArticle({ content: 'T\nBody.', metadata: { a: 2 } }).article.contentHash).not.toBe(base);
  });
});

describe('dates', () => {
  it.each([
    ['January 27, 2026', '2026-01-27T00:00:00.000Z'],
    ['27 Jan 2026', '2026-01-27T00:00:00.000Z'],
    ['26/01/2026', '2026-01-26T00:00:00.000Z'],
    ['2026-01-27 06:39:08', '2026-01-27T06:39:08.000Z'],
    ['2026-01-27T06:39:08+02:00', '2026-01-27T04:39:08.000Z'],
    ['February 30, 2026', null],
    ['soon', null],
  ])('normalizes %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
