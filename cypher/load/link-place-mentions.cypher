// Provenance of places: one MENTIONED_IN edge per mention, with the sentence, offsets and resolution rule.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Place {id: row.entityId})
MERGE (n)-[r:MENTIONED_IN {articleId: row.articleId, start: row.start}]->(a)
SET r += row.props
