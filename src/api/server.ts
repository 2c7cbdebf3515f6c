import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import type { Metrics } from '../observability/metrics.js';
import { formatError } from './errors.format.js';
import { costLimitPlugin } from './plugins/cost.limit.js';

// 2,000,000 admits the heaviest query a client of ours sends (the DataLoader test's 50 articles x 20
// stances x 50 stances, 1.86 M; the explorer's co-stances, 0.2 M) and refuses four nested lists of
// the default page size (160,000 objects, 6.6 M). docs/OPERATIONS.md has the arithmetic.
const COST = { maxCost: 2_000_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 };

/** The Apollo server: masked errors, no CDN landing page (the explorer bundles GraphiQL). */
export async function createApollo(schema: GraphQLSchema, config: Config, logger: Logger, options: { metrics?: Metrics } = {}): Promise<ApolloServer<Context>> {
  // Armor's token limit is off: it turns syntax errors into HTTP 500; Apollo's parseOptions.maxTokens does that job.
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { enabled: true, n: 12 },
    maxAliases: { enabled: true, n: 15 },
    maxDirectives: { enabled: true, n: 20 },
    // Armor's cost rule reads only literal `first` values and counts a list without one as 1 item; costLimitPlugin replaces it.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    // Armor's typings point at Apollo's CJS build; the plugins are plain objects and work with either.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), costLimitPlugin<Context>(COST), ApolloServerPluginLandingPageDisabled()],
    introspection: config.introspection,
    // The CLI owns SIGINT/SIGTERM and stops HTTP, Apollo and the database in order.
    stopOnTerminationSignals: false,
    formatError: formatError(logger, (code) => options.metrics?.graphqlErrors.inc({ code })),
    // A simple (form or text/plain) request without a preflight header is refused, never executed.
    csrfPrevention: true,
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
