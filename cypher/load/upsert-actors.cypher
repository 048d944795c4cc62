// One node per actor. Aliases and titles accumulate across articles; aliasText feeds the full-text index.
// Name and type come from the most confident reading (at equal confidence, the type and then the name
// that sort first: src/pipeline/load/reading-order.ts), so the order articles are written in never decides.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.titles = [], n.confidence = row.confidence
// Lock the node before reading what other articles wrote, so that two runs writing it at once never
// lose each other's values (the write lock is held to the end of the transaction).
SET n._lock = true
REMOVE n._lock
WITH n, row,
     reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases,
     row.confidence > n.confidence OR (row.confidence = n.confidence AND
       (row.type < n.type OR (row.type = n.type AND row.name < n.name))) AS wins
SET n.aliases = aliases,
    n.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
    n.titles = reduce(acc = coalesce(n.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.name = CASE WHEN wins THEN row.name ELSE n.name END,
    n.type = CASE WHEN wins THEN row.type ELSE n.type END,
    n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    n.extractor = row.extractor,
    n.extractorVersion = row.extractorVersion
