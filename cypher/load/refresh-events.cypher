// Derives each event's date and search text from what its reports say: the date most articles give
// (ties go to the more precise one), and the words of its label, triggers, place and participants.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_BY]->(:Article)
  WHERE r.date IS NOT NULL
  WITH r.date AS date, r.datePrecision AS precision, count(*) AS votes
  ORDER BY votes DESC, size(date) DESC, date
  RETURN collect({date: date, precision: precision})[0] AS best
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_BY]->(:Article)
  WITH collect(DISTINCT r.trigger) AS triggers
  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
  WITH triggers, collect(DISTINCT p.name) AS places
  OPTIONAL MATCH (x:Actor)-[:PARTICIPATED_IN]->(e)
  WITH triggers, places, collect(DISTINCT x.name) AS actors
  RETURN triggers + places + actors AS words
}
SET e.date = best.date,
    e.datePrecision = best.precision,
    e.searchText = reduce(s = e.type, w IN words | s + ' ' + w)
