import type { ArticleInput } from '../domain/article.js';
import type { Extraction } from '../domain/extraction.js';
import type { IngestService } from './ingest.service.js';

/** An item and its extraction, or why it could not be read or extracted. */
export type Extracted<T> = { item: T; extraction: Extraction } | { item: T; error: Error };

/**
 * Extracts `items` in order, keeping the next ones (as many as the extraction pool runs at once)
 * reading and extracting while the caller writes the current one: writes stay one at a time and in
 * order, extraction runs on every worker. Items are taken from `items` only as they are needed, so
 * a long stream stays in constant memory.
 */
export async function* extractAhead<T>(
  ingest: IngestService,
  items: Iterable<T>,
  inputOf: (item: T) => ArticleInput | Promise<ArticleInput>,
): AsyncGenerator<Extracted<T>> {
  const source = items[Symbol.iterator]();
  const ahead: Promise<Extracted<T>>[] = [];
  const start = (item: T): Promise<Extracted<T>> =>
    Promise.resolve()
      .then(() => inputOf(item))
      .then((input) => ingest.extract(input))
      .then(
        (extraction) => ({ item, extraction }),
        (error: Error) => ({ item, error }),
      );
  for (;;) {
    while (ahead.length < 1 + ingest.extractor.concurrency) {
      const next = source.next();
      if (next.done) break;
      ahead.push(start(next.value));
    }
    const current = ahead.shift();
    if (!current) return;
    yield await current;
  }
}
