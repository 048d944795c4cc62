// Brings the planner's statistics up to date after a bulk write: resamples every index, waits for it, and
// clears the query caches, so the next plans are made for the graph as it is now (as they would be once
// Neo4j's background sampling caught up). Used before measuring queries and before checking their plans.
CALL db.prepareForReplanning(300)
