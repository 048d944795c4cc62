import { connectDatabase, freePort, readDbConfig, namedQueryText } from '/work/main/src/db/index.js';
const config = readDbConfig({ ...process.env, NEO4J_INSTANCE: 'benchdbg', NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HTTP_PORT: String(await freePort()) });
const db = await connectDatabase({ config, instance: 'benchdbg', fresh: false });
type P = { operatorType: string; arguments: Record<string, unknown>; children: P[] };
const walk = (p: P, depth = 0, out: string[] = []) => { out.push('  '.repeat(depth) + p.operatorType.split('@')[0] + ' ' + String(p.arguments.Details ?? '').slice(0, 110) + ' est=' + String(p.arguments.EstimatedRows)); for (const c of p.children) walk(c, depth + 1, out); return out; };
try {
  const session = db.driver.session();
  for (const params of [{ actorIds: ['act_x'], limit: 20 }, { actorIds: ['act_russia'], limit: 20 }]) {
    const r = await session.run('EXPLAIN ' + namedQueryText('query/claims-by'), params);
    console.log(walk(r.summary.plan as unknown as P).filter(l => /Seek|Scan|Expand|Claim|Actor/.test(l)).join('\n'));
    console.log('----');
  }
  const c = await session.run('MATCH (a:Actor) RETURN count(a) AS n'); console.log(c.records[0]?.get('n'));
  await session.close();
} finally { await db.close(); }
