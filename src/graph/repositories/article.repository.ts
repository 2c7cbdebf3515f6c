import type { CypherExecutor } from '../executor.js';
import { ARTICLE_TEXTS, ARTICLES_BY_IDS, ARTICLES_COUNT, ARTICLES_PAGE } from '../cypher/article.cypher.js';
import { inKeyOrder } from './records.js';
import { toPage, type Cursor, type Page } from '../pagination.js';

/** An article without its text (see `texts`). */
export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string;
  format: string;
  publishedAt: string | null;
  category: string | null;
  sentimentScore: number | null;
  sentimentLabel: string | null;
  tldr: string[] | null;
  dek: string | null;
  contentHash: string;
  ingestedAt: string;
  outletId: string | null;
  sourcesJson: string | null;
}

/** Every property of an article record, in the order reads project them. */
export const ARTICLE_PROPERTIES = [
  'id', 'url', 'title', 'format', 'publishedAt', 'category', 'sentimentScore', 'sentimentLabel', 'tldr', 'dek', 'contentHash',
  'ingestedAt', 'outletId', 'sourcesJson',
] as const satisfies readonly (keyof ArticleRecord)[];

export type ArticleProperty = (typeof ARTICLE_PROPERTIES)[number];

export interface ArticleFilter {
  outletId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Reads articles; every method is one round trip. */
export class ArticleRepository {
  constructor(private readonly db: CypherExecutor) {}

  /** Articles for ids, in key order, null where missing (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    const rows = await this.db.read<{ article: ArticleRecord }>(ARTICLES_BY_IDS, { ids });
    return inKeyOrder(ids, rows.map((r) => r.article), (a) => a.id);
  }

  /** The texts of articles, in key order, null where missing (DataLoader contract). */
  async texts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read<{ id: string; text: string }>(ARTICLE_TEXTS, { ids });
    return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.text ?? null);
  }

  /** One keyset page, newest first. */
  async page(filter: ArticleFilter, first: number, after: Cursor | null): Promise<Page<ArticleRecord>> {
    const rows = await this.db.read<{ article: ArticleRecord }>(ARTICLES_PAGE, {
      ...filterParams(filter),
      afterKey: after ? String(after.key ?? '') : null,
      afterId: after?.id ?? null,
      limit: first + 1,
    });
    return toPage(rows.map((r) => r.article), first, (a) => a.publishedAt ?? '');
  }

  async count(filter: ArticleFilter): Promise<number> {
    const [row] = await this.db.read<{ n: number }>(ARTICLES_COUNT, filterParams(filter));
    return row?.n ?? 0;
  }
}

const filterParams = (f: ArticleFilter) => ({ outletId: f.outletId ?? null, from: f.from ?? null, to: f.to ?? null });
