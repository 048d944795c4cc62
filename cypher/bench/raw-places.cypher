// Raw write limit for `npm run bench`: Place nodes.
// The least Cypher that writes what cypher/load/upsert-places.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
SET n += row
