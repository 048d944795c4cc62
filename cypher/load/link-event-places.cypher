// (Event)-[:OCCURRED_IN]->(Place). articleIds lists the articles that place the event there.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (p:Place {id: row.placeId})
MERGE (e)-[r:OCCURRED_IN]->(p)
SET r.articleIds = CASE WHEN row.articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                        ELSE coalesce(r.articleIds, []) + row.articleId END
