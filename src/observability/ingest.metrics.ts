import { isAppError } from '../errors.js';
import type { IngestService } from '../services/ingest.service.js';
import type { Metrics } from './metrics.js';

/**
 * Counts every ingestion by outcome (created / updated / unchanged, rejected for bad input,
 * failed otherwise), whichever door it came through: GraphQL, seeds or the CLI. Extraction and
 * storage are wrapped apart because a batch extracts every article before storing any.
 */
export function instrumentIngest(ingest: IngestService, metrics: Metrics): void {
  const extract = ingest.extract.bind(ingest);
  const store = ingest.store.bind(ingest);
  const failed = (error: unknown): never => {
    metrics.ingests.inc({ status: isAppError(error) && error.code === 'BAD_USER_INPUT' ? 'rejected' : 'failed' });
    throw error;
  };
  ingest.extract = (input) => extract(input).catch(failed);
  ingest.store = async (extraction) => {
    const outcome = await store(extraction).catch(failed);
    metrics.ingests.inc({ status: outcome.status });
    return outcome;
  };
}
