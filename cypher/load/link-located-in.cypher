// (Place)-[:LOCATED_IN]->(Place): a city in its country. articleIds lists the articles that support it.
UNWIND $rows AS row
MATCH (child:Place {id: row.from})
MATCH (parent:Place {id: row.to})
MERGE (child)-[r:LOCATED_IN]->(parent)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
