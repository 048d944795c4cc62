// (Claim)-[:REPORTED_BY]->(Article): who reported the claim, with the sentence and the quote's offsets.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (c:Claim {id: row.claimId})
MERGE (c)-[r:REPORTED_BY {articleId: row.articleId, start: row.start}]->(a)
SET r += row.props
