// The events already in the graph, with what identifies them, so an ingest run joins new reports to
// them as if every earlier article had been read in the same run (src/pipeline/load/read-event-memory.ts).
// By id, so that every run primes the same memory; a tie between equally reported events goes to the first.
//
// Params: none
MATCH (e:Event)
  WHERE e.identityFamily IS NOT NULL
RETURN
  e.id AS id,
  e.identityFamily AS family,
  e.identityPlaceId AS placeId,
  CASE e.identitySide WHEN '(none)' THEN '' ELSE e.identitySide END AS side,
  coalesce(e.identitySufferers, []) AS sufferers,
  coalesce(e.identitySides, []) AS sides,
  coalesce(e.identityAllies, []) AS allies,
  coalesce(e.identityMonths, []) AS months,
  e.type AS type,
  coalesce(e.reportCount, 1) AS reports
  ORDER BY e.id
