// (Actor)-[:PART_OF]->(Actor): a ministry to its state. articleIds lists the articles that support it.
// When the state is not in the graph yet (another article, perhaps on another machine, brings it), the
// link waits on the article (pendingLinks) and load/complete-links makes it at the end of the run, so the
// graph does not depend on which article was written first.
UNWIND $rows AS row
MATCH (child:Actor {id: row.from})
OPTIONAL MATCH (parent:Actor {id: row.to})
CALL (row, child, parent) {
  WITH row, child, parent WHERE parent IS NOT NULL
  MERGE (child)-[r:PART_OF]->(parent)
  SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                          ELSE coalesce(r.articleIds, []) + row.articleId END
}
CALL (row, parent) {
  WITH row, parent WHERE parent IS NULL
  MATCH (a:Article {id: row.articleId})
  WITH a, 'PART_OF ' + row.from + ' ' + row.to AS link
  SET a.pendingLinks = CASE WHEN link IN coalesce(a.pendingLinks, []) THEN a.pendingLinks
                            ELSE coalesce(a.pendingLinks, []) + link END,
      a.linksPending = true
}
