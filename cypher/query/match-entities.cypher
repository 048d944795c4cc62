// The actors and places named by some words ("Assad", "Syrian army", "Palmyra"), best first.
//
// Params:
//   $asked   the input's words (src/serve/question/search-words.ts):
//            query  a full-text query over the entity_names index made only of lower-cased letter/digit words
//            name   the whole input, lower-cased, for an exact name or alias match
//            words  the words as a list, for a substring match when the full-text index finds nothing
//            (:param asked => {query: 'assad assad*', name: 'assad', words: ['assad']})
//            In one map, as in every question query: Neo4j keys a plan by its parameters' types, which for
//            a string or list include its length class and element type, so each length of question would be
//            planned anew; a map is one type whatever it holds.
//   $labels  which kinds to keep: ['Actor'], ['Place'] or ['Actor', 'Place']
// An exact name or alias match wins; otherwise the hits scoring at least three quarters of the best (at most 5).
CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: 50}) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
WITH collect({node: node, score: score}) AS hits
WITH
  CASE
    WHEN size(hits) > 0 THEN hits
    ELSE
      COLLECT {
        MATCH (n:Actor|Place)
        WHERE
          any(label IN labels(n) WHERE label IN $labels) AND
          size($asked.words) > 0 AND
          all(w IN $asked.words WHERE toLower(coalesce(n.name, '') + ' ' + coalesce(n.aliasText, '')) CONTAINS w)
        RETURN {node: n, score: 1.0}
      }
  END AS hits
WITH
  hits,
  [h IN hits
    WHERE
      toLower(h.node.name) = $asked.name OR
      $asked.name IN [alias IN coalesce(h.node.aliases, []) | toLower(alias)]] AS exact
WITH CASE WHEN size(exact) > 0 THEN exact ELSE hits END AS hits
WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
UNWIND hits AS hit
WITH hit.node AS node, hit.score AS score
  WHERE score >= top * 0.75
RETURN node.id AS id, [label IN labels(node) WHERE label IN ['Actor', 'Place']][0] AS kind, node.name AS name, score
  ORDER BY score DESC, id
  LIMIT 5
