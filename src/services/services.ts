import type { Config } from '../config.js';
import type { CypherExecutor } from '../graph/executor.js';
import { ArticleRepository } from '../graph/repositories/article.repository.js';
import { WriteRepository } from '../graph/repositories/write.repository.js';
import type { Logger } from '../logger.js';
import { IngestService } from './ingest.service.js';

/** The repositories, created once per process around the one executor. */
export function createRepositories(db: CypherExecutor) {
  return {
    articles: new ArticleRepository(db),
    writes: new WriteRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export interface Services {
  config: Config;
  db: CypherExecutor;
  repos: Repositories;
  ingest: IngestService;
}

export function createServices(config: Config, db: CypherExecutor, logger: Logger): Services {
  const repos = createRepositories(db);
  return { config, db, repos, ingest: new IngestService(db, repos, logger) };
}
