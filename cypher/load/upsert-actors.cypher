// One node per actor. Aliases and titles accumulate across articles; aliasText feeds the full-text index.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.titles = [], n.confidence = 0.0
WITH n, row,
     reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.aliases = aliases,
    n.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
    n.titles = reduce(acc = coalesce(n.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    n.extractor = row.extractor,
    n.extractorVersion = row.extractorVersion
