// One node per real-world event, however many articles report it. Articles may name the same event
// a capture or a recapture; the more specific RECAPTURE wins, whatever order the articles come in.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.label = row.label, e.confidence = 0.0
WITH e, row, e.type = 'CAPTURE' AND row.type = 'RECAPTURE' AS moreSpecific
SET e.type = CASE WHEN moreSpecific THEN row.type ELSE e.type END,
    e.label = CASE WHEN moreSpecific THEN row.label ELSE e.label END,
    e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.extractor = row.extractor,
    e.extractorVersion = row.extractorVersion
