// One node per place, with coordinates from the gazetteer where known. Name and type come from the most
// confident reading (ties: the type, then the name, that sort first), whatever order articles come in.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.confidence = row.confidence
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
    n.name = CASE WHEN wins THEN row.name ELSE n.name END,
    n.type = CASE WHEN wins THEN row.type ELSE n.type END,
    n.latitude = coalesce(row.latitude, n.latitude),
    n.longitude = coalesce(row.longitude, n.longitude),
    n.countryCode = coalesce(row.countryCode, n.countryCode),
    n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    n.extractor = row.extractor,
    n.extractorVersion = row.extractorVersion
