import type { ArticleInput } from '../domain/article.js';
import type { Diagnostic, Extraction } from '../domain/extraction.js';
import { AppError, badInput } from '../errors.js';
import type { CypherExecutor } from '../graph/executor.js';
import type { WriteResult } from '../graph/repositories/write.repository.js';
import { extractArticle } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';
import { validateArticleInput, type InputLimits } from './input.validate.js';
import { resolveExtraction } from './resolution.js';
import type { Repositories } from './services.js';

export interface IngestOutcome extends WriteResult {
  title: string;
  diagnostics: Diagnostic[];
}

/** Parse -> extract -> resolve against the graph -> write, one article per transaction. */
export class IngestService {
  constructor(
    private readonly db: CypherExecutor,
    private readonly repos: Repositories,
    private readonly logger: Logger,
    private readonly limits: InputLimits = { maxArticleBytes: 2 * 1024 * 1024 },
  ) {}

  /** Extracts without writing; bad input is a BAD_USER_INPUT error naming what is wrong. */
  extract(input: ArticleInput): Extraction {
    validateArticleInput(input, this.limits);
    const extraction = extractArticle(input);
    // A failing extractor stage is reported but does not lose the article; bad input does.
    const errors = extraction.diagnostics.filter((d) => d.level === 'error' && d.code !== 'EXTRACTOR_FAILED');
    if (errors.length > 0) {
      throw new AppError('BAD_USER_INPUT', `the article cannot be ingested: ${errors.map((e) => e.message).join('; ')}`, {
        details: { diagnostics: errors },
      });
    }
    return extraction;
  }

  async ingest(input: ArticleInput): Promise<IngestOutcome> {
    const extraction = this.extract(input);
    const resolved = await resolveExtraction(this.db, extraction);
    const result = await this.repos.writes.writeArticle(resolved);
    this.logger.info({ articleId: result.articleId, status: result.status, stances: result.stances }, 'article ingested');
    return { ...result, title: extraction.article.title, diagnostics: extraction.diagnostics };
  }
}
