// What each article says identifies an event, kept on the node for the event memory of later ingest
// runs (cypher/load/read-event-memory.cypher, src/pipeline/extract/events/event-memory.ts): the first
// report's family, place, side and sufferers; every acting side, backer and month any report named.
//
// Params:
//   $rows  [{id, family, placeId, side, sufferers, allies, months}]
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
WITH e, row,
     CASE WHEN row.side = '?' OR row.side = '' OR row.side STARTS WITH 'against:' THEN [] ELSE [row.side] END AS acted
SET e.identityFamily = coalesce(e.identityFamily, row.family),
    e.identityPlaceId = coalesce(e.identityPlaceId, row.placeId),
    e.identitySide = coalesce(e.identitySide, row.side),
    e.identitySufferers = coalesce(e.identitySufferers, row.sufferers),
    e.identitySides = coalesce(e.identitySides, []) +
      [s IN acted WHERE NOT s IN coalesce(e.identitySides, [])],
    e.identityAllies = coalesce(e.identityAllies, []) +
      [a IN row.allies WHERE NOT a IN coalesce(e.identityAllies, [])],
    e.identityMonths = coalesce(e.identityMonths, []) +
      [m IN row.months WHERE NOT m IN coalesce(e.identityMonths, [])]
