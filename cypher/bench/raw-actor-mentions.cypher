// Raw write limit for `npm run bench`: Actor-[:MENTIONED_IN]->Article, one edge per row.
// The least Cypher that writes what cypher/load/link-actor-mentions.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Actor {id: row.entityId})
CREATE (n)-[r:MENTIONED_IN]->(a)
SET r = row.props, r.articleId = row.articleId, r.start = row.start
