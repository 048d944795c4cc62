import { connectDatabase, freePort, readDbConfig, namedQueryText } from '/work/main/src/db/index.js';
import { readdirSync } from 'node:fs';
const config = readDbConfig({ ...process.env, NEO4J_INSTANCE: 'benchdbg', NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HTTP_PORT: String(await freePort()) });
const db = await connectDatabase({ config, instance: 'benchdbg', fresh: false });
type P = { operatorType: string; arguments: Record<string, unknown>; children: P[]; identifiers: string[] };
const walk = (p: P, depth = 0, out: string[] = []) => { out.push('  '.repeat(depth) + p.operatorType + ' ' + String(p.arguments.Details ?? '').slice(0, 100)); for (const c of p.children) walk(c, depth + 1, out); return out; };
try {
  const session = db.driver.session();
  for (const f of readdirSync('/work/main/cypher/query').sort()) {
    const name = 'query/' + f.replace('.cypher', '');
    const r = await session.run('EXPLAIN ' + namedQueryText(name), { eventIds: [], ids: [], actorIds: [], subjectIds: [], id: 'x', depth: 1, maxNodes: 150, limit: 10, query: 'x', name: 'x', words: ['x'], labels: ['Actor'] });
    console.log('=== ' + name); console.log(walk(r.summary.plan as unknown as P).join('\n'));
  }
  await session.close();
} finally { await db.close(); }
