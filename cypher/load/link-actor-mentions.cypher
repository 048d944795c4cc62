// Provenance of actors: one MENTIONED_IN edge per mention, with the sentence, offsets and resolution rule.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Actor {id: row.entityId})
MERGE (n)-[r:MENTIONED_IN {articleId: row.articleId, start: row.start}]->(a)
SET r += row.props
