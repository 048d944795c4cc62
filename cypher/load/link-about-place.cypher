// (Claim)-[:ABOUT]->(Place): what the claim is about. articleIds lists the articles that say so.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (x:Place {id: row.targetId})
MERGE (c)-[r:ABOUT]->(x)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
