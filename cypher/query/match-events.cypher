// The events named by some words ("recapture of Palmyra", "Palmyra offensive"), best first.
//
// Params:
//   $query  a full-text query over the event_text index made only of lower-cased letter/digit words, as
//           src/serve/question/search-words.ts builds it (:param query => 'recapture recapture* palmyra palmyra*')
//   $words  the words as a list, for a substring match when the full-text index finds nothing
//           (:param words => ['recapture', 'palmyra'])
//   $minScoreRatio  keep the events scoring at least this share of the best score, 0..1
//           (:param minScoreRatio => 0.5; 0 keeps every hit)
// At most 10 events.
CALL db.index.fulltext.queryNodes('event_text', $query, {limit: 25}) YIELD node, score
WITH collect({event: node, score: score}) AS hits
WITH
  CASE
    WHEN size(hits) > 0 THEN hits
    ELSE
      COLLECT {
        MATCH (e:Event)
        WHERE
          size($words) > 0 AND
          all(w IN $words WHERE toLower(coalesce(e.label, '') + ' ' + coalesce(e.searchText, '')) CONTAINS w)
        RETURN {event: e, score: 1.0}
      }
  END AS hits
WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
UNWIND hits AS hit
WITH hit.event AS event, hit.score AS score
  WHERE score >= top * $minScoreRatio
RETURN event.id AS id, event.label AS label, score
  ORDER BY score DESC, id
  LIMIT 10
