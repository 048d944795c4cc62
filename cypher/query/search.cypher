// Full-text search across actors and places (entity_names), events (event_text), claims (claim_text) and
// article titles (article_text), ranked by what the words name, one page of hits, in one query.
//
// Params:
//   $asked   the input's words (src/serve/question/search-words.ts): query, a full-text query made only of
//            lower-cased letter/digit words; name, the whole input, lower-cased, for exact name and alias
//            matches (:param asked => {query: 'palmyra palmyra*', name: 'palmyra'}), in one map as in
//            match-entities.cypher
//   $offset, $limit  the page (:param offset => 0, :param limit => 20)
//   $countCap  the most hits counted per index for the total (:param countCap => 1000)
// Rank: each index's own score (Lucene BM25), raised when the words are the node's name or an alias: by twice
// the best score for a place, by the best score for an actor or event. An actor whose name is a place's name
// (an extractor's guess that "Palmyra" is a person) gets no raise, so the place comes first.
// Only the actors, places and events (the hits of entity_names and event_text) are read for an exact match;
// claims and articles are read only when they are on the page.
// One row: total (counting at most $countCap hits per index) and items.
// Each index is asked once, for up to $countCap hits in score order: all of them count for the total, and
// its best $offset + $limit, with every hit that ties the last of them, are the candidates for the page (so
// which of equally scored hits make the page is decided by the order below, not by the index).
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: $countCap}) YIELD node, score
    WITH collect({node: node, score: score, named: true}) AS found
    WITH found, found[$offset + $limit - 1].score AS cut
    RETURN size(found) AS n, [h IN found WHERE cut IS NULL OR h.score >= cut] AS first
    UNION ALL
    CALL db.index.fulltext.queryNodes('event_text', $asked.query, {limit: $countCap}) YIELD node, score
    WITH collect({node: node, score: score, named: true}) AS found
    WITH found, found[$offset + $limit - 1].score AS cut
    RETURN size(found) AS n, [h IN found WHERE cut IS NULL OR h.score >= cut] AS first
    UNION ALL
    CALL db.index.fulltext.queryNodes('claim_text', $asked.query, {limit: $countCap}) YIELD node, score
    WITH collect({node: node, score: score, named: false}) AS found
    WITH found, found[$offset + $limit - 1].score AS cut
    RETURN size(found) AS n, [h IN found WHERE cut IS NULL OR h.score >= cut] AS first
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_text', $asked.query, {limit: $countCap}) YIELD node, score
    WITH collect({node: node, score: score, named: false}) AS found
    WITH found, found[$offset + $limit - 1].score AS cut
    RETURN size(found) AS n, [h IN found WHERE cut IS NULL OR h.score >= cut] AS first
  }
  WITH sum(n) AS total, collect(first) AS firsts
  RETURN total, reduce(acc = [], f IN firsts | acc + f) AS hits
}
CALL (hits) {
  WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
  UNWIND hits AS hit
  WITH hit.node AS node, hit.score AS score, hit.named AS named, top
  WITH node, score, top,
    CASE
      WHEN NOT named THEN false
      ELSE toLower(coalesce(node.name, node.label, '')) = $asked.name OR
           $asked.name IN [alias IN coalesce(node.aliases, []) | toLower(alias)]
    END AS exact
  WITH node, score, exact,
    score + CASE
      WHEN NOT exact THEN 0.0
      WHEN node:Place THEN 2.0 * top
      WHEN node:Actor AND EXISTS { MATCH (:Place {name: node.name}) } THEN 0.0
      ELSE top
    END AS rank
  // Only the hits ranked at least as high as the page's last rank can be on the page: only their ids are
  // read for the tie-break.
  WITH collect({node: node, exact: exact, rank: rank}) AS ranked
  WITH ranked, COLLECT {
      UNWIND ranked AS r
      WITH r.rank AS rank
        ORDER BY rank DESC
        LIMIT $offset + $limit
      RETURN rank
    } AS best
  WITH ranked, CASE WHEN size(best) = $offset + $limit THEN best[-1] END AS lowest
  UNWIND ranked AS r
  WITH r
    WHERE lowest IS NULL OR r.rank >= lowest
  WITH r.node AS node, r.exact AS exact, r.rank AS rank
    ORDER BY rank DESC, node.id
    SKIP $offset
    LIMIT $limit
  RETURN collect({
    id: node.id,
    kind: [label IN labels(node) WHERE label IN ['Article', 'Actor', 'Place', 'Event', 'Claim']][0],
    caption: coalesce(node.name, node.label, node.title, left(node.text, 160), node.id),
    type: coalesce(node.type, node.kind),
    score: rank,
    exact: exact
  }) AS items
}
RETURN total, items
