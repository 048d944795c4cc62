// Events in date order, each with its date and precision, place, participants with their roles, the date
// each article gives, and the reporting articles.
//
// Params:
//   $eventIds  event ids, as query/subject-events.cypher returns them (:param eventIds => ['event-…'])
// The date is the event's normalised date, else the earliest date an article gives; undated events come last.
MATCH (event:Event)
  WHERE event.id IN $eventIds
CALL (event) {
  OPTIONAL MATCH (event)-[:OCCURRED_IN]->(place:Place)
  WITH DISTINCT place
    ORDER BY place.name
  RETURN collect(properties(place)) AS places
}
CALL (event) {
  OPTIONAL MATCH (actor:Actor)-[participation:PARTICIPATED_IN]->(event)
  WITH actor, collect(DISTINCT participation.role) AS roles
    WHERE actor IS NOT NULL
    ORDER BY actor.name
  RETURN collect({actor: properties(actor), roles: roles}) AS participants
}
CALL (event) {
  OPTIONAL MATCH (event)-[report:REPORTED_BY]->(article:Article)
  WITH article, report
    ORDER BY article.publishedAt, article.id
  RETURN
    collect(DISTINCT properties(article)) AS sources,
    [r IN collect({
        date: report.date,
        datePrecision: report.datePrecision,
        dateText: report.dateText,
        article: properties(article)
      })
      WHERE r.date IS NOT NULL OR r.dateText IS NOT NULL] AS reportedDates
}
WITH
  event,
  places,
  participants,
  sources,
  reportedDates,
  [r IN reportedDates WHERE r.date IS NOT NULL | r] AS dated
WITH
  event,
  places,
  participants,
  sources,
  reportedDates,
  reduce(first = null, r IN dated | CASE WHEN first IS NULL OR r.date < first.date THEN r ELSE first END) AS earliest
WITH
  event,
  places,
  participants,
  sources,
  reportedDates,
  coalesce(event.date, earliest.date) AS date,
  CASE WHEN event.date IS NOT NULL THEN event.datePrecision ELSE earliest.datePrecision END AS datePrecision
RETURN
  properties(event) AS event,
  date,
  datePrecision,
  places[0] AS place,
  places,
  participants,
  reportedDates,
  sources
  ORDER BY date IS NULL, date, event.label, event.id
