import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import type { Context } from '../context.js';
import { requireWrite } from '../guard.js';
import { ArticleInputType, IngestResultType } from '../types/ingest.type.js';

const MAX_BATCH = 50;

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResultType, { description: 'Parses, extracts and stores one article (idempotent; a changed version replaces the old).' })
  async ingestArticle(@Arg('input', () => ArticleInputType) input: ArticleInputType, @Ctx() ctx: Context): Promise<IngestResultType> {
    requireWrite(ctx);
    return ctx.services.ingest.ingest({ ...input });
  }

  @Mutation(() => [IngestResultType], { description: `Ingests up to ${MAX_BATCH} articles, each in its own transaction, in order.` })
  async ingestArticles(@Arg('inputs', () => [ArticleInputType]) inputs: ArticleInputType[], @Ctx() ctx: Context): Promise<IngestResultType[]> {
    requireWrite(ctx);
    if (inputs.length > MAX_BATCH) throw badInput(`at most ${MAX_BATCH} articles per call, got ${inputs.length}`);
    // Every article is extracted and checked before any is written, so a bad one in the batch changes nothing.
    return ctx.services.ingest.ingestMany(inputs.map((input) => ({ ...input })));
  }
}
