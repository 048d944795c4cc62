/**
 * Starts a CoreNLP server of its own (as `npm run ingest` does), prints `READY <pid…>` with the pids of the
 * watchdog and the JVM, and waits; the watchdog test kills this process and checks the JVM goes too.
 */
import { connectNlp, readNlpConfig } from '../../../src/nlp/index.js';
import { PROJECT_ROOT } from '../../../src/db/index.js';

const nlp = await connectNlp({ config: readNlpConfig(PROJECT_ROOT), log: (line) => console.error(line) });
console.log(`READY ${nlp.urls.join(',')} ${nlp.pids().join(' ')}`);
setInterval(() => undefined, 60_000);
