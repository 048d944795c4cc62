// For each article about to be written: the article already in the graph with the same normalised text
// (textHash) under another id, if any. The earliest-written one is "the first"; the new one is its duplicate.
UNWIND $rows AS row
CALL (row) {
  MATCH (first:Article {textHash: row.textHash})
    WHERE first.id <> row.id
  RETURN first.id AS firstId
    ORDER BY first.ingestedAt, first.id
    LIMIT 1
}
RETURN row.id AS id, firstId
