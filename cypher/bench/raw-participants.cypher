// Raw write limit for `npm run bench`: Actor-[:PARTICIPATED_IN]->Event, one edge per row.
// The least Cypher that writes what cypher/load/link-participants.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId})
MATCH (e:Event {id: row.eventId})
CREATE (x)-[r:PARTICIPATED_IN]->(e)
SET r = row.props, r.role = row.role, r.articleId = row.articleId
