/**
 * Article reads. Sort is newest first; the keyset predicate continues after the cursor row.
 * The record leaves out the text, the bulk of an article, which few queries ask for: ARTICLE_TEXTS reads it.
 */
export const ARTICLE_FIELDS = `a { .id, .url, .title, .format, .publishedAt, .category, .sentimentScore,
  .sentimentLabel, .tldr, .dek, .contentHash, .ingestedAt, .outletId, .sourcesJson }`;

export const ARTICLES_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${ARTICLE_FIELDS} AS article`;

export const ARTICLE_TEXTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text`;

// publishedAt is stored as an ISO string; a missing date sorts as '' (last, since order is descending).
export const ARTICLES_PAGE = `
MATCH (a:Article)
WHERE ($outletId IS NULL OR a.outletId = $outletId)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt < $to)
  AND ($afterKey IS NULL OR coalesce(a.publishedAt, '') < $afterKey
       OR (coalesce(a.publishedAt, '') = $afterKey AND a.id > $afterId))
RETURN ${ARTICLE_FIELDS} AS article
ORDER BY coalesce(a.publishedAt, '') DESC, a.id ASC
LIMIT $limit`;

export const ARTICLES_COUNT = `
MATCH (a:Article)
WHERE ($outletId IS NULL OR a.outletId = $outletId)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt < $to)
RETURN count(a) AS n`;
