/** A GraphQL error as the server reports it (`extensions.code` is the AppError code). */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

/** Thrown when the API answers with errors or not at all; `code` comes from the server where it sent one. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * A minimal GraphQL client: one POST per query to `endpoint`. The page reads nothing else.
 * `fetchImpl` is a parameter so the client can be tested without a server.
 */
export function createGraphQLClient(endpoint: string, fetchImpl: typeof fetch = fetch): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new ApiError(
        'NETWORK',
        `The API at ${endpoint} could not be reached (${String(error)}); check that the server is running.`,
      );
    }
    let body: { data?: T; errors?: GraphQLErrorShape[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(
        'BAD_RESPONSE',
        `The API answered ${response.status} without JSON; check the server log.`,
      );
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message);
    if (body.data === undefined) {
      throw new ApiError(
        'BAD_RESPONSE',
        `The API answered ${response.status} with no data; check the server log.`,
      );
    }
    return body.data;
  };
}
