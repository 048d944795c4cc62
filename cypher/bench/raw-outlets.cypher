// Raw write limit for `npm run bench`: Outlet nodes and PUBLISHED_BY.
// The least Cypher that writes what cypher/load/link-outlets.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
WITH row
WHERE row.outletId IS NOT NULL
MATCH (a:Article {id: row.id})
MERGE (o:Outlet {id: row.outletId})
CREATE (a)-[:PUBLISHED_BY]->(o)
