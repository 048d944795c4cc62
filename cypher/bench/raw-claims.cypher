// Raw write limit for `npm run bench`: Claim nodes.
// The least Cypher that writes what cypher/load/upsert-claims.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MERGE (n:Claim {id: row.id})
SET n += row
