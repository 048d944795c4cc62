// Raw write limit for `npm run bench`: Place-[:LOCATED_IN]->Place, one edge per pair.
// The least Cypher that writes what cypher/load/link-located-in.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Place {id: row.from})
MATCH (b:Place {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
