// The nodes around one node, breadth first, and the edges between them, for drawing; hubs are capped inside
// the query, before anything is collected.
//
// Params:
//   $id        the id of any Article, Outlet, Actor, Place, Event or Claim (:param id => 'place-…')
//   $depth     how many hops, 1..3 (:param depth => 1)
//   $maxNodes  the most nodes to return, nearest first (:param maxNodes => 150)
//   $perNode   from each node, keep only its most-weighted neighbours (:param perNode => 25)
//   $edgeScan  from each node, read at most this many edges when choosing them (:param edgeScan => 100)
// A neighbour's weight is the number of edges between the two (one MENTIONED_IN per mention): from a node with
// thousands of edges, at most $edgeScan are read and the $perNode heaviest neighbours among them are kept, so
// the work per node is bounded whatever the size of the graph. Parallel edges of the same type and role are
// drawn as one, with a weight. Edges between nodes that are not parent and child in the search are found by
// reading the outgoing edges of each node drawn that has at most $perNode of them (a hub's are drawn where the
// search followed them). No row when the id is unknown.
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
  MATCH (start)-[r]-(next)
  WITH r, next
    LIMIT $edgeScan
  WITH next, startNode(r) = start AS out, type(r) AS type, r.role AS role, count(r) AS n, min(elementId(r)) AS rid
  WITH next, sum(n) AS weight, collect({id: rid, out: out, type: type, role: role, weight: n}) AS links
    ORDER BY weight DESC, next.id
    LIMIT $perNode
  WITH next, [l IN links | {id: l.id, source: CASE WHEN l.out THEN start.id ELSE next.id END,
    target: CASE WHEN l.out THEN next.id ELSE start.id END, type: l.type, role: l.role, weight: l.weight}] AS found
  RETURN collect(next) AS level1, reduce(edges = [], f IN collect(found) | edges + f) AS edges1
}
WITH start, [start] + level1[..$maxNodes - 1] AS seen, level1[..$maxNodes - 1] AS frontier, edges1 AS edges,
  size(level1) >= $maxNodes OR size(level1) >= $perNode AS truncated
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS from
  CALL (from) {
    MATCH (from)-[r]-(next)
    WITH r, next
      LIMIT $edgeScan
    WITH next, startNode(r) = from AS out, type(r) AS type, r.role AS role, count(r) AS n, min(elementId(r)) AS rid
    WITH next, sum(n) AS weight, collect({id: rid, out: out, type: type, role: role, weight: n}) AS links
      ORDER BY weight DESC, next.id
      LIMIT $perNode
    RETURN next, [l IN links | {id: l.id, source: CASE WHEN l.out THEN from.id ELSE next.id END,
      target: CASE WHEN l.out THEN next.id ELSE from.id END, type: l.type, role: l.role, weight: l.weight}] AS found
  }
  WITH collect(DISTINCT next) AS reached, collect(found) AS founds
  RETURN [n IN reached WHERE NOT n IN seen] AS level2, reduce(edges = [], f IN founds | edges + f) AS edges2
}
WITH
  seen + level2[..$maxNodes - size(seen)] AS seen,
  level2[..$maxNodes - size(seen)] AS frontier,
  edges + edges2 AS edges,
  truncated OR size(seen) + size(level2) > $maxNodes AS truncated
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS from
  CALL (from) {
    MATCH (from)-[r]-(next)
    WITH r, next
      LIMIT $edgeScan
    WITH next, startNode(r) = from AS out, type(r) AS type, r.role AS role, count(r) AS n, min(elementId(r)) AS rid
    WITH next, sum(n) AS weight, collect({id: rid, out: out, type: type, role: role, weight: n}) AS links
      ORDER BY weight DESC, next.id
      LIMIT $perNode
    RETURN next, [l IN links | {id: l.id, source: CASE WHEN l.out THEN from.id ELSE next.id END,
      target: CASE WHEN l.out THEN next.id ELSE from.id END, type: l.type, role: l.role, weight: l.weight}] AS found
  }
  WITH collect(DISTINCT next) AS reached, collect(found) AS founds
  RETURN [n IN reached WHERE NOT n IN seen] AS level3, reduce(edges = [], f IN founds | edges + f) AS edges3
}
WITH
  seen + level3[..$maxNodes - size(seen)] AS nodes,
  edges + edges3 AS edges,
  truncated OR size(seen) + size(level3) > $maxNodes AS truncated
CALL (nodes) {
  UNWIND nodes AS from
  WITH from, nodes
    WHERE COUNT { (from)-->() } <= $perNode
  CALL (from, nodes) {
    MATCH (from)-[edge]->(to)
      WHERE to IN nodes
    RETURN from.id AS source, to.id AS target, type(edge) AS type, edge.role AS role, count(edge) AS weight,
      min(elementId(edge)) AS rid
  }
  RETURN collect({id: rid, source: source, target: target, type: type, role: role, weight: weight}) AS siblings
}
WITH nodes, truncated, [n IN nodes | n.id] AS ids, edges + siblings AS found
CALL (found, ids) {
  UNWIND found AS e
  WITH e
    WHERE e.source IN ids AND e.target IN ids
  WITH e.source AS source, e.target AS target, e.type AS type, e.role AS role, max(e.weight) AS weight, min(e.id) AS id
  RETURN collect({id: id, source: source, target: target, type: type, role: role, weight: weight}) AS edges
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
