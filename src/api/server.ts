import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { formatError } from './errors.format.js';

/** The Apollo server: masked errors, no CDN landing page (the explorer bundles GraphiQL). */
export async function createApollo(schema: GraphQLSchema, config: Config, logger: Logger): Promise<ApolloServer<Context>> {
  // Armor's token limit is off: it turns syntax errors into HTTP 500; Apollo's parseOptions.maxTokens does that job.
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { enabled: true, n: 12 },
    maxAliases: { enabled: true, n: 15 },
    maxDirectives: { enabled: true, n: 20 },
    costLimit: { enabled: true, maxCost: 250_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    // Armor's typings point at Apollo's CJS build; the plugins are plain objects and work with either.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), ApolloServerPluginLandingPageDisabled()],
    introspection: config.introspection,
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: 5000 },
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();
  return apollo;
}
