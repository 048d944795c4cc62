import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { bodyErrorJson } from './body-error.js';

/** What the route needs. */
export interface GraphqlPostRouteOptions<TContext extends BaseContext> {
  /** A started Apollo Server. */
  apollo: ApolloServer<TContext>;
  /** The context of one request. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Larger bodies are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  /** Headers sent with every answer (the security headers), in this order, before Apollo's own. */
  headers: readonly (readonly [string, string])[];
}

/** Answers one request when it is a plain JSON POST to /graphql; says false (and touches nothing) otherwise. */
export type GraphqlPostRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Whether the route takes the request: a POST to exactly `/graphql` (a query string allowed) whose body is
 * `application/json` in UTF-8, not compressed. Anything else (other paths and methods, other media types and
 * charsets, compressed bodies) goes on to the Express app, which answers it as it always has.
 */
function takes(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  const [mime, ...params] = type.split(';');
  if (mime?.trim().toLowerCase() !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=');
    return (
      name?.trim().toLowerCase() === 'charset' &&
      value?.trim().replace(/^"|"$/g, '').toLowerCase() === 'utf-8'
    );
  });
}

/**
 * Parses a body as Express's `express.json()` does: empty is `{}`, a leading byte-order mark is dropped, and
 * (strict) only an object or an array is JSON. Undefined when it is not valid JSON.
 */
function parseBody(text: string): { value: unknown } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return { value: {} };
  const first = /^[ \t\n\r]*([^ \t\n\r])/.exec(body)?.[1];
  if (first !== undefined && first !== '{' && first !== '[') return undefined;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The GraphQL endpoint's POST route on Node's own HTTP server, without Express: it reads the body (at most
 * `maxBodyBytes`), hands it with the request's headers to `apollo.executeHTTPGraphQLRequest` (which applies
 * CSRF prevention, parsing, validation, the plugins and error formatting, as behind Express), and writes the
 * answer with `headers` in one `writeHead`. Bodies that are too large or not valid JSON get the same JSON
 * errors and statuses (413, 400) as the Express route. This saves Express's routing, body-parser and
 * `res.send` on every question a client asks.
 */
export function graphqlPostRoute<TContext extends BaseContext>(
  options: GraphqlPostRouteOptions<TContext>,
): GraphqlPostRoute {
  const { apollo, maxBodyBytes } = options;
  const fixed: OutgoingHttpHeaders = Object.fromEntries(options.headers);

  const answer = (res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string) => {
    res.writeHead(status, { ...fixed, ...headers, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const execute = async (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const request: HTTPGraphQLRequest = {
      method: 'POST',
      headers,
      search: query < 0 ? '' : url.slice(query),
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: () => options.context(req),
    });
    const out: OutgoingHttpHeaders = {};
    for (const [key, value] of response.headers) out[key] = value;
    const status = response.status ?? 200;
    if (response.body.kind === 'complete') {
      answer(res, status, out, response.body.string);
      return;
    }
    res.writeHead(status, { ...fixed, ...out });
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    if (!takes(req)) return false;
    // A body over the limit is read to its end and dropped, as Express's body parser does, and then refused.
    let size = 0;
    let tooLarge = Number(req.headers['content-length']) > maxBodyBytes;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) {
        answer(res, 413, { 'Content-Type': JSON_TYPE }, bodyErrorJson(413));
        return;
      }
      const parsed = parseBody(Buffer.concat(chunks, size).toString('utf8'));
      if (parsed === undefined) {
        answer(res, 400, { 'Content-Type': JSON_TYPE }, bodyErrorJson(400));
        return;
      }
      execute(req, res, parsed.value).catch(() => {
        // executeHTTPGraphQLRequest answers its own failures; only a broken connection lands here.
        if (!res.headersSent) answer(res, 500, { 'Content-Type': JSON_TYPE }, INTERNAL);
        else res.destroy();
      });
    });
    return true;
  };
}

const INTERNAL = JSON.stringify({
  errors: [{ message: 'Something went wrong on the server; try again.', extensions: { code: 'INTERNAL' } }],
});
