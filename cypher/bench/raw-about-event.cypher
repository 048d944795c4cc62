// Raw write limit for `npm run bench`: Claim-[:ABOUT]->Event, one edge per pair.
// The least Cypher that writes what cypher/load/link-about-event.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Claim {id: row.claimId})
MATCH (b:Event {id: row.targetId})
MERGE (a)-[r:ABOUT]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
