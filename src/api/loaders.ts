import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories/index.js';
import type { ArticleRecord } from '../graph/repositories/article.repository.js';
import type { ActorRecord, ClaimRecord, StanceLinks, StanceRecord } from '../graph/repositories/records.js';
import type { StanceParent } from '../graph/repositories/stance.repository.js';

/**
 * One loader per lookup, created per request; batch functions return results in key order with
 * null for missing keys. Stance lists are keyed by parent and share one loader per (parent kind,
 * polarity, limit), so a page of N parents costs one round trip, not N.
 */
export function createLoaders(repos: Repositories) {
  const stanceLists = new Map<string, DataLoader<string, StanceRecord[]>>();
  const stanceLinks = new DataLoader<string, StanceLinks | null>((ids) => repos.stances.links(ids));
  return {
    article: new DataLoader<string, ArticleRecord | null>((ids) => repos.articles.byIds(ids)),
    actor: new DataLoader<string, ActorRecord | null>((ids) => repos.actors.byIds(ids)),
    claim: new DataLoader<string, ClaimRecord | null>((ids) => repos.claims.byIds(ids)),
    stance: new DataLoader<string, StanceRecord | null>((ids) => repos.stances.byIds(ids)),
    stanceLinks,
    stancesOf(parent: StanceParent, polarity: string | null, limit: number): DataLoader<string, StanceRecord[]> {
      const key = `${parent}|${polarity ?? ''}|${limit}`;
      let loader = stanceLists.get(key);
      if (!loader) {
        loader = new DataLoader<string, StanceRecord[]>(async (keys) => {
          const lists = await repos.stances.ofParents(parent, keys, { polarity, limit });
          // Links read with the list: the holder, claim and chain of these stances cost no further statement.
          for (const { links } of lists.flat()) if (links) stanceLinks.prime(links.id, links);
          return lists.map((list) => list.map((item) => item.stance));
        });
        stanceLists.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
