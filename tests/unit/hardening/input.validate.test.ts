import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/domain/article.js';
import { isAppError } from '../../../src/errors.js';
import { validateArticleInput } from '../../../src/services/input.validate.js';

const LIMITS = { maxArticleBytes: 2 * 1024 * 1024 };
const BODY = 'President Emmanuel Macron said France would back the plan, according to Reuters.';

function problem(input: Partial<ArticleInput> & Record<string, unknown>): string | null {
  try {
    validateArticleInput(input as ArticleInput, LIMITS);
    return null;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'BAD_USER_INPUT') throw error;
    return error.message;
  }
}

describe('validateArticleInput accepts real articles', () => {
  it('accepts every seed article', () => {
    const dir = path.resolve('seeds');
    for (const file of readdirSync(dir)) expect(problem({ content: readFileSync(path.join(dir, file), 'utf8') }), file).toBeNull();
  });

  it('accepts front matter with ampersands, asterisks and quotes in ordinary values', () => {
    const content = `---\ntitle: "Q&A: the *real* story"\ndek: 'AT&T & Verizon, *again*'\nsummary: Stocks fell - *sharply* on Monday\ntags: [a, b]\ndate: 2026-02-28\n---\n${BODY}`;
    expect(problem({ content })).toBeNull();
  });

  it('accepts any script, emoji, combining marks and a few stray replacement characters', () => {
    expect(problem({ content: `${BODY} مسؤولون قالوا 👨‍👩‍👧 Zu\u0308rich caf\ufffd` })).toBeNull();
    expect(problem({ content: `\ufeff${BODY}` })).toBeNull();
  });

  it('accepts exactly MAX_ARTICLE_BYTES and refuses one byte more, counting UTF-8 bytes', () => {
    expect(problem({ content: 'a'.repeat(1024) }, )).toBeNull();
    const limits = { maxArticleBytes: 1024 };
    expect(() => validateArticleInput({ content: 'é'.repeat(512) }, limits)).not.toThrow();
    expect(() => validateArticleInput({ content: 'é'.repeat(513) }, limits)).toThrow(/1\.0 KB \(1026 bytes\), above the limit of 1\.0 KB/);
  });
});

describe('validateArticleInput refuses what cannot be an article, naming the problem', () => {
  it.each([
    [{ content: 42 }, /content must be a string/],
    [{ content: '' }, /the article is empty/],
    [{ content: ' \u200b\u00a0\n' }, /no readable text/],
    [{ content: 'a\u0000b' }, /NUL bytes \(first at character 1\)/],
    [{ content: '\ud83d' + BODY }, /unpaired UTF-16 surrogates/],
    [{ content: `---yaml\nx: 1\n---\n${BODY}` }, null],
    [{ content: `---coffee\nx = 1\n---\n${BODY}` }, /"coffee" is not accepted/],
    [{ content: `---javascript\n{}\n---\n${BODY}` }, /"javascript" is not accepted/],
    [{ content: `---\nlist:\n  - &x a\n  - *x\n---\n${BODY}` }, /anchors, aliases/],
    [{ content: `---\nx: {a: 1, b: *ref}\n---\n${BODY}` }, /anchors, aliases/],
    [{ content: BODY, id: '' }, null],
    [{ content: BODY, id: 'a\u200bb' }, /id contains control, zero-width or bidi-override/],
    [{ content: BODY, url: 7 }, /url must be a string/],
    [{ content: BODY, metadata: [] }, /metadata must be an object/],
    [{ content: `---\nx: 1\n---\n${BODY}`, format: 'text' }, null],
  ] as [Record<string, unknown>, RegExp | null][])('%j', (input, expected) => {
    const message = problem(input);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});
