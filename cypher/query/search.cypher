// Full-text search across actors and places (entity_names), events (event_text), claims (claim_text) and
// article titles (article_text), best first.
//
// Params:
//   $query  a full-text query made only of lower-cased letter/digit words (src/serve/question/search-words.ts
//           builds it; :param query => 'palmyra palmyra*')
//   $limit  the most hits to return, 1..100 (:param limit => 20)
// Scores come from each index separately (Lucene BM25), so they rank well within a kind and roughly across kinds.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
RETURN
  node.id AS id,
  [label IN labels(node) WHERE label IN ['Article', 'Actor', 'Place', 'Event', 'Claim']][0] AS kind,
  coalesce(node.name, node.label, node.title, left(node.text, 160), node.id) AS caption,
  coalesce(node.type, node.kind) AS type,
  score
  ORDER BY score DESC, kind, id
  LIMIT $limit
