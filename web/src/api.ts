/** An error the API returned, with its code (BAD_USER_INPUT, NOT_FOUND, GRAPHQL_VALIDATION_FAILED, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }

  /** The server does not have this field yet (the schema is still growing). */
  get isMissingField(): boolean {
    return this.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field|Unknown argument|Unknown type/.test(this.message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation to /graphql; rejects with an ApiError on any GraphQL or HTTP error. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`HTTP ${response.status} without a GraphQL body`, 'HTTP_ERROR');
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError(`HTTP ${response.status} without data`, 'HTTP_ERROR');
  return body.data;
}
