import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase, isPortFree, PROJECT_ROOT, readDbConfig } from '../db/index.js';
import { AppError } from '../errors.js';
import { buildExplorer } from '../explore/build.js';
import { ensureSchema } from '../pipeline/load/index.js';
import { ingest } from '../pipeline/ingest.js';
import { startServer } from '../serve/index.js';
import { formatSummary } from './format-summary.js';
import { EXTRACTOR_HELP, extractorMode, openExtractor } from './open-extractor.js';
import { reportError } from './report-error.js';
import { onShutdown } from './shutdown.js';

const HELP = `Usage: npm start [-- --fresh] [-- --no-seed] [-- --extractor rules|backbone]

Starts everything: the database (NEO4J_URI, else the embedded Neo4j 5.26, provisioned from Maven
Central on first run), ingests seeds/ (with Stanford CoreNLP in backbone mode, stopped once the seeds
are in), and serves the GraphQL API and the explorer page.

Options:
  --fresh            start the embedded database empty (deletes its data first)
  --no-seed          do not ingest seeds/ at start
${EXTRACTOR_HELP}
  --help             show this help

Environment:
  PORT (4000)             the API and explorer port
  HOST (localhost)        the interface to listen on
  NODE_ENV=production     no Sandbox, no introspection, terse errors
  JWT_SECRET              enables writes through the API for callers with a signed token
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD   use that Neo4j instead of the embedded one
  NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m)
  CORENLP_URL             CoreNLP server(s) to use (comma-separated) instead of starting one
  CORENLP_HEAP (3g), CORENLP_THREADS (cores), CORENLP_START_TIMEOUT (240 s), CORENLP_TIMEOUT (20000 ms)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean' },
      'no-seed': { type: 'boolean' },
      extractor: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? 'localhost';
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new AppError('CONFIG_INVALID', `PORT=${process.env.PORT} is not a port number; use 1-65535.`);
  }
  // Checked first, so a second `npm start` stops here and touches nothing.
  if (!(await isPortFree(port, host === 'localhost' ? '127.0.0.1' : host))) {
    throw new AppError(
      'CONFIG_INVALID',
      `Port ${port} is in use: is \`npm start\` already running? Stop it, or run this one on another port with PORT=4001 npm start.`,
    );
  }

  const mode = extractorMode(values.extractor);
  // CoreNLP loads its models while the database starts; it is only needed for the seeds.
  const opening = values['no-seed'] ? undefined : openExtractor(mode, console.log);
  opening?.catch(() => undefined);
  const db = await connectDatabase({
    config: readDbConfig(),
    fresh: values.fresh ?? false,
    browserStyleUrl: `http://localhost:${port}/style.grass`,
    log: console.log,
  });
  let server: { url: string; close(): Promise<void> } | undefined;
  onShutdown(async () => {
    await server?.close();
    await db.close();
  });
  try {
    await ensureSchema(db.driver);

    if (opening) {
      const { extractor, close } = await opening;
      try {
        const started = performance.now();
        const summary = await ingest([path.join(PROJECT_ROOT, 'seeds')], {
          driver: db.driver,
          extractor,
          warn: (file, message) => console.warn(`warning: ${file}: ${message}`),
        });
        console.log(formatSummary(summary, (performance.now() - started) / 1000));
      } finally {
        await close();
      }
    }

    const staticDir = path.join(PROJECT_ROOT, 'dist', 'explore');
    await buildExplorer(staticDir);
    await copyFile(
      path.join(PROJECT_ROOT, 'cypher', 'browser', 'style.grass'),
      path.join(staticDir, 'style.grass'),
    );

    server = await startServer({
      driver: db.driver,
      port,
      host,
      production: process.env.NODE_ENV === 'production',
      jwtSecret: process.env.JWT_SECRET || undefined,
      staticDir,
      warmPlans: true,
    });
  } catch (error) {
    await server?.close();
    await db.close();
    throw error;
  }
  const base = server.url.replace(/\/graphql\/?$/, '');
  console.log(`\nReady.`);
  console.log(`  Explorer:        ${base}/`);
  console.log(`  GraphQL:         ${base}/graphql  (open it in a browser for Apollo Sandbox)`);
  console.log(
    `  Neo4j:           ${db.uri}  user ${db.username}${db.passwordFile ? `, password in ${db.passwordFile}` : ''}`,
  );
  if (db.httpUrl) console.log(`  Neo4j Browser:   ${db.httpUrl}/browser/`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => process.exit(reportError(error)));
