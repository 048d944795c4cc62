// Raw write limit for `npm run bench`: Claim-[:CREDITS]->Actor, one edge per pair.
// The least Cypher that writes what cypher/load/link-credits.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Claim {id: row.claimId})
MATCH (b:Actor {id: row.targetId})
MERGE (a)-[r:CREDITS]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
