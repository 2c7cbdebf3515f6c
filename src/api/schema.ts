import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ArticleResolver } from './resolvers/article.resolver.js';
import { IngestResolver } from './resolvers/ingest.resolver.js';
import { ActorResolver } from './resolvers/actor.resolver.js';
import { ClaimResolver } from './resolvers/claim.resolver.js';
import { StanceResolver } from './resolvers/stance.resolver.js';
import { CurationResolver } from './resolvers/curation.resolver.js';
import { GraphResolver } from './resolvers/graph.resolver.js';
import { ActorIdentityResolver, ActorMentionResolver, ActorMergeResolver, MentionDetachmentResolver } from './resolvers/identity.resolver.js';
import { ClaimAppearanceResolver, TraceResolver } from './resolvers/trace.resolver.js';
import { ConflictResolver } from './resolvers/conflict.resolver.js';
import { TimelineResolver } from './resolvers/timeline.resolver.js';
import { WhoSaidResolver } from './resolvers/whosaid.resolver.js';

/** The resolvers that make up the schema, in one list. */
export const RESOLVERS = [ArticleResolver, ActorResolver, ClaimResolver, StanceResolver, IngestResolver, CurationResolver, ActorIdentityResolver, ActorMentionResolver, ActorMergeResolver, MentionDetachmentResolver, GraphResolver, TraceResolver, ClaimAppearanceResolver, ConflictResolver, TimelineResolver, WhoSaidResolver] as const;

/** Builds the executable schema; validation of inputs is done by the resolvers and services. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
