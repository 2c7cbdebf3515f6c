import { isAppError } from '../errors.js';
import type { IngestService } from '../services/ingest.service.js';
import type { Metrics } from './metrics.js';

/**
 * Counts every ingestion by outcome (created / updated / unchanged, rejected for bad input,
 * failed otherwise), whichever door it came through: GraphQL, seeds or the CLI.
 */
export function instrumentIngest(ingest: IngestService, metrics: Metrics): void {
  const original = ingest.ingest.bind(ingest);
  ingest.ingest = async (input) => {
    try {
      const outcome = await original(input);
      metrics.ingests.inc({ status: outcome.status });
      return outcome;
    } catch (error) {
      metrics.ingests.inc({ status: isAppError(error) && error.code === 'BAD_USER_INPUT' ? 'rejected' : 'failed' });
      throw error;
    }
  };
}
