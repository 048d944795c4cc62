// Raw write limit for `npm run bench`: Actor nodes.
// The least Cypher that writes what cypher/load/upsert-actors.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
SET n += row
