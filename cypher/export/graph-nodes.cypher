// Every node of the knowledge graph for export, with each property's Neo4j type. Article bodies are left
// out (too large for desktop tools); claim text and every other property are kept.
MATCH (n)
WHERE n:Article OR n:Outlet OR n:Actor OR n:Place OR n:Event OR n:Claim
WITH n, CASE WHEN n:Article THEN apoc.map.removeKey(properties(n), 'text') ELSE properties(n) END AS properties
RETURN n.id AS id, labels(n)[0] AS label, properties,
       apoc.map.fromPairs([key IN keys(properties) | [key, valueType(properties[key])]]) AS types
ORDER BY id
