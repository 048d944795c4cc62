// Raw write limit for `npm run bench`: Actor-[:PART_OF]->Actor, one edge per pair.
// The least Cypher that writes what cypher/load/link-part-of.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
