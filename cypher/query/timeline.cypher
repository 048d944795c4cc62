// The events of the actor or place some words name, in date order, one page of them, in one query: each
// with its date and precision, place, participants with their roles, the date each article gives, and the
// reporting articles.
//
// Params:
//   $asked   the input's words: query, a full-text query over entity_names made only of lower-cased
//            letter/digit words; name, the whole input, lower-cased, for an exact name or alias match
//            (:param asked => {query: 'palmyra palmyra*', name: 'palmyra'}), in one map as in
//            match-entities.cypher
//   $offset, $limit  the page (:param offset => 0, :param limit => 50)
//   $withParticipants, $withSources, $withReportedDates  which lists each item carries; a list not asked for
//            is empty and is not read (:param withParticipants => true …). The date is the same either way.
//   $fields  the properties read of each item's event and places, {event: [...], place: [...]}, each list or
//            null for all of them (:param fields => {event: ['id', 'label'], place: ['id', 'name']}); with a
//            list, an event or place is the list of those properties' values in that order
//            (src/serve/question/timeline.ts makes them maps again). One map rather than two parameters that
//            are a list or null, for the same reason as $asked.
// The subject: an exact name or alias match wins, else the hits scoring at least three quarters of the best
// (at most 5), as in query/match-entities.cypher. Its events: those an actor took part in (itself or a body
// part of it), or that happened in a place (or in a place inside it). The date is the event's normalised date,
// else the earliest date an article gives; undated events come last. An event the loader found no dated report
// for (datedBy = 0, set by load/refresh-events.cypher with its date, which is then null) has none to read, so
// its reports are read for a date only when the event lacks both. One row: the subjects matched, the total,
// and the page.
// Cost: the total and the order need every event of the subject once (its date and label, and for the events
// that can be on the page, their id to break ties); everything else is read for the page's events only.
// The model's own edges are trusted for labels: PARTICIPATED_IN ends at an Event, OCCURRED_IN at a Place.
// Articles come without their body text, which answers rarely show: the API reads Article.text by id when a
// client asks for it (src/serve/question/node-fields.ts).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: 50}) YIELD node, score
    WHERE node:Actor OR node:Place
  WITH collect({node: node, score: score}) AS hits
  WITH hits, [h IN hits WHERE toLower(h.node.name) = $asked.name OR
                              $asked.name IN [alias IN coalesce(h.node.aliases, []) | toLower(alias)]] AS exact
  WITH CASE WHEN size(exact) > 0 THEN exact ELSE hits END AS hits
  WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
  RETURN [h IN hits WHERE h.score >= top * 0.75 | h.node][..5] AS subjects
}
CALL (subjects) {
  UNWIND subjects AS subject
  CALL (subject) {
    MATCH (actor:Actor)-[:PART_OF*0..2]->(subject)
      WHERE subject:Actor
    MATCH (actor)-[:PARTICIPATED_IN]->(event)
    RETURN event
    UNION
    MATCH (event)-[:OCCURRED_IN]->()-[:LOCATED_IN*0..2]->(subject)
      WHERE subject:Place
    RETURN event
  }
  WITH DISTINCT event
  RETURN collect({
    event: event,
    date: CASE
      WHEN event.datedBy = 0 THEN null
      WHEN event.date IS NOT NULL THEN event.date
      ELSE COLLECT { MATCH (event)-[r:REPORTED_BY]->(:Article) WHERE r.date IS NOT NULL RETURN r.date ORDER BY r.date LIMIT 1 }[0]
    END,
    label: event.label
  }) AS keyed
}
// The date and label of the page's last event: only the events that sort up to it can be on the page, so only
// theirs are read for the tie-breaking id.
WITH subjects, keyed, COLLECT {
    UNWIND keyed AS k
    WITH k.date AS date, k.label AS label
      ORDER BY date IS NULL, date, label
      LIMIT $offset + $limit
    RETURN {date: date, label: label} AS key
  } AS upTo
WITH subjects, keyed, CASE WHEN size(upTo) = $offset + $limit THEN upTo[-1] END AS last
CALL (keyed, last) {
  UNWIND keyed AS k
  WITH k
    WHERE last IS NULL OR
      CASE
        WHEN k.date IS NULL AND last.date IS NOT NULL THEN false
        WHEN k.date IS NOT NULL AND last.date IS NULL THEN true
        WHEN k.date < last.date THEN true
        WHEN k.date > last.date THEN false
        ELSE last.label IS NULL OR k.label <= last.label
      END
  WITH k.event AS event, k.date AS sortDate, k.label AS label
    ORDER BY sortDate IS NULL, sortDate, label, event.id
    SKIP $offset
    LIMIT $limit
  RETURN collect(event) AS page
}
WITH subjects, size(keyed) AS total, page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS event
  CALL (event) {
    OPTIONAL MATCH (event)-[:OCCURRED_IN]->(place:Place)
    WITH DISTINCT place
      ORDER BY place.name
    RETURN collect(CASE
      WHEN place IS NULL THEN null
      WHEN $fields.place IS NULL THEN properties(place)
      ELSE [key IN $fields.place | place[key]]
    END) AS places
  }
  CALL (event) {
    OPTIONAL MATCH (actor:Actor)-[participation:PARTICIPATED_IN]->(event)
      WHERE $withParticipants
    WITH actor, collect(DISTINCT participation.role) AS roles
      WHERE actor IS NOT NULL
      ORDER BY actor.name
    RETURN collect({actor: properties(actor), roles: roles}) AS participants
  }
  CALL (event) {
    OPTIONAL MATCH (event)-[report:REPORTED_BY]->(article:Article)
      WHERE $withSources OR $withReportedDates OR (event.date IS NULL AND coalesce(event.datedBy, -1) <> 0)
    WITH article, report
      ORDER BY article.publishedAt, article.id
    WITH
      collect(DISTINCT CASE WHEN $withSources THEN article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion} END) AS sources,
      [r IN collect({
          date: report.date,
          datePrecision: report.datePrecision,
          dateText: report.dateText,
          article: CASE WHEN $withReportedDates THEN article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion} END
        })
        WHERE r.date IS NOT NULL OR r.dateText IS NOT NULL] AS reportedDates
    RETURN
      sources,
      reduce(first = null, r IN reportedDates |
        CASE WHEN r.date IS NOT NULL AND (first IS NULL OR r.date < first.date) THEN r ELSE first END) AS earliest,
      CASE WHEN $withReportedDates THEN reportedDates ELSE [] END AS reportedDates
  }
  WITH i, event, places, participants, sources, reportedDates, earliest
    ORDER BY i
  RETURN collect({
    event: CASE WHEN $fields.event IS NULL THEN properties(event) ELSE [key IN $fields.event | event[key]] END,
    date: coalesce(event.date, earliest.date),
    datePrecision: CASE WHEN event.date IS NOT NULL THEN event.datePrecision ELSE earliest.datePrecision END,
    place: places[0],
    places: places,
    participants: participants,
    reportedDates: reportedDates,
    sources: sources
  }) AS items
}
RETURN
  [s IN subjects WHERE s:Actor | properties(s)] AS matchedActors,
  [s IN subjects WHERE s:Place | properties(s)] AS matchedPlaces,
  total,
  items
