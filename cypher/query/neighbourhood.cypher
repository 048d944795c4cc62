// The nodes around one node, breadth first, and the edges between them, for drawing.
//
// Params:
//   $id        the id of any Article, Outlet, Actor, Place, Event or Claim (:param id => 'place-…')
//   $depth     how many hops, 1..3 (:param depth => 1)
//   $maxNodes  the most nodes to return, nearest first (:param maxNodes => 150)
// Parallel edges of the same type and role (one MENTIONED_IN per mention) are drawn as one, with a weight.
// No row when the id is unknown.
CALL () {
  MATCH (node:Article {id: $id})
  RETURN node
  UNION
  MATCH (node:Outlet {id: $id})
  RETURN node
  UNION
  MATCH (node:Actor {id: $id})
  RETURN node
  UNION
  MATCH (node:Place {id: $id})
  RETURN node
  UNION
  MATCH (node:Event {id: $id})
  RETURN node
  UNION
  MATCH (node:Claim {id: $id})
  RETURN node
}
WITH node AS start
  LIMIT 1
CALL (start) {
  MATCH (start)--(next)
  RETURN collect(DISTINCT next) AS level1
}
WITH start, [start] + level1[..$maxNodes - 1] AS seen, level1[..$maxNodes - 1] AS frontier, size(level1) >= $maxNodes AS truncated
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS from
  MATCH (from)--(next)
    WHERE NOT next IN seen
  RETURN collect(DISTINCT next) AS level2
}
WITH
  seen + level2[..$maxNodes - size(seen)] AS seen,
  level2[..$maxNodes - size(seen)] AS frontier,
  truncated OR size(seen) + size(level2) > $maxNodes AS truncated
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS from
  MATCH (from)--(next)
    WHERE NOT next IN seen
  RETURN collect(DISTINCT next) AS level3
}
WITH
  seen + level3[..$maxNodes - size(seen)] AS nodes,
  truncated OR size(seen) + size(level3) > $maxNodes AS truncated
CALL (nodes) {
  UNWIND nodes AS from
  MATCH (from)-[edge]->(to)
    WHERE to IN nodes
  WITH from.id AS source, to.id AS target, type(edge) AS type, edge.role AS role, collect(elementId(edge)) AS ids
  RETURN collect({id: ids[0], source: source, target: target, type: type, role: role, weight: size(ids)}) AS edges
}
RETURN
  [n IN nodes |
    {
      id: n.id,
      kind: [label IN labels(n) WHERE label IN ['Article', 'Outlet', 'Actor', 'Place', 'Event', 'Claim']][0],
      caption: coalesce(n.name, n.label, n.title, left(n.text, 80), n.id),
      type: coalesce(n.type, n.kind)
    }] AS nodes,
  edges,
  truncated
