import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/domain/extraction.js';
import { EXTRACTORS } from '../../../src/ingest/extract/index.js';
import { parseArticle } from '../../../src/ingest/parse/index.js';
import { extractArticle, RuleExtractor, runExtractors } from '../../../src/ingest/pipeline.js';
import './helpers.js';

describe('the pipeline', () => {
  it('runs the rule extractors behind the Extractor interface', () => {
    const extractor: Extractor = new RuleExtractor();
    const { article } = parseArticle({ content: 'Peru praised Chile for its restraint, Reuters reported.', format: 'text' });
    const x = extractor.extract(article);
    expect('then' in x).toBe(false);
    expect(extractor.name).toBe('rules');
    expect((x as { actors: unknown[] }).actors.length).toBeGreaterThan(0);
  });

  it('reports a failing extractor and still runs the others', () => {
    const broken = { name: 'broken', run: (): never => { throw new Error('boom'); } };
    const { article } = parseArticle({ content: 'Peru praised Chile.', format: 'text' });
    const x = runExtractors(article, [EXTRACTORS[0]!, broken, ...EXTRACTORS.slice(1)]);
    expect(x.diagnostics).toContainEqual(expect.objectContaining({ level: 'error', code: 'EXTRACTOR_FAILED' }));
    expect(x.actors.map((a) => a.name).sort()).toEqual(['Chile', 'Peru']);
  });

  it('puts parse diagnostics first and returns an empty extraction for empty input', () => {
    const x = extractArticle({ content: '' });
    expect(x.diagnostics[0]).toMatchObject({ level: 'error', code: 'EMPTY_CONTENT' });
    expect(x.actors).toEqual([]);
    expect(x.claims).toEqual([]);
  });

  it('is deterministic', () => {
    const content = 'A senior Kenyan official said the budget would only pass if donors agree. Nairobi denied the report.';
    expect(JSON.stringify(extractArticle({ content }))).toBe(JSON.stringify(extractArticle({ content })));
  });
});
