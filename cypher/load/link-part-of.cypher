// (Actor)-[:PART_OF]->(Actor): a ministry to its state. articleIds lists the articles that support it.
UNWIND $rows AS row
MATCH (child:Actor {id: row.from})
MATCH (parent:Actor {id: row.to})
MERGE (child)-[r:PART_OF]->(parent)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
