// Removes everything these articles contributed (edges, and nodes nothing else supports),
// so a changed article is written afresh instead of leaving stale facts behind.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)<-[:MENTIONED_IN|REPORTED_BY]-(n)
WITH a, articleId, collect(DISTINCT n) AS touched
CALL (a) {
  MATCH (a)<-[r:MENTIONED_IN|REPORTED_BY]-()
  DELETE r
}
CALL (a) {
  MATCH (a)-[r:PUBLISHED_BY]->()
  DELETE r
}
CALL (a) {
  REMOVE a.pendingLinks, a.linksPending
}
CALL (touched, articleId) {
  UNWIND touched AS n
  MATCH (n)-[r]-()
  WHERE r.articleId = articleId OR articleId IN coalesce(r.articleIds, [])
  WITH DISTINCT r, articleId
  SET r.articleIds = [x IN coalesce(r.articleIds, []) WHERE x <> articleId]
  WITH r
  WHERE r.articleId IS NOT NULL OR size(r.articleIds) = 0
  DELETE r
}
CALL (touched) {
  UNWIND touched AS n
  WITH n
  WHERE NOT (n)-[:MENTIONED_IN|REPORTED_BY]->(:Article)
  DETACH DELETE n
}
RETURN count(a) AS cleared
