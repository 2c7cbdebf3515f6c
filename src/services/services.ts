import type { Config } from '../config.js';
import type { CypherExecutor } from '../graph/executor.js';
import { createRepositories, type Repositories } from '../graph/repositories/index.js';
import type { Logger } from '../logger.js';
import { ExtractionPool } from './extract.pool.js';
import { IngestService } from './ingest.service.js';

export { createRepositories, type Repositories };

export interface Services {
  config: Config;
  db: CypherExecutor;
  repos: Repositories;
  ingest: IngestService;
}

export function createServices(config: Config, db: CypherExecutor, logger: Logger): Services {
  const repos = createRepositories(db);
  const extractor = new ExtractionPool(config.extraction);
  return { config, db, repos, ingest: new IngestService(db, repos, logger, { maxArticleBytes: config.maxArticleBytes }, extractor) };
}
