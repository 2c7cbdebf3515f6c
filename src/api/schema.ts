import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ArticleResolver } from './resolvers/article.resolver.js';
import { IngestResolver } from './resolvers/ingest.resolver.js';

/** The resolvers that make up the schema, in one list. */
export const RESOLVERS = [ArticleResolver, IngestResolver] as const;

/** Builds the executable schema; validation of inputs is done by the resolvers and services. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
