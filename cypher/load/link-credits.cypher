// (Claim)-[:CREDITS]->(Actor): who the claim gives credit to. articleIds lists the articles that say so.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Actor {id: row.targetId})
MERGE (c)-[r:CREDITS]->(x)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
