// Raw write limit for `npm run bench`: Event nodes.
// The least Cypher that writes what cypher/load/upsert-events.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n += row
