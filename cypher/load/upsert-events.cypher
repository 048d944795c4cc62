// One node per real-world event, however many articles report it.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.label = row.label, e.confidence = 0.0
SET e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.extractor = row.extractor,
    e.extractorVersion = row.extractorVersion
