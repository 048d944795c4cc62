// (Actor)-[:PARTICIPATED_IN {role}]->(Event), one edge per role and article, with its evidence.
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId})
MATCH (e:Event {id: row.eventId})
MERGE (x)-[r:PARTICIPATED_IN {role: row.role, articleId: row.articleId}]->(e)
SET r += row.props
