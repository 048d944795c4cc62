// Every node of the knowledge graph for export, without the article bodies (too large for desktop tools).
MATCH (n)
WHERE n:Article OR n:Outlet OR n:Actor OR n:Place OR n:Event OR n:Claim
RETURN n.id AS id, labels(n)[0] AS label, apoc.map.removeKey(properties(n), 'text') AS properties
ORDER BY id
