/** What the embedded server's neo4j.conf depends on. */
export interface Neo4jConfOptions {
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  pluginsDir: string;
  /** The most memory one transaction may use (default TRANSACTION_MEMORY_MAX). */
  transactionMemory?: string;
  /** A grass style sheet Neo4j Browser loads after connecting (served by the API server). */
  browserStyleUrl?: string;
}

/**
 * The default cap on one transaction's memory: a quarter of the pool of a 1 GB heap (Neo4j's pool is 70 % of
 * the heap), so one runaway query is stopped long before it starves the others; a 50-article write batch needs
 * a few tens of MB.
 */
export const TRANSACTION_MEMORY_MAX = '256m';

/**
 * Renders neo4j.conf for an embedded instance: loopback only, authentication on, APOC allowed,
 * memory sized for a small (2-core) machine, no usage reporting.
 */
export function renderNeo4jConf(options: Neo4jConfOptions): string {
  return [
    '# Written by src/db/embedded/neo4j-conf.ts at every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    'server.https.enabled=false',
    'server.bolt.tls_level=DISABLED',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${options.heap}`,
    `server.memory.heap.max_size=${options.heap}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    'db.tx_log.rotation.retention_policy=1 days',
    `server.directories.plugins=${options.pluginsDir}`,
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    'dbms.usage_report.enabled=false',
    // Runaway queries are stopped by the server, whatever the client does.
    'db.transaction.timeout=60s',
    // ... and so is one that would take the whole transaction-memory pool.
    `db.memory.transaction.max=${options.transactionMemory ?? TRANSACTION_MEMORY_MAX}`,
    // Neo4j Browser runs this after connecting: it loads the project's label colours and captions.
    // (localhost is in Neo4j Browser's default remote-content allowlist.)
    ...(options.browserStyleUrl ? [`browser.post_connect_cmd=style ${options.browserStyleUrl}`] : []),
    '',
  ].join('\n');
}

/** JVM flags the official launcher passes to Neo4j 5 (those that matter on Java 17). */
export const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];
