// Makes the PART_OF and LOCATED_IN links that waited for their state or country (pendingLinks, set by
// link-part-of and link-located-in) now that it is in the graph, and drops them from the wait list.
// Run at the end of every ingest and every shard: the last to finish sees every article, so the links
// are those one run over all the articles makes, whatever the order and the machines. Articles are
// taken in id order, so two runs finishing at once lock them in the same order.
MATCH (a:Article)
WHERE a.linksPending = true
WITH a ORDER BY a.id
SET a.linksPending = true
WITH a
UNWIND a.pendingLinks AS link
WITH a, link, split(link, ' ') AS part
CALL (a, link, part) {
  WITH a, link, part WHERE part[0] = 'PART_OF'
  MATCH (child:Actor {id: part[1]})
  MATCH (parent:Actor {id: part[2]})
  MERGE (child)-[r:PART_OF]->(parent)
  SET r.articleIds = CASE WHEN a.id IN coalesce(r.articleIds, []) THEN r.articleIds
                          ELSE coalesce(r.articleIds, []) + a.id END
  RETURN link AS done
  UNION
  WITH a, link, part WHERE part[0] = 'LOCATED_IN'
  MATCH (child:Place {id: part[1]})
  MATCH (parent:Place {id: part[2]})
  MERGE (child)-[r:LOCATED_IN]->(parent)
  SET r.articleIds = CASE WHEN a.id IN coalesce(r.articleIds, []) THEN r.articleIds
                          ELSE coalesce(r.articleIds, []) + a.id END
  RETURN link AS done
}
WITH a, collect(done) AS made
WITH a, made, [x IN a.pendingLinks WHERE NOT x IN made] AS left
SET a.pendingLinks = CASE WHEN size(left) = 0 THEN null ELSE left END,
    a.linksPending = CASE WHEN size(left) = 0 THEN null ELSE true END
RETURN sum(size(made)) AS made
