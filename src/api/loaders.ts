import DataLoader from 'dataloader';
import type { Repositories } from '../services/services.js';
import type { ArticleRecord } from '../graph/repositories/article.repository.js';

/** One loader per lookup; batch functions return results in key order with null for missing keys. */
export function createLoaders(repos: Repositories) {
  return {
    article: new DataLoader<string, ArticleRecord | null>((ids) => repos.articles.byIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
