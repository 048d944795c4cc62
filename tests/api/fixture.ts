/**
 * A small made-up story written straight into the test database, so the question queries can be checked
 * against known answers whatever the extractor finds in the seeds. Every id starts with `test-api-`; names are
 * invented so they match nothing in the seeds.
 *
 * - The Siege of Zzyzxville (ATTACK, in Zzyzxville): article A dates it 2001-02-03, article B 2001-02-05 (a
 *   DATE contradiction); A names Qwertania its agent, B names Qwertania its target (an AGENT contradiction).
 * - The Flood of Zzyzxville (OTHER): reported by A and B (two articles, unknown outlets) with agreeing dates
 *   '2001-03' and '2001-03-09'.
 * - The Parade of Zzyzxville: reported by A only.
 * - Qwertania's Ministry of Drums is part of Qwertania.
 * - Claims: the Ministry of Drums (for Qwertania) credits the Blorf Brigade with the siege (reported by A and B);
 *   the Blorf Brigade denies taking part (reported by B).
 */
import type { Driver } from 'neo4j-driver';

const EVIDENCE = `{sentenceIndex: 0, sentence: 'A sentence.', sentenceStart: 0, sentenceEnd: 11, start: 2, end: 10,
  confidence: 0.9, extractor: 'test', extractorVersion: '0.0.0'}`;

const CREATE = `
MERGE (a:Article {id: 'test-api-a'})
  SET a += {title: 'Zzyzxville besieged', text: 'A sentence.', contentHash: 'x', sourceFile: 'test/a.txt',
            wordCount: 2, ingestedAt: '2001-01-01T00:00:00Z', extractorVersion: '0.0.0', publishedAt: '2001-02-04'}
MERGE (b:Article {id: 'test-api-b'})
  SET b += {title: 'Zzyzxville news', text: 'A sentence.', contentHash: 'y', sourceFile: 'test/b.txt',
            wordCount: 2, ingestedAt: '2001-01-01T00:00:00Z', extractorVersion: '0.0.0', publishedAt: '2001-02-06'}
MERGE (place:Place {id: 'test-api-zzyzxville'})
  SET place += {name: 'Zzyzxville', type: 'CITY', aliases: ['Zzyzx'], aliasText: 'Zzyzx', confidence: 0.9,
                extractor: 'test', extractorVersion: '0.0.0'}
MERGE (q:Actor {id: 'test-api-qwertania'})
  SET q += {name: 'Qwertania', type: 'STATE', aliases: ['Qwertanian'], aliasText: 'Qwertanian', titles: [],
            confidence: 0.9, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (drums:Actor {id: 'test-api-drums'})
  SET drums += {name: 'Qwertanian Ministry of Drums', type: 'GOVERNMENT_BODY', aliases: [], aliasText: '',
                titles: [], confidence: 0.9, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (blorf:Actor {id: 'test-api-blorf'})
  SET blorf += {name: 'Blorf Brigade', type: 'ARMED_GROUP', aliases: ['Blorfs'], aliasText: 'Blorfs', titles: [],
                confidence: 0.9, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (drums)-[:PART_OF {articleIds: ['test-api-a']}]->(q)
MERGE (siege:Event {id: 'test-api-siege'})
  SET siege += {type: 'ATTACK', label: 'Siege of Zzyzxville', searchText: 'Siege of Zzyzxville besieged Qwertania',
                confidence: 0.8, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (flood:Event {id: 'test-api-flood'})
  SET flood += {type: 'OTHER', label: 'Flood of Zzyzxville', searchText: 'Flood of Zzyzxville flooded',
                date: '2001-03-09', datePrecision: 'DAY', confidence: 0.8, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (parade:Event {id: 'test-api-parade'})
  SET parade += {type: 'OTHER', label: 'Parade of Zzyzxville', searchText: 'Parade of Zzyzxville marched',
                 date: '2000-12-31', datePrecision: 'DAY', confidence: 0.8, extractor: 'test', extractorVersion: '0.0.0'}
MERGE (siege)-[:OCCURRED_IN {articleIds: ['test-api-a']}]->(place)
MERGE (flood)-[:OCCURRED_IN {articleIds: ['test-api-a']}]->(place)
MERGE (parade)-[:OCCURRED_IN {articleIds: ['test-api-a']}]->(place)
MERGE (siege)-[r1:REPORTED_BY {articleId: 'test-api-a', start: 2}]->(a)
  SET r1 += ${EVIDENCE}, r1 += {date: '2001-02-03', datePrecision: 'DAY', dateText: 'on 3 February', trigger: 'besieged'}
MERGE (siege)-[r2:REPORTED_BY {articleId: 'test-api-b', start: 2}]->(b)
  SET r2 += ${EVIDENCE}, r2 += {date: '2001-02-05', datePrecision: 'DAY', dateText: 'on 5 February', trigger: 'siege'}
MERGE (flood)-[r3:REPORTED_BY {articleId: 'test-api-a', start: 2}]->(a)
  SET r3 += ${EVIDENCE}, r3 += {date: '2001-03', datePrecision: 'MONTH', trigger: 'flooded'}
MERGE (flood)-[r4:REPORTED_BY {articleId: 'test-api-b', start: 2}]->(b)
  SET r4 += ${EVIDENCE}, r4 += {date: '2001-03-09', datePrecision: 'DAY', trigger: 'flood'}
MERGE (parade)-[r5:REPORTED_BY {articleId: 'test-api-a', start: 2}]->(a)
  SET r5 += ${EVIDENCE}, r5 += {trigger: 'marched'}
MERGE (q)-[p1:PARTICIPATED_IN {role: 'AGENT', articleId: 'test-api-a'}]->(siege) SET p1 += ${EVIDENCE}
MERGE (q)-[p2:PARTICIPATED_IN {role: 'TARGET', articleId: 'test-api-b'}]->(siege) SET p2 += ${EVIDENCE}
MERGE (blorf)-[p3:PARTICIPATED_IN {role: 'SUPPORTER', articleId: 'test-api-a'}]->(siege) SET p3 += ${EVIDENCE}
MERGE (credit:Claim {id: 'test-api-credit'})
  SET credit += {kind: 'CREDIT', text: 'The Blorf Brigade won the siege for us', direct: true, confidence: 0.8,
                 extractor: 'test', extractorVersion: '0.0.0'}
MERGE (credit)-[:CLAIMED_BY {articleIds: ['test-api-a']}]->(drums)
MERGE (credit)-[:CREDITS {articleIds: ['test-api-a']}]->(blorf)
MERGE (credit)-[:ABOUT {articleIds: ['test-api-a']}]->(siege)
MERGE (credit)-[c1:REPORTED_BY {articleId: 'test-api-a'}]->(a) SET c1 += ${EVIDENCE}
MERGE (credit)-[c2:REPORTED_BY {articleId: 'test-api-b'}]->(b) SET c2 += ${EVIDENCE}
MERGE (denial:Claim {id: 'test-api-denial'})
  SET denial += {kind: 'DENIAL', text: 'We never went near Zzyzxville', direct: true, confidence: 0.8,
                 extractor: 'test', extractorVersion: '0.0.0'}
MERGE (denial)-[:CLAIMED_BY {articleIds: ['test-api-b']}]->(blorf)
MERGE (denial)-[:ABOUT {articleIds: ['test-api-b']}]->(siege)
MERGE (denial)-[c3:REPORTED_BY {articleId: 'test-api-b'}]->(b) SET c3 += ${EVIDENCE}
`;

/** Writes the fixture (idempotent). */
export async function createFixture(driver: Driver): Promise<void> {
  await driver.executeQuery(CREATE);
}

/** Removes every fixture node and its relationships. */
export async function removeFixture(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'test-api-' DETACH DELETE n");
}
