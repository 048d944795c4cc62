/** The database layer: find or start a real Neo4j, and run the named Cypher in cypher/. */
export { readDbConfig, PROJECT_ROOT, type DbConfig, type DatabaseOrigin } from './config.js';
export { connectDatabase, makeDriver, type Database, type ConnectOptions } from './connect.js';
export { runNamed, namedQueryText, namedStatements, type QueryRunner } from './run-named.js';
export { isPortFree, freePort } from '../process/port-free.js';
export { enableTcpNoDelay, boltPort } from './tcp-nodelay.js';
