// What each article says identifies an event, kept on the node for the event memory of later ingest
// runs (cypher/load/read-event-memory.cypher, src/pipeline/extract/events/event-memory.ts): the family,
// place, side and sufferers (of several reports, the first in string order, so that articles written in
// any order, or by shards at the same time, leave the same node), and every acting side, backer and
// month any report named, sorted.
//
// Params:
//   $rows  [{id, family, placeId, side, sufferers, allies, months}]
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
// Lock the node before reading what other articles wrote, so that two runs writing it at once never
// lose each other's values (the write lock is held to the end of the transaction).
SET e._lock = true
REMOVE e._lock
WITH e, row,
     CASE WHEN row.side = '?' OR row.side = '' OR row.side STARTS WITH 'against:' THEN [] ELSE [row.side] END AS acted,
     // An empty side is stored as '(none)': an empty string does not survive a CSV round trip (neo4j-admin
     // import reads it as no value); load/read-event-memory turns it back.
     CASE row.side WHEN '' THEN '(none)' ELSE row.side END AS side,
     reduce(s = '', x IN row.sufferers | s + '|' + x) AS suffererKey
SET e.identityFamily = CASE WHEN e.identityFamily IS NULL OR row.family < e.identityFamily THEN row.family ELSE e.identityFamily END,
    e.identityPlaceId = CASE WHEN e.identityPlaceId IS NULL OR row.placeId < e.identityPlaceId THEN row.placeId ELSE e.identityPlaceId END,
    e.identitySide = CASE WHEN e.identitySide IS NULL OR side < e.identitySide THEN side ELSE e.identitySide END,
    e.identitySufferers = CASE
      WHEN e.identitySufferers IS NULL OR suffererKey < reduce(s = '', x IN e.identitySufferers | s + '|' + x)
      THEN row.sufferers ELSE e.identitySufferers END,
    e.identitySides = COLLECT { UNWIND coalesce(e.identitySides, []) + acted AS x RETURN DISTINCT x ORDER BY x },
    e.identityAllies = COLLECT { UNWIND coalesce(e.identityAllies, []) + row.allies AS x RETURN DISTINCT x ORDER BY x },
    e.identityMonths = COLLECT { UNWIND coalesce(e.identityMonths, []) + row.months AS x RETURN DISTINCT x ORDER BY x }
