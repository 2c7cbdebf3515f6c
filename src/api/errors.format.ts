import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Shapes errors for clients: AppErrors keep their code and message; GraphQL's own errors
 * (syntax, validation, bad variables) pass through; anything else is masked and logged with its cause.
 */
export function formatError(logger: Logger, onError?: (code: string) => void) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      if (original.code === 'INTERNAL' || original.code === 'DATABASE_UNAVAILABLE') {
        logger.error({ err: original, cause: original.cause }, original.message);
      }
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original }, 'unexpected error');
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = format(formatted, error);
    onError?.(String(shaped.extensions?.code ?? 'UNKNOWN'));
    return shaped;
  };
}
