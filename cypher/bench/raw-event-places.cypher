// Raw write limit for `npm run bench`: Event-[:OCCURRED_IN]->Place, one edge per pair.
// The least Cypher that writes what cypher/load/link-event-places.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Event {id: row.eventId})
MATCH (b:Place {id: row.placeId})
MERGE (a)-[r:OCCURRED_IN]->(b)
SET r.articleIds = coalesce(r.articleIds, []) + row.articleId
