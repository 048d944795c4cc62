// Raw write limit for `npm run bench`: Claim-[:RELAYED_BY]->Actor, one edge per pair.
// The least Cypher that writes what cypher/load/link-relayed-by.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Claim {id: row.claimId})
MATCH (b:Actor {id: row.targetId})
MERGE (a)-[r:RELAYED_BY]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
