import path from 'node:path';
import { AppError } from '../errors.js';
import { PROJECT_ROOT } from '../paths.js';

export { PROJECT_ROOT };

/** Where the database comes from, in the order they are tried. */
export type DatabaseOrigin = 'env' | 'embedded' | 'docker';

/** Settings for reaching or starting Neo4j, read from the environment once and passed down. */
export interface DbConfig {
  /** Set when NEO4J_URI is given: use that server and start nothing. */
  uri?: string;
  username: string;
  password?: string;
  /** Root of the git-ignored folder that holds jars and embedded instances. */
  embeddedDir: string;
  /** Instance folder under `<embeddedDir>/instances` (NEO4J_INSTANCE, default `main`). */
  instance: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new AppError('CONFIG_INVALID', `${name}=${raw} is not a port number; use a whole number 1-65535.`);
  }
  return value;
}

/** Reads the database settings from an environment (process.env by default). */
export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const timeoutSeconds = Number(env.NEO4J_START_TIMEOUT ?? 120);
  return {
    uri: env.NEO4J_URI || undefined,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    embeddedDir: path.resolve(PROJECT_ROOT, env.NEO4J_EMBEDDED_DIR || '.neo4j'),
    instance: env.NEO4J_INSTANCE || 'main',
    boltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
    httpPort: port(env, 'NEO4J_HTTP_PORT', 7474),
    heap: env.NEO4J_HEAP || '1g',
    pageCache: env.NEO4J_PAGECACHE || '512m',
    startTimeoutMs: (Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : 120) * 1000,
  };
}
