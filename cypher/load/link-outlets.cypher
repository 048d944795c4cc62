// (Article)-[:PUBLISHED_BY]->(Outlet): the outlet is a node of its own, shared by its articles.
UNWIND $rows AS row
WITH row
WHERE row.outletId IS NOT NULL
MATCH (a:Article {id: row.id})
MERGE (o:Outlet {id: row.outletId})
ON CREATE SET o.name = row.outlet
MERGE (a)-[:PUBLISHED_BY]->(o)
