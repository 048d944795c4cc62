// Raw write limit for `npm run bench`: Article nodes.
// The least Cypher that writes what cypher/load/upsert-articles.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
