// (Place)-[:LOCATED_IN]->(Place): a city in its country. articleIds lists the articles that support it.
// When the country is not in the graph yet, the link waits on the article (pendingLinks) and
// load/complete-links makes it at the end of the run (see link-part-of).
UNWIND $rows AS row
MATCH (child:Place {id: row.from})
OPTIONAL MATCH (parent:Place {id: row.to})
CALL (row, child, parent) {
  WITH row, child, parent WHERE parent IS NOT NULL
  MERGE (child)-[r:LOCATED_IN]->(parent)
  SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                          ELSE coalesce(r.articleIds, []) + row.articleId END
}
CALL (row, parent) {
  WITH row, parent WHERE parent IS NULL
  MATCH (a:Article {id: row.articleId})
  WITH a, 'LOCATED_IN ' + row.from + ' ' + row.to AS link
  SET a.pendingLinks = CASE WHEN link IN coalesce(a.pendingLinks, []) THEN a.pendingLinks
                            ELSE coalesce(a.pendingLinks, []) + link END,
      a.linksPending = true
}
