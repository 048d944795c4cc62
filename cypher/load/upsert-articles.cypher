// One node per article, keyed by its content-derived id; the outlet becomes its own node.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
WITH a, row
WHERE row.outletId IS NOT NULL
MERGE (o:Outlet {id: row.outletId})
ON CREATE SET o.name = row.outlet
MERGE (a)-[:PUBLISHED_BY]->(o)
