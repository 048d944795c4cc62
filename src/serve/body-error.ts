import { MAX_BODY_SIZE } from './limits.js';

/**
 * The JSON answer to a request body that cannot be read: 413 when it is larger than MAX_BODY_SIZE, otherwise
 * (malformed JSON, an unsupported charset) the message for a body that is not valid JSON. Shaped like a
 * GraphQL error, with code BAD_USER_INPUT.
 */
export function bodyErrorJson(status: number): string {
  const message =
    status === 413
      ? `The request body is larger than ${MAX_BODY_SIZE}; send a smaller query or smaller variables.`
      : 'The request body is not valid JSON; send {"query": "…", "variables": {…}}.';
  return JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}
