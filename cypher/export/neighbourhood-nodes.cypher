// The nodes within $depth hops of the node with id $id (capped at $limit), for export.
MATCH (start {id: $id})
CALL apoc.path.subgraphNodes(start, {maxLevel: $depth, limit: $limit}) YIELD node
WITH node AS n
WHERE n.id IS NOT NULL
RETURN n.id AS id, labels(n)[0] AS label, apoc.map.removeKey(properties(n), 'text') AS properties
ORDER BY id
