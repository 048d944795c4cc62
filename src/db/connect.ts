import { randomBytes } from 'node:crypto';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { AppError } from '../errors.js';
import type { DatabaseOrigin, DbConfig } from './config.js';
import { dockerLikelyAvailable, startDockerNeo4j } from './docker-neo4j.js';
import { provisionNeo4j } from './embedded/provision-neo4j.js';
import { startEmbeddedNeo4j } from './embedded/start-embedded.js';
import { commandExists } from './command-exists.js';
import { boltPort, enableTcpNoDelay } from './tcp-nodelay.js';

/** A connected database and how to let go of it. */
export interface Database {
  driver: Driver;
  uri: string;
  username: string;
  /** Kept so tests and tools can open their own drivers to the same server. */
  password: string;
  origin: DatabaseOrigin;
  /** For the embedded server: where its password is kept. */
  passwordFile?: string;
  /** For the embedded server: Neo4j Browser and the HTTP API. */
  httpUrl?: string;
  /** False when we attached to a server another process started. */
  owned: boolean;
  /** Closes the driver, and stops the server if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  config: DbConfig;
  /** Instance folder name under `<embeddedDir>/instances`; overrides `config.instance` (tests use `test`). */
  instance?: string;
  fresh?: boolean;
  /** Order in which to try the ways of getting a database after NEO4J_URI. */
  order?: ('embedded' | 'docker')[];
  browserStyleUrl?: string;
  log?: (line: string) => void;
}

/** A driver with the settings the whole application uses (plain JS numbers, quiet logging). */
export function makeDriver(uri: string, username: string, password: string): Driver {
  enableTcpNoDelay(boltPort(uri));
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 30_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

async function probe(uri: string, password: string): Promise<boolean> {
  const driver = makeDriver(uri, 'neo4j', password);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function verified(driver: Driver, uri: string): Promise<Driver> {
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (cause) {
    await driver.close();
    throw new AppError(
      'DB_UNAVAILABLE',
      `Could not connect to Neo4j at ${uri}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, and that the server is running.`,
      { cause },
    );
  }
}

/**
 * Finds or starts a real Neo4j. Tried in this order: NEO4J_URI; then (by default) the embedded server
 * provisioned from Maven Central when Java and Maven are present; then a Docker container; else an error
 * naming all three ways.
 */
export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  if (config.uri) {
    const driver = await verified(makeDriver(config.uri, config.username, config.password ?? ''), config.uri);
    return {
      driver,
      uri: config.uri,
      username: config.username,
      password: config.password ?? '',
      origin: 'env',
      owned: false,
      close: () => driver.close(),
    };
  }

  for (const way of options.order ?? ['embedded', 'docker']) {
    if (way === 'embedded' && (await commandExists('java')) && (await commandExists('mvn'))) {
      const jars = await provisionNeo4j(config.embeddedDir, log);
      const server = await startEmbeddedNeo4j({
        jars,
        instanceDir: path.join(config.embeddedDir, 'instances', options.instance ?? config.instance),
        boltPort: config.boltPort,
        httpPort: config.httpPort,
        heap: config.heap,
        pageCache: config.pageCache,
        fresh: options.fresh ?? false,
        startTimeoutMs: config.startTimeoutMs,
        browserStyleUrl: options.browserStyleUrl,
        probe,
        log,
      });
      const driver = await verified(makeDriver(server.uri, server.username, server.password), server.uri);
      return {
        driver,
        uri: server.uri,
        username: server.username,
        password: server.password,
        origin: 'embedded',
        passwordFile: server.passwordFile,
        httpUrl: server.httpUrl,
        owned: server.owned,
        close: async () => {
          await driver.close();
          await server.stop();
        },
      };
    }
    if (way === 'docker' && dockerLikelyAvailable()) {
      const container = await startDockerNeo4j(randomBytes(12).toString('base64url'));
      const driver = await verified(
        makeDriver(container.uri, container.username, container.password),
        container.uri,
      );
      return {
        driver,
        uri: container.uri,
        username: container.username,
        password: container.password,
        origin: 'docker',
        owned: true,
        close: async () => {
          await driver.close();
          await container.stop();
        },
      };
    }
  }
  throw new AppError(
    'DB_UNAVAILABLE',
    'No Neo4j database is available. Do one of these: (1) set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to a running Neo4j 5 with APOC; ' +
      '(2) install Java 17 and Maven so the embedded Neo4j can be provisioned from Maven Central; ' +
      '(3) start a Docker engine (or use `docker compose up`).',
  );
}
