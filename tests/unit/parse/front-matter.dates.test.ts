import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/ingest/parse/index.js';
import { normalizeDate } from '../../../src/ingest/parse/date.normalize.js';

const BODY = 'President Emmanuel Macron said France would back the ceasefire plan.';

function parseFrontMatter(lines: string[], extra: { publishedAt?: string } = {}) {
  return parseArticle({ content: ['---', ...lines, '---', BODY].join('\n'), format: 'markdown', ...extra });
}

const dateErrors = (result: ReturnType<typeof parseArticle>) => result.diagnostics.filter((d) => d.code === 'INVALID_DATE').map((d) => d.message);

describe('front matter dates', () => {
  it.each([
    ['date: 2026-02-30', 'front matter date is not a date: 2026-02-30'],
    ['date: 2026-13-01', 'front matter date is not a date: 2026-13-01'],
    ['published: 2026-02-29', 'front matter published is not a date: 2026-02-29'],
    ['publishedAt: 2026-01-01T10:75:00Z', 'front matter publishedAt is not a date: 2026-01-01T10:75:00Z'],
    ['date: 2026-01-01 24:00:00', 'front matter date is not a date: 2026-01-01 24:00:00'],
    ['date: "2026-04-31"', 'front matter date is not a date: 2026-04-31'],
  ])('refuses %s instead of rolling it over, naming the field and the value', (line, message) => {
    const result = parseFrontMatter(['title: T', line]);
    expect(dateErrors(result)).toEqual([message]);
    expect(result.article.publishedAt).toBeNull();
  });

  it.each([
    ['date: 2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['date: 2026-01-27 06:39:08', '2026-01-27T06:39:08.000Z'],
    ['date: 2026-01-27T06:39:08+02:00', '2026-01-27T04:39:08.000Z'],
    ['date: 2026-1-5', '2026-01-05T00:00:00.000Z'],
    ['published: January 27, 2026', '2026-01-27T00:00:00.000Z'],
  ])('reads %s as %s', (line, iso) => {
    const result = parseFrontMatter([line]);
    expect(dateErrors(result)).toEqual([]);
    expect(result.article.publishedAt).toBe(iso);
  });

  it('keeps the other front matter values typed as YAML writes them', () => {
    const { article } = parseFrontMatter(['title: T', 'date: 2026-02-28', 'sentiment_score: -0.25', 'tldr: [one, two]', 'category: politics']);
    expect(article.metadata).toMatchObject({ sentimentScore: -0.25, tldr: ['one', 'two'], category: 'politics' });
  });

  it("names the caller's publishedAt, which wins over the front matter", () => {
    expect(dateErrors(parseFrontMatter(['date: 2026-02-28'], { publishedAt: '2026-02-30' }))).toEqual(['publishedAt is not a date: 2026-02-30']);
    expect(parseFrontMatter(['date: 2026-02-30'], { publishedAt: '2026-03-01' }).article.publishedAt).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('normalizeDate', () => {
  it('checks every part of an ISO date-time before applying its zone', () => {
    expect(normalizeDate('2026-01-27T06:39:08.250-0530')).toBe('2026-01-27T12:09:08.250Z');
    expect(normalizeDate('2026-01-01T23:59:59Z')).toBe('2026-01-01T23:59:59.000Z');
    expect(normalizeDate('2026-01-01T24:00:00Z')).toBeNull();
    expect(normalizeDate('2026-01-01T10:00:60+01:00')).toBeNull();
    expect(normalizeDate('2026-01-01T10:00:00+25:00')).toBeNull();
  });
});
