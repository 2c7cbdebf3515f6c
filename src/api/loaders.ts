import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories/index.js';
import type { ArticleRecord } from '../graph/repositories/article.repository.js';
import type { MentionRecord } from '../graph/repositories/identity.repository.js';
import type { ActorRecord, ClaimRecord, RelatedRecords, StanceLinks, StanceRecord } from '../graph/repositories/records.js';
import type { ListedStance, StanceListing, StanceParent } from '../graph/repositories/stance.repository.js';

/**
 * One loader per lookup, created per request; batch functions return results in key order with
 * null for missing keys. Stance lists are keyed by parent and share one loader per (parent kind,
 * polarity, limit, related nodes, stance properties), so a page of N parents costs one round trip, not N. Reads that
 * return the nodes a query asks next (stance links, related records) prime the loaders with them.
 */
export function createLoaders(repos: Repositories) {
  const article = new DataLoader<string, ArticleRecord | null>((ids) => repos.articles.byIds(ids));
  /** Article texts apart from the records: most queries do not ask for the bulk of an article. */
  const articleText = new DataLoader<string, string | null>((ids) => repos.articles.texts(ids));
  const actor = new DataLoader<string, ActorRecord | null>((ids) => repos.actors.byIds(ids));
  const claim = new DataLoader<string, ClaimRecord | null>((ids) => repos.claims.byIds(ids));
  const stanceLinks = new DataLoader<string, StanceLinks | null>((ids) => repos.stances.links(ids));
  const stanceLists = new Map<string, DataLoader<string, StanceRecord[]>>();
  const mentionLists = new Map<number, DataLoader<string, MentionRecord[]>>();

  const prime = (related: RelatedRecords): void => {
    for (const record of related.actors) actor.prime(record.id, record);
    for (const record of related.claims) claim.prime(record.id, record);
    for (const record of related.articles) article.prime(record.id, record);
  };
  const primeStances = (listed: ListedStance[]): StanceRecord[] =>
    listed.map(({ stance, links, related }) => {
      if (links) stanceLinks.prime(links.id, links);
      prime(related);
      return stance;
    });

  return {
    article,
    articleText,
    actor,
    claim,
    stance: new DataLoader<string, StanceRecord | null>((ids) => repos.stances.byIds(ids)),
    stanceLinks,
    /** Primes the actor, claim and article loaders with records a read returned along its answer. */
    prime,
    /** Primes the loaders with what listed stances came with, and returns the stances. */
    primeStances,
    merges: new DataLoader((ids: readonly string[]) => repos.identity.merges(ids)),
    detachments: new DataLoader((ids: readonly string[]) => repos.identity.detachments(ids)),
    /** Each actor's mentions (newest `limit` articles), one loader per limit. */
    mentionsOf(limit: number): DataLoader<string, MentionRecord[]> {
      let loader = mentionLists.get(limit);
      if (!loader) {
        loader = new DataLoader<string, MentionRecord[]>((ids) => repos.identity.mentions(ids, limit));
        mentionLists.set(limit, loader);
      }
      return loader;
    },
    stancesOf(parent: StanceParent, polarity: string | null, limit: number, listing: StanceListing): DataLoader<string, StanceRecord[]> {
      const key = `${parent}|${polarity ?? ''}|${limit}|${listing.related.join(',')}|${listing.properties?.join(',') ?? '*'}`;
      let loader = stanceLists.get(key);
      if (!loader) {
        loader = new DataLoader<string, StanceRecord[]>(async (keys) =>
          (await repos.stances.ofParents(parent, keys, { polarity, limit, ...listing })).map(primeStances),
        );
        stanceLists.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
