// One node per place, with coordinates from the gazetteer where known.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.confidence = 0.0
WITH n, row,
     reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.aliases = aliases,
    n.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
    n.latitude = coalesce(row.latitude, n.latitude),
    n.longitude = coalesce(row.longitude, n.longitude),
    n.countryCode = coalesce(row.countryCode, n.countryCode),
    n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
    n.extractor = row.extractor,
    n.extractorVersion = row.extractorVersion
