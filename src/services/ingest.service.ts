import type { ArticleInput } from '../domain/article.js';
import type { Diagnostic, Extraction } from '../domain/extraction.js';
import { AppError, badInput } from '../errors.js';
import type { CypherExecutor } from '../graph/executor.js';
import type { WriteResult } from '../graph/repositories/write.repository.js';
import type { Logger } from '../logger.js';
import type { ExtractionRunner } from './extract.pool.js';
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
    private readonly limits: InputLimits,
    /** Where extraction runs: worker threads with a deadline (ExtractionPool), or another runner. */
    readonly extractor: ExtractionRunner,
  ) {}

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Resolution reads candidate actors and claims before the write transaction. Two articles
   * resolved at the same time would not see each other's new actors and claims, and paraphrases
   * sequential ingestion merges would stay apart; so resolve-and-write runs one article at a time
   * in this process (extraction, the CPU part, is outside). Several replicas: see docs/OPERATIONS.md.
   */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Extracts without writing; bad input is a BAD_USER_INPUT error naming what is wrong. */
  async extract(input: ArticleInput): Promise<Extraction> {
    validateArticleInput(input, this.limits);
    const extraction = await this.extractor.run(input);
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
    return this.store(await this.extract(input));
  }

  /**
   * Ingests several articles in order, each in its own transaction. All are extracted first (in
   * parallel on the pool): one bad article fails the call, naming its index, before anything is written.
   */
  async ingestMany(inputs: readonly ArticleInput[]): Promise<IngestOutcome[]> {
    const extractions = await Promise.all(
      inputs.map((input, i) =>
        this.extract(input).catch((error: unknown) => {
          throw error instanceof AppError && error.code === 'BAD_USER_INPUT' ? badInput(`inputs[${i}]: ${error.message}`, error.details) : error;
        }),
      ),
    );
    const outcomes: IngestOutcome[] = [];
    for (const extraction of extractions) outcomes.push(await this.store(extraction));
    return outcomes;
  }

  /** Resolves an extraction against the graph and writes it, one article at a time. */
  async store(extraction: Extraction): Promise<IngestOutcome> {
    const result = await this.serially(async () => this.repos.writes.writeArticle(await resolveExtraction(this.db, extraction)));
    this.logger.info({ articleId: result.articleId, status: result.status, stances: result.stances }, 'article ingested');
    return { ...result, title: extraction.article.title, diagnostics: extraction.diagnostics };
  }
}
