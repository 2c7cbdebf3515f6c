import { describe, expect, it } from 'vitest';
import { ARTICLE_PROPERTIES } from '../../../src/graph/repositories/article.repository.js';
import { STANCE_PROPERTIES } from '../../../src/graph/repositories/records.js';
import { articleProperties } from '../../../src/api/types/article.type.js';
import { stanceProperties } from '../../../src/api/types/stance.type.js';

describe('the record properties a selection needs', () => {
  it('reads the properties a stance field is made from, and the ids the field resolvers need', () => {
    expect(stanceProperties(['id', 'evidence', 'holder', '__typename'])).toEqual(['id', 'evidence', 'evidenceStart', 'evidenceEnd', 'articleId']);
    expect(stanceProperties(['extractedPolarity'])).toEqual(['id', 'polarity', 'extractedPolarity', 'articleId']);
  });

  it('reads the article source links for `sources`, and the outlet id for the outlet resolver', () => {
    expect(articleProperties(['title', 'sources', 'outlet'])).toEqual(['id', 'title', 'outletId', 'sourcesJson']);
  });

  it('reads every property when a field is not known, so a new field is never answered from a record without it', () => {
    expect(stanceProperties(['id', 'someNewField'])).toEqual([...STANCE_PROPERTIES]);
    expect(articleProperties(['someNewField'])).toEqual([...ARTICLE_PROPERTIES]);
  });
});
