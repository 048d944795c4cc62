// Raw write limit for `npm run bench`: Claim-[:REPORTED_BY]->Article, one edge per row.
// The least Cypher that writes what cypher/load/link-claim-reports.cypher writes:
// no list merging, no derived properties, no checks.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Claim {id: row.claimId})
CREATE (n)-[r:REPORTED_BY]->(a)
SET r = row.props, r.articleId = row.articleId, r.start = row.start
