import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { browserRoutes } from './browser-routes.js';
import { buildSchema } from './build-schema.js';
import { withOfflineConsoleOffer } from './console-fallback.js';
import { createBoundedReadRows } from './bounded-read-rows.js';
import { costLimitPlugin } from './cost-limit-plugin.js';
import { deadlineBoundDriver } from './deadline-driver.js';
import type { CostLimits } from './cost/cost-refusal.js';
import { bodyErrorJson } from './body-error.js';
import { createFormatError } from './format-error.js';
import { graphqlPostRoute } from './graphql-post-route.js';
import { createHeavyRequestGate } from './heavy-request-gate.js';
import {
  COST_LIMITS,
  HEAVY_QUERY_COST,
  HEAVY_WAIT_MS,
  MAX_BODY_BYTES,
  MAX_HEAVY_REQUESTS,
  MAX_TOKENS,
  QUERY_TIMEOUT_MS,
} from './limits.js';
import { warmQuestionPlans } from './question/warm-plans.js';
import { securityHeaders, strictSecurityHeaders } from './security-headers.js';

/** What the server needs; everything comes in from the caller (src/cli/start.ts). */
export interface ServerDeps {
  driver: Driver;
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to listen on; default `localhost`. */
  host?: string;
  /** No Sandbox, no introspection (unless `introspection`), terse errors without stack traces. */
  production: boolean;
  /** HS256 secret for the JWTs that may run mutations; without it every mutation is refused. */
  jwtSecret?: string;
  /** A folder served as static files at `/` (the explorer page). */
  staticDir?: string;
  /** Overrides the introspection default: on in development; in production only with GRAPHQL_INTROSPECTION=true. */
  introspection?: boolean;
  /**
   * Deadline of one request's database work in milliseconds (default QUERY_TIMEOUT_MS env, else 15 000): every
   * transaction the request runs is stopped by Neo4j once the request is that old.
   */
  queryTimeoutMs?: number;
  /** Heavy requests (cost ≥ HEAVY_QUERY_COST) allowed at once (default MAX_HEAVY_REQUESTS). */
  maxHeavyRequests?: number;
  /** Overrides the cost limits (default COST_LIMITS); tests relax them to exercise the deadline. */
  costLimits?: CostLimits;
  /** Where a production server logs the original of an error it answers tersely (default `console.error`). */
  logError?: (error: unknown) => void;
  /**
   * Ask every question once as soon as the server listens (src/serve/question/warm-plans.ts), so that Neo4j
   * has planned the question queries before clients ask; `close()` then waits for it. Default off (tests start
   * many servers); `npm start` and the bench's server turn it on.
   */
  warmPlans?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Stops accepting requests, lets those in flight finish, and closes the port. */
  close(): Promise<void>;
}

/**
 * The context of one request, read by @neo4j/graphql (`token`, `transaction`) and the question resolvers. The
 * transaction timeout is a getter on the prototype, so it survives Apollo's shallow copy of the context and
 * counts down to the request's deadline: each transaction gets only the time the request has left.
 */
class RequestContext {
  readonly token?: string;
  readonly deadline: number;

  constructor(token: string | undefined, timeoutMs: number) {
    if (token !== undefined) this.token = token;
    this.deadline = Date.now() + timeoutMs;
  }

  get transaction(): { timeout: number } {
    return { timeout: Math.max(1, this.deadline - Date.now()) };
  }
}

function queryTimeout(deps: ServerDeps): number {
  if (deps.queryTimeoutMs !== undefined) return deps.queryTimeoutMs;
  const raw = process.env.QUERY_TIMEOUT_MS;
  if (raw === undefined || raw === '') return QUERY_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new AppError(
      'CONFIG_INVALID',
      `QUERY_TIMEOUT_MS=${raw} is not a whole number of milliseconds; use e.g. 15000.`,
    );
  }
  return value;
}

/**
 * Serves the GraphQL API at `/graphql` (Apollo Server 5 on Express 5) and, when `staticDir` is given, its files
 * at `/`. Fails with CONFIG_INVALID when the port is taken.
 */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const host = deps.host ?? 'localhost';
  const introspection =
    deps.introspection ?? (!deps.production || process.env.GRAPHQL_INTROSPECTION === 'true');
  const timeoutMs = queryTimeout(deps);
  // Each transaction of a request ends at the request's deadline, retries included.
  const schema = await buildSchema(deadlineBoundDriver(deps.driver), {
    ...(deps.jwtSecret === undefined ? {} : { jwtSecret: deps.jwtSecret }),
    queryTimeoutMs: timeoutMs,
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders((path, method) => !deps.production && path === '/graphql' && method === 'GET'));
  const httpServer = http.createServer();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !deps.production,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createFormatError(deps.production, deps.logError),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No answer carries cache hints (no @cacheControl in schema.graphql): without this, Apollo Server wraps
      // every field's resolver to collect hints for a Cache-Control header it would never send.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema, {
        limits: deps.costLimits ?? COST_LIMITS,
        heavyCost: HEAVY_QUERY_COST,
        gate: createHeavyRequestGate(deps.maxHeavyRequests ?? MAX_HEAVY_REQUESTS, HEAVY_WAIT_MS),
      }),
      ...(deps.production
        ? // Without introspection, "Did you mean …?" hints would still reveal the schema.
          [
            ApolloServerPluginLandingPageDisabled(),
            ...(introspection ? [] : [ApolloServerPluginDisableSuggestions()]),
          ]
        : [
            withOfflineConsoleOffer(
              ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
            ),
          ]),
    ],
  });
  await apollo.start();
  const context = (authorization: string | undefined) =>
    Promise.resolve(new RequestContext(authorization, timeoutMs));
  // Plain JSON POSTs to /graphql (every question a client asks) take the lean route; the rest goes to Express.
  const postRoute = graphqlPostRoute({
    apollo,
    context: (req) => context(req.headers.authorization),
    maxBodyBytes: MAX_BODY_BYTES,
    headers: strictSecurityHeaders(),
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!postRoute(req, res)) app(req, res);
  });

  // GraphQL answers are POSTed and never revalidated: the endpoint is an app of its own without ETags, so no
  // answer is hashed on its way out (the Browser routes and static files keep theirs).
  const graphqlApp = express();
  graphqlApp.disable('x-powered-by');
  graphqlApp.disable('etag');
  graphqlApp.use(
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: ({ req }) => context(req.headers.authorization) }),
  );
  app.use('/graphql', graphqlApp);
  app.use(browserRoutes());
  if (deps.staticDir !== undefined) {
    // Source maps name the source tree; only a development server hands them out.
    if (deps.production) app.use(refuseSourceMaps);
    app.use(express.static(deps.staticDir));
  }
  app.use(bodyErrorHandler);

  try {
    await listen(httpServer, deps.port, host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const warming =
    deps.warmPlans === true
      ? warmQuestionPlans(createBoundedReadRows(deps.driver, timeoutMs), deps.logError)
      : Promise.resolve();
  const { port } = httpServer.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    close: () => (closing ??= apollo.stop().then(() => warming)),
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new AppError(
            'CONFIG_INVALID',
            `port ${port} is in use — is \`npm start\` already running? Set PORT=${port + 1} (or another free port) and start again.`,
            { cause: error, details: { port, host } },
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new AppError('CONFIG_INVALID', `port ${port} needs privileges; set PORT to 1024 or above.`, {
            cause: error,
          }),
        );
      } else {
        reject(
          new AppError('CONFIG_INVALID', `Cannot listen on ${host}:${port}: ${error.message}`, {
            cause: error,
          }),
        );
      }
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** 404 for `*.map` files. */
const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (req.path.endsWith('.map')) res.status(404).type('text/plain').send('Not found');
  else next();
};

/** Turns body-parser failures (too large, malformed JSON) into GraphQL-shaped JSON errors instead of HTML pages. */
const bodyErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const status = (error as { status?: unknown }).status;
  if (res.headersSent || typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  res.status(status).type('application/json').send(bodyErrorJson(status));
};
