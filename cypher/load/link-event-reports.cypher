// (Event)-[:REPORTED_BY]->(Article): each article's own sentence, trigger word and date for the event.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Event {id: row.eventId})
MERGE (e)-[r:REPORTED_BY {articleId: row.articleId, start: row.start}]->(a)
SET r += row.props
