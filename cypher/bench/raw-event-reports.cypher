// Raw write limit for `npm run bench`: Event-[:REPORTED_BY]->Article, one edge per row.
// The least Cypher that writes what cypher/load/link-event-reports.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Event {id: row.eventId})
CREATE (n)-[r:REPORTED_BY]->(a)
SET r = row.props, r.articleId = row.articleId, r.start = row.start
