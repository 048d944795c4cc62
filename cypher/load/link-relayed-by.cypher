// (Claim)-[:RELAYED_BY]->(Actor): who passed it on (an agency the statement went to). articleIds lists the articles that say so.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Actor {id: row.targetId})
MERGE (c)-[r:RELAYED_BY]->(x)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
