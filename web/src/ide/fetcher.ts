import type { Fetcher } from '@graphiql/toolkit';

/** GraphiQL's fetcher: a plain JSON POST to this service's /graphql, headers from the editor included. */
export const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};
