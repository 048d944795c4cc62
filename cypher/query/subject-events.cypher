// The events an actor took part in (itself or a body that is part of it), or that happened in a place
// (or in a place inside it).
//
// Params:
//   $subjectIds  actor or place ids, as query/match-entities.cypher returns them (:param subjectIds => ['place-…'])
//   $limit       the most events to return (:param limit => 200)
CALL () {
  MATCH (subject:Actor)
    WHERE subject.id IN $subjectIds
  MATCH (actor:Actor)-[:PART_OF*0..2]->(subject)
  MATCH (actor)-[:PARTICIPATED_IN]->(event:Event)
  RETURN event
  UNION
  MATCH (subject:Place)
    WHERE subject.id IN $subjectIds
  MATCH (event:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..2]->(subject)
  RETURN event
}
WITH DISTINCT event
RETURN event.id AS id, event.label AS label, event.date AS date
  ORDER BY date IS NULL, date, id
  LIMIT $limit
