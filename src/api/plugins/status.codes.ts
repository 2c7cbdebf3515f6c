/** Errors of the request document or its variables: the operation never ran. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The status a GraphQL response should carry under the GraphQL-over-HTTP spec. Apollo answers a
 * document that does not parse or validate, or variables that do not coerce, with 400 whatever
 * the client accepts; the spec wants 400 only for application/graphql-response+json and 200 for
 * legacy application/json clients, which read the errors from the body. Everything else keeps
 * Apollo's status (400 for malformed requests stays 400).
 */
export function graphqlResponseStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.toLowerCase().startsWith('application/json')) return status;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return status;
  }
  if (typeof parsed !== 'object' || parsed === null || 'data' in parsed) return status;
  const errors = (parsed as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return status;
  const codes = errors.map((e: { extensions?: { code?: unknown } }) => e?.extensions?.code);
  return codes.every((c) => typeof c === 'string' && REQUEST_ERRORS.has(c)) ? 200 : status;
}
