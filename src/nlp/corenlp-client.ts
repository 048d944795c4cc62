import http from 'node:http';
import https from 'node:https';
import { AppError } from '../errors.js';
import type { CoreNlpDocument } from './corenlp-json.js';

/** Per-request settings: a shorter timeout, or fewer annotators than the client's own (names only, no parse). */
export interface AnnotateOptions {
  timeoutMs?: number;
  annotators?: string;
}

/** Something that annotates text with CoreNLP: one server, or a pool of them. */
export interface NlpClient {
  /** Annotates `text` (one sentence per line) and returns CoreNLP's JSON document. */
  annotate(text: string, options?: AnnotateOptions): Promise<CoreNlpDocument>;
  /** The servers behind this client. */
  readonly urls: string[];
  /** The annotators every request asks for unless told otherwise. */
  readonly annotators: string;
  /** Closes idle keep-alive connections. */
  close(): void;
}

/** Why a request failed: `timeout` and `rejected` (the server refused this text) fall back per sentence; `unreachable` moves to another server. */
export type NlpFailure = 'timeout' | 'rejected' | 'unreachable';

/** The failure kind of an error thrown by a client (NLP_REQUEST_FAILED carries it in `details.failure`). */
export function failureOf(error: unknown): NlpFailure {
  if (error instanceof AppError && typeof error.details.failure === 'string') {
    return error.details.failure as NlpFailure;
  }
  return 'unreachable';
}

function failed(url: string, failure: NlpFailure, message: string, cause?: unknown): AppError {
  return new AppError('NLP_REQUEST_FAILED', `CoreNLP at ${url}: ${message}`, {
    cause,
    details: { failure, url },
  });
}

/**
 * A client for one CoreNLP server's HTTP API (`POST /?properties=…`, JSON out). `properties` go with every
 * request, so any CoreNLP 4.x server answers the same way. `keepAlive` (default true) reuses connections:
 * right for a server started with `-Dsun.net.httpserver.nodelay=true` (as `startCoreNlp` does). A stock
 * server without it holds each answer's body for the client's delayed ACK (40 ms) on a reused
 * connection, and a new connection per request avoids that wait (`keepAlive: false`).
 */
export function createCoreNlpClient(
  url: string,
  properties: Record<string, string>,
  options: { timeoutMs: number; maxSockets?: number; keepAlive?: boolean },
): NlpClient {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = new transport.Agent({
    keepAlive: options.keepAlive ?? true,
    maxSockets: options.maxSockets ?? 8,
  });
  const annotate = (text: string, call: AnnotateOptions = {}): Promise<CoreNlpDocument> => {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs;
    const query = encodeURIComponent(
      JSON.stringify({
        ...properties,
        ...(call.annotators ? { annotators: call.annotators } : {}),
        timeout: String(timeoutMs),
      }),
    );
    const body = Buffer.from(text, 'utf8');
    return new Promise<CoreNlpDocument>((resolve, reject) => {
      const request = transport.request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          path: `${target.pathname.replace(/\/$/, '')}/?properties=${query}`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length },
          timeout: timeoutMs + 5000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (cause) => reject(failed(url, 'unreachable', 'the answer broke off', cause)));
          response.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200) {
              const timedOut = /timed out|timeout/i.test(raw);
              // 5xx other than a timeout means the server is unwell: try another one.
              const failure: NlpFailure = timedOut
                ? 'timeout'
                : (response.statusCode ?? 500) >= 500 && !/exception/i.test(raw)
                  ? 'unreachable'
                  : 'rejected';
              return reject(failed(url, failure, `HTTP ${response.statusCode}: ${raw.slice(0, 200)}`));
            }
            try {
              resolve(JSON.parse(raw) as CoreNlpDocument);
            } catch (cause) {
              reject(failed(url, 'rejected', 'the answer is not JSON', cause));
            }
          });
        },
      );
      request.on('timeout', () =>
        request.destroy(failed(url, 'timeout', `no answer within ${timeoutMs} ms`)),
      );
      request.on('error', (cause) =>
        reject(
          cause instanceof AppError
            ? cause
            : failed(url, 'unreachable', 'the server cannot be reached', cause),
        ),
      );
      request.end(body);
    });
  };
  return {
    annotate,
    urls: [url],
    annotators: properties.annotators ?? '',
    close: () => agent.destroy(),
  };
}
