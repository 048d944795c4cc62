// Every relationship between knowledge-graph nodes, for export.
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
ORDER BY source, type, target, id
