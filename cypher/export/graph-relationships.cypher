// Every relationship between knowledge-graph nodes, for export, with each property's Neo4j type.
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties,
       apoc.map.fromPairs([key IN keys(r) | [key, valueType(r[key])]]) AS types
ORDER BY source, type, target, id
