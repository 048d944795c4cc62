// (Claim)-[:CLAIMED_BY]->(Actor): who made the claim. articleIds lists the articles that say so.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Actor {id: row.targetId})
MERGE (c)-[r:CLAIMED_BY]->(x)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
