// The military events that happened where the given military events happened, for widening a question
// such as "Palmyra offensive" from the offensive itself to the campaign around that place (its capture,
// recapture, airstrikes). Events of other kinds (a flood, a ceasefire) are neither widened from nor to.
//
// Params:
//   $eventIds  event ids (:param eventIds => ['evt_…'])
// At most 25 events, the given ones first.
WITH ['CAPTURE', 'RECAPTURE', 'OFFENSIVE', 'AIRSTRIKE', 'ATTACK', 'WITHDRAWAL'] AS campaign
UNWIND $eventIds AS id
MATCH (given:Event {id: id})-[:OCCURRED_IN]->(p:Place)<-[:OCCURRED_IN]-(e:Event)
  WHERE given.type IN campaign AND e.type IN campaign
WITH DISTINCT e
RETURN e.id AS id
  ORDER BY CASE WHEN e.id IN $eventIds THEN 0 ELSE 1 END, id
  LIMIT 25
