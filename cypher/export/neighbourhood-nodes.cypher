// The nodes within $depth hops of the node with id $id (capped at $limit), for export, with each
// property's Neo4j type. Article bodies are left out; claim text is kept.
MATCH (start {id: $id})
CALL apoc.path.subgraphNodes(start, {maxLevel: $depth, limit: $limit}) YIELD node
WITH node AS n
WHERE n.id IS NOT NULL
WITH n, CASE WHEN n:Article THEN apoc.map.removeKey(properties(n), 'text') ELSE properties(n) END AS properties
RETURN n.id AS id, labels(n)[0] AS label, properties,
       apoc.map.fromPairs([key IN keys(properties) | [key, valueType(properties[key])]]) AS types
ORDER BY id
