// One node per real-world event, however many articles report it. Articles may name the same event
// a capture or a recapture; the more specific RECAPTURE wins, whatever order the articles come in.
// `mergeRule` records which identity rule gave the id (src/pipeline/extract/events/event-identity.ts):
// the first article's rule stays unless a later one joined it by a rule other than the plain key.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.label = row.label, e.confidence = 0.0, e.mergeRule = row.mergeRule
WITH e, row, e.type = 'CAPTURE' AND row.type = 'RECAPTURE' AS moreSpecific
SET e.type = CASE WHEN moreSpecific THEN row.type ELSE e.type END,
    e.label = CASE WHEN moreSpecific THEN row.label ELSE e.label END,
    e.category = row.category,
    e.mergeRule = CASE WHEN row.mergeRule <> 'key' THEN row.mergeRule ELSE coalesce(e.mergeRule, row.mergeRule) END,
    e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.extractor = row.extractor,
    e.extractorVersion = row.extractorVersion
