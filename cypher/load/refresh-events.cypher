// Derives each event's date and search text from what its reports say: the date most articles give
// (ties go to the more precise one), and the words of its label, triggers, place and participants.
// The event keeps the basis of the date it took and how many articles give that date; an article that
// gives no date of its own reads the event's date from the others (dateBasis 'other-reports' for it).
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_BY]->(:Article)
  WHERE r.date IS NOT NULL
  WITH r.date AS date, r.datePrecision AS precision, collect(r.dateBasis)[0] AS basis, count(*) AS votes,
       collect(DISTINCT r.articleId) AS articles
  ORDER BY votes DESC, size(date) DESC, date
  RETURN collect({date: date, precision: precision, basis: basis, articles: articles})[0] AS best
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_BY]->(:Article)
  RETURN count(DISTINCT r.articleId) AS reporting
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
    e.dateBasis = best.basis,
    e.datedBy = CASE WHEN best.date IS NULL THEN 0 ELSE size(best.articles) END,
    e.reportCount = reporting,
    e.searchText = reduce(s = e.type, w IN words | s + ' ' + w)
