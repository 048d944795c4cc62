/**
 * Index use of the named queries, read from Neo4j's own plans (EXPLAIN: planned, not run) on the test
 * database holding the seeds. The question queries must start from the full-text indexes or the uniqueness
 * constraints' indexes, and no named query of the API or the loader may scan all nodes, a whole label, or a
 * whole relationship type: such a plan is fast on five articles and slow on a corpus. How fast the queries
 * are is measured by `npm run bench`, never here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { namedQueryText, PROJECT_ROOT, runNamed } from '../../src/db/index.js';
import { ingestSeeds, testDriver } from '../support/database.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

interface Operator {
  name: string;
  details: string;
}

/** Every operator of a plan, depth first, with the `@neo4j` runtime suffix dropped. */
function operators(plan: PlanNode): Operator[] {
  const details = plan.arguments.Details;
  const own = { name: plan.operatorType.split('@')[0]!, details: typeof details === 'string' ? details : '' };
  return [own, ...plan.children.flatMap(operators)];
}

/**
 * Parameters of the right types for the named queries (EXPLAIN does not run the query, so values are free);
 * a parameter not listed here is sent as null.
 */
const PARAMS: Record<string, unknown> = {
  id: 'plc_palmyra',
  ids: ['evt_x', 'clm_x'],
  eventIds: ['evt_x'],
  actorIds: ['act_x'],
  subjectIds: ['plc_x', 'act_x'],
  labels: ['Actor', 'Place'],
  depth: 2,
  maxNodes: 150,
  limit: 20,
  minScoreRatio: 0.5,
  rows: [],
  asked: {
    query: 'recapture recapture* palmyra palmyra*',
    name: 'palmyra',
    words: ['palmyra'],
    eventQuery: 'recapture recapture* palmyra palmyra* recapture',
    phrases: ['recapture', 'palmyra', 'recapture of palmyra'],
    keyWords: ['palmyra'],
    types: ['RECAPTURE'],
    typeWords: [{ word: 'recapture', types: ['RECAPTURE'] }],
  },
  fields: { event: ['id', 'label'], place: ['id', 'name'] },
  campaigns: [['CAPTURE', 'RECAPTURE', 'OFFENSIVE']],
  kinds: ['CREDIT'],
  offset: 0,
  eventCap: 500,
  maxEvents: 50,
  perNode: 25,
  edgeScan: 100,
  countCap: 1000,
};

/** Every `$name` the query uses, with a value from PARAMS. */
function paramsFor(text: string): Record<string, unknown> {
  const names = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
  return Object.fromEntries([...names].map((name) => [name, PARAMS[name] ?? null]));
}

async function plan(driver: Driver, name: string): Promise<Operator[]> {
  const session = driver.session();
  try {
    const text = namedQueryText(name);
    const result = await session.run(`EXPLAIN ${text}`, paramsFor(text));
    const root = result.summary.plan;
    if (root === false) throw new Error(`No plan for ${name}`);
    return operators(root);
  } finally {
    await session.close();
  }
}

function queryNames(area: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, 'cypher', area))
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => `${area}/${file.replace(/\.cypher$/, '')}`)
    .sort();
}

/** Operators that read every node, every node of a label, or every relationship (of a type). */
const SCAN =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|PartitionedAllNodesScan|PartitionedNodeByLabelScan|.*RelationshipsScan|.*RelationshipTypeScan|NodeIndexScan)$/;

/** A full-text index call (the planner turns the index name into a parameter, so it is not in the plan). */
const fullText = (op: Operator) =>
  op.name === 'ProcedureCall' && op.details.includes('db.index.fulltext.queryNodes');
const uniqueSeek = (label: string) => (op: Operator) =>
  op.name.startsWith('NodeUniqueIndexSeek') && op.details.includes(`:${label}(id)`);

/** Where each question query must start: which index gives it its first rows. */
const STARTS: Record<string, { why: string; check: (ops: Operator[]) => boolean }> = {
  'query/search': {
    why: 'four full-text index calls (entities, events, claims, articles: one each for the total and the page)',
    check: (ops) => ops.filter(fullText).length === 4,
  },
  'query/match-entities': { why: 'the entity_names full-text index', check: (ops) => ops.some(fullText) },
  'query/who-claimed': {
    why: 'the entity_names and event_text full-text indexes',
    check: (ops) => ops.filter(fullText).length >= 2,
  },
  'query/timeline': { why: 'the entity_names full-text index', check: (ops) => ops.some(fullText) },
  'query/contradictions': {
    why: 'a unique seek on Event(id)',
    check: (ops) => ops.some(uniqueSeek('Event')),
  },
  'query/subject-events': {
    why: 'unique seeks on Actor(id) and Place(id)',
    check: (ops) => ops.some(uniqueSeek('Actor')) && ops.some(uniqueSeek('Place')),
  },
  'query/claims-by': { why: 'the entity_names full-text index', check: (ops) => ops.some(fullText) },
  'query/claims-about': {
    why: 'the entity_names and event_text full-text indexes',
    check: (ops) => ops.filter(fullText).length === 2,
  },
  'query/corroboration': {
    why: 'unique seeks on Claim(id) and Event(id)',
    check: (ops) => ops.some(uniqueSeek('Claim')) && ops.some(uniqueSeek('Event')),
  },
  'query/neighbourhood': {
    why: 'a unique seek on the id of each of the six labels',
    check: (ops) =>
      ['Article', 'Outlet', 'Actor', 'Place', 'Event', 'Claim'].every((label) => ops.some(uniqueSeek(label))),
  },
};

beforeAll(async () => {
  // Plans depend on the statistics of the graph: give the planner a real, if small, one, and let it see it
  // (right after a write the index samples are stale, and a plan made then says little).
  await ingestSeeds();
  const session = testDriver().session();
  try {
    await runNamed(session, 'bench/refresh-statistics');
  } finally {
    await session.close();
  }
});

describe('question queries (cypher/query/)', () => {
  it.each(queryNames('query'))('%s scans no whole label, relationship type or node store', async (name) => {
    const scans = (await plan(testDriver(), name)).filter((op) => SCAN.test(op.name));
    expect(scans).toEqual([]);
  });

  it.each(Object.entries(STARTS).map(([name, start]) => [name, start.why] as const))(
    '%s starts from %s',
    async (name) => {
      const ops = await plan(testDriver(), name);
      const starts = ops
        .filter((op) => /Seek|ProcedureCall/.test(op.name))
        .map((op) => `${op.name} ${op.details}`);
      expect(STARTS[name]!.check(ops), `index use found: ${starts.join('; ') || 'none'}`).toBe(true);
    },
  );

  it('has a start expectation for every question query', () => {
    const unchecked = queryNames('query').filter((name) => !(name in STARTS));
    expect(unchecked).toEqual([]);
  });
});

/** Whether a named query writes (a load query that only reads, such as a duplicate lookup, may seek any index). */
const writes = (name: string): boolean => /\b(MERGE|CREATE|SET|DELETE)\b/.test(namedQueryText(name));

describe('load queries (cypher/load/)', () => {
  it.each(queryNames('load').filter(writes))(
    '%s finds every node it writes by a unique index seek, never a scan',
    async (name) => {
      const ops = await plan(testDriver(), name);
      expect(ops.filter((op) => SCAN.test(op.name))).toEqual([]);
      expect(ops.some((op) => op.name.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    },
  );

  // The event memory is primed from every event of the graph once at the start of a run: it reads them
  // all by design (O(events), once per run), through the identityFamily index, never the whole label.
  const PRIME = 'load/read-event-memory';
  it(`${PRIME} reads the events through their identity index, never the whole label`, async () => {
    const ops = await plan(testDriver(), PRIME);
    expect(ops.filter((op) => SCAN.test(op.name) && op.name !== 'NodeIndexScan')).toEqual([]);
    expect(ops.some((op) => op.name === 'NodeIndexScan' || /IndexSeek/.test(op.name))).toBe(true);
  });

  it.each(queryNames('load').filter((name) => !writes(name) && name !== PRIME))(
    '%s reads through an index seek, never a scan',
    async (name) => {
      const ops = await plan(testDriver(), name);
      expect(ops.filter((op) => SCAN.test(op.name))).toEqual([]);
      expect(ops.some((op) => /IndexSeek/.test(op.name))).toBe(true);
    },
  );
});
