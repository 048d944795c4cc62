/**
 * POST /graphql as a client sends it: the body limit, bodies that are not JSON, CSRF prevention, the security
 * headers, and the requests that the lean POST route leaves to Express (other paths, charsets, encodings).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { testDriver } from '../support/database.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };
}

/** Sends `body` as is (a string, or chunks sent with chunked encoding and no Content-Length). */
function send(
  url: string,
  body: string | string[],
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/graphql',
): Promise<Answer> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'],
        }),
      );
    });
    request.on('error', reject);
    if (typeof body === 'string') request.end(body);
    else {
      for (const chunk of body) request.write(chunk);
      request.end();
    }
  });
}

const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);
const QUESTION = JSON.stringify({ query: '{ __typename }' });

describe('POST /graphql', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ driver: testDriver(), port: 0, host: '127.0.0.1', production: true });
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([['application/json'], ['application/json; charset=utf-8'], ['Application/JSON; Charset="UTF-8"']])(
    'answers a question sent as %s',
    async (type) => {
      const answer = await send(server.url, QUESTION, { 'content-type': type });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { __typename: 'Query' } });
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    },
  );

  it('answers a body that starts with a byte-order mark or white space', async () => {
    expect((await send(server.url, `\uFEFF${QUESTION}`)).body).toEqual({ data: { __typename: 'Query' } });
    expect((await send(server.url, ` \n${QUESTION}`)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body sent in chunks without a Content-Length', async () => {
    const answer = await send(server.url, [QUESTION.slice(0, 5), QUESTION.slice(5)]);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('sends the security headers with every answer', async () => {
    const answer = await send(server.url, QUESTION);
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a body whose Content-Length is over the limit with 413 and a JSON error', async () => {
    const answer = await send(
      server.url,
      JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(300_000) }),
    );
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.message).toMatch(/larger than 256kb/);
  });

  it('refuses a chunked body that grows over the limit with 413 and a JSON error', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const answer = await send(server.url, [
      '{"query": "{ __typename }", "pad": "',
      chunk,
      chunk,
      chunk,
      chunk,
      chunk,
      '"}',
    ]);
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([['{"query": '], ['"{ __typename }"'], ['null'], ['   ']])(
    'refuses the body %j with 400 and a JSON error that says what to send',
    async (body) => {
      const answer = await send(server.url, body);
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toMatch(/not valid JSON; send \{"query"/);
    },
  );

  it.each([[''], ['{}']])('refuses the body %j with 400 BAD_REQUEST', async (body) => {
    const answer = await send(server.url, body);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });

  it('refuses a batch of operations', async () => {
    const answer = await send(server.url, `[${QUESTION}]`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/batching/);
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x']])(
    'blocks a POST sent as %s (CSRF prevention)',
    async (type) => {
      const answer = await send(server.url, QUESTION, { 'content-type': type });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
      expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'/);
    },
  );

  it('refuses a body in a charset other than UTF-8 with 415 and a JSON error', async () => {
    const answer = await send(server.url, QUESTION, { 'content-type': 'application/json; charset=latin1' });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([['/graphql/'], ['/graphql?x=1']])('answers a question posted to %s', async (path) => {
    const answer = await send(server.url, QUESTION, { 'content-type': 'application/json' }, path);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers in the format the client accepts', async () => {
    const answer = await send(server.url, QUESTION, {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(answer.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    const refused = await send(server.url, QUESTION, {
      'content-type': 'application/json',
      accept: 'text/html',
    });
    expect(refused.status).toBe(406);
  });
});
