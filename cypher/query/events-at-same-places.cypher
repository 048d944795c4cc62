// The events that happened where the given events happened (the same place), for widening a question
// such as "Palmyra offensive" from the offensive itself to the campaign around that place.
//
// Params:
//   $eventIds  event ids (:param eventIds => ['evt_…'])
// At most 25 events, the given ones first.
UNWIND $eventIds AS id
MATCH (:Event {id: id})-[:OCCURRED_IN]->(p:Place)<-[:OCCURRED_IN]-(e:Event)
WITH DISTINCT e
RETURN e.id AS id
  ORDER BY CASE WHEN e.id IN $eventIds THEN 0 ELSE 1 END, id
  LIMIT 25
