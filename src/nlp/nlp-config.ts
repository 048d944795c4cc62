import path from 'node:path';
import { AppError } from '../errors.js';

/** The annotators asked for by default: what the claims and actors rules read (see src/nlp/README.md). */
export const DEFAULT_ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse';

/** Settings for reaching or starting Stanford CoreNLP, read from the environment once and passed down. */
export interface NlpConfig {
  /** Set when CORENLP_URL is given (one URL, or several separated by commas): use those and start nothing. */
  urls: string[];
  /** The git-ignored folder that holds the provisioned jars (CORENLP_DIR, default `.corenlp`). */
  dir: string;
  /** JVM heap of a started server (CORENLP_HEAP, default 3g). */
  heap: string;
  /** Request threads of a started server (CORENLP_THREADS, default: the number of cores). */
  threads: number;
  /** How long a started server may take to load its models (CORENLP_START_TIMEOUT seconds, default 240). */
  startTimeoutMs: number;
  /** How long one request may take before its sentences fall back to the rules (CORENLP_TIMEOUT ms, default 20000). */
  requestTimeoutMs: number;
  /** Requests in flight per server (CORENLP_CONCURRENCY, default: threads). */
  concurrency: number;
  annotators: string;
  /**
   * Reuse connections to the CORENLP_URL servers (CORENLP_KEEPALIVE=1; default off): only for servers
   * started with `-Dsun.net.httpserver.nodelay=true`, since a stock server holds each answer 40 ms on a
   * reused connection. A server started here is always reached over kept-alive connections.
   */
  keepAlive: boolean;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new AppError('CONFIG_INVALID', `${name}=${raw} is not a positive number; unset it or give one.`);
  }
  return value;
}

/** Splits CORENLP_URL into server URLs, checking each is http(s). */
export function parseServerUrls(raw: string | undefined): string[] {
  if (!raw) return [];
  const urls = raw
    .split(',')
    .map((u) => u.trim().replace(/\/+$/, ''))
    .filter((u) => u !== '');
  for (const url of urls) {
    if (!/^https?:\/\/[^/\s]+/.test(url)) {
      throw new AppError(
        'CONFIG_INVALID',
        `CORENLP_URL has "${url}", which is not an http(s) URL; use e.g. CORENLP_URL=http://10.0.0.5:9000,http://10.0.0.6:9000.`,
      );
    }
  }
  return urls;
}

/** Reads the CoreNLP settings from an environment (process.env by default); `root` is the project folder. */
export function readNlpConfig(root: string, env: NodeJS.ProcessEnv = process.env, cores = 2): NlpConfig {
  const threads = Math.round(positive(env, 'CORENLP_THREADS', cores));
  return {
    urls: parseServerUrls(env.CORENLP_URL),
    dir: path.resolve(root, env.CORENLP_DIR || '.corenlp'),
    heap: env.CORENLP_HEAP || '3g',
    threads,
    startTimeoutMs: positive(env, 'CORENLP_START_TIMEOUT', 240) * 1000,
    requestTimeoutMs: positive(env, 'CORENLP_TIMEOUT', 20_000),
    concurrency: Math.round(positive(env, 'CORENLP_CONCURRENCY', threads)),
    annotators: env.CORENLP_ANNOTATORS || DEFAULT_ANNOTATORS,
    keepAlive: env.CORENLP_KEEPALIVE === '1',
  };
}
