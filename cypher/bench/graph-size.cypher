// How big the graph is: every count here comes from Neo4j's count store, so it is instant at any size.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Outlet) RETURN count(n) AS outlets }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
RETURN
  nodes,
  relationships,
  {Article: articles, Outlet: outlets, Actor: actors, Place: places, Event: events, Claim: claims} AS byLabel
