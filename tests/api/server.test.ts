/**
 * The HTTP server: read-only unless a valid JWT is sent, limits, CSRF, production settings, static files,
 * and a clear error for a busy port.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../src/serve/mint-token.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { readRows, testDriver } from '../support/database.js';

const SECRET = 'test-secret-for-the-api-tests-0123456789';
const OUTLET_ID = 'test-api-outlet';

interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

async function outletExists(): Promise<boolean> {
  const rows = await readRows(testDriver(), 'MATCH (o:Outlet {id: $id}) RETURN o.id AS id', {
    id: OUTLET_ID,
  });
  return rows.length > 0;
}

const CREATE = `mutation { createOutlets(input: [{ id: "${OUTLET_ID}", name: "Test Outlet" }]) { outlets { id } } }`;
const DELETE = `mutation { deleteOutlets(where: { id: { eq: "${OUTLET_ID}" } }) { nodesDeleted } }`;

function codes(response: GraphQLResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}

describe('a development server with JWT_SECRET', () => {
  let server: RunningServer;
  let staticDir: string;

  beforeAll(async () => {
    await testDriver().executeQuery('MATCH (o:Outlet {id: $id}) DETACH DELETE o', { id: OUTLET_ID });
    staticDir = mkdtempSync(path.join(tmpdir(), 'api-static-'));
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>explorer</title>');
    server = await startServer({
      driver: testDriver(),
      port: 0,
      host: '127.0.0.1',
      production: false,
      jwtSecret: SECRET,
      staticDir,
    });
  });

  afterAll(async () => {
    await server.close();
    await testDriver().executeQuery('MATCH (o:Outlet {id: $id}) DETACH DELETE o', { id: OUTLET_ID });
  });

  it('serves /graphql', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await post(server.url, '{ __typename }');
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves the static folder at /', async () => {
    const response = await fetch(new URL('/', server.url));
    expect(await response.text()).toContain('<title>explorer</title>');
  });

  it('shows the Sandbox landing page to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('refuses an anonymous mutation and writes nothing', async () => {
    const response = await post(server.url, CREATE);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await outletExists()).toBe(false);
  });

  it.each([
    [
      'signed with another secret',
      () => mintToken({ secret: 'not-the-secret-at-all-0123456789', subject: 'x', expiresIn: '1h' }),
    ],
    [
      'expired',
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
          .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
          .sign(new TextEncoder().encode(SECRET)),
    ],
    [
      'unsigned (alg none)',
      () => {
        const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
        return Promise.resolve(`${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'x' })}.`);
      },
    ],
    ['garbage', () => Promise.resolve('not-a-jwt')],
  ])('refuses a mutation with a token %s', async (_name, token) => {
    const response = await post(server.url, CREATE, { authorization: `Bearer ${await token()}` });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await outletExists()).toBe(false);
  });

  it('runs a mutation with a token signed with JWT_SECRET', async () => {
    const token = await mintToken({ secret: SECRET, subject: 'editor', expiresIn: '5m' });
    const created = await post(server.url, CREATE, { authorization: `Bearer ${token}` });
    expect(created.body).toEqual({ data: { createOutlets: { outlets: [{ id: OUTLET_ID }] } } });
    expect(await outletExists()).toBe(true);
    const deleted = await post(server.url, DELETE, { authorization: `Bearer ${token}` });
    expect(deleted.body).toEqual({ data: { deleteOutlets: { nodesDeleted: 1 } } });
  });

  it('reads without a token', async () => {
    const response = await post(server.url, '{ outlets(limit: 1) { id } }');
    expect(response.body.errors).toBeUndefined();
  });

  it('answers a negative page size with BAD_USER_INPUT', async () => {
    const response = await post(server.url, '{ places(limit: -1) { name } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a query nested too deep', async () => {
    const deep = `{ actors { claims { claimedBy { claims { claimedBy { claims { claimedBy { claims {
      claimedBy { claims { claimedBy { claims { claimedBy { name } } } } } } } } } } } } } }`;
    const response = await post(server.url, deep);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('refuses a query that would cost too much', async () => {
    const response = await post(server.url, '{ actors(limit: 200) { claims(limit: 200) { text } } }');
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['QUERY_TOO_COSTLY']);
    expect(response.body.errors?.[0]?.message).toMatch(/cost/);
  });

  it('refuses a body over the size limit with a JSON error', async () => {
    const response = await post(server.url, `{ search(text: "${'x'.repeat(300_000)}") { items { id } } }`);
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('introspects in development', async () => {
    const response = await post(server.url, '{ __schema { queryType { name } } }');
    expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('says clearly when the port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(
      startServer({ driver: testDriver(), port, host: '127.0.0.1', production: false }),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(
        new RegExp(`port ${port} is in use — is \`npm start\` already running\\? Set PORT=`),
      ) as unknown,
    });
  });
});

describe('a server without JWT_SECRET', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ driver: testDriver(), port: 0, host: '127.0.0.1', production: false });
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([[SECRET], ['secret']])('refuses mutations even with a token signed with %j', async (secret) => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
    const response = await post(server.url, CREATE, { authorization: `Bearer ${token}` });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await outletExists()).toBe(false);
  });
});

describe('a production server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ driver: testDriver(), port: 0, host: '127.0.0.1', production: true });
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses introspection', async () => {
    const response = await post(server.url, '{ __schema { queryType { name } } }');
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('sends no stack traces and no suggestions', async () => {
    const response = await post(server.url, '{ actorz { name } }');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|Did you mean/);
  });

  it('shows no Sandbox', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/sandbox/i);
  });
});

describe('a production server with introspection turned on', () => {
  it('introspects', async () => {
    const server = await startServer({
      driver: testDriver(),
      port: 0,
      host: '127.0.0.1',
      production: true,
      introspection: true,
    });
    try {
      const response = await post(server.url, '{ __schema { queryType { name } } }');
      expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await server.close();
    }
  });
});
