/**
 * A worker thread of the extraction pool (src/services/extract.pool.ts): extracts one article per
 * message and answers with the extraction or the error's message. Runs off the event loop so a
 * slow article never stalls the HTTP server, and can be terminated at its deadline.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../domain/article.js';
import { extractArticle } from '../ingest/pipeline.js';

export interface ExtractRequest {
  id: number;
  input: ArticleInput;
}

export type ExtractReply = { id: number; extraction: ReturnType<typeof extractArticle> } | { id: number; error: string } | { ready: true };

// Load the models before taking work, so an article's deadline measures its extraction alone.
extractArticle({ content: 'Warm-up\n\nThe minister said the talks were "very constructive", Reuters reported.' });
parentPort?.postMessage({ ready: true } satisfies ExtractReply);

parentPort?.on('message', ({ id, input }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, extraction: extractArticle(input) };
  } catch (error) {
    reply = { id, error: (error as Error)?.message ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
