// Empties the benchmark database (constraints and indexes stay), in small transactions so that a large graph
// does not need one huge one. Auto-commit only: run it on a session, not in a transaction function.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
