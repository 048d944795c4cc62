// One node per real-world event, however many articles report it. Articles may name the same event
// a capture or a recapture; the more specific RECAPTURE wins, and otherwise the label (then the type)
// that sorts first, so the order articles are written in never decides (src/pipeline/load/reading-order.ts).
// `mergeRule` records which identity rule gave the id (src/pipeline/extract/events/event-identity.ts):
// any rule other than the plain key wins over it, and of two such rules the one that sorts last.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.label = row.label, e.category = row.category, e.confidence = row.confidence,
              e.mergeRule = row.mergeRule
// Lock the node before reading what other articles wrote, so that two runs writing it at once never
// lose each other's values (the write lock is held to the end of the transaction).
SET e._lock = true
REMOVE e._lock
WITH e, row,
     CASE row.type WHEN 'RECAPTURE' THEN 1 ELSE 0 END AS rowRank,
     CASE e.type WHEN 'RECAPTURE' THEN 1 ELSE 0 END AS eventRank
WITH e, row,
     rowRank > eventRank OR (rowRank = eventRank AND
       (row.label < e.label OR (row.label = e.label AND row.type < e.type))) AS wins
SET e.type = CASE WHEN wins THEN row.type ELSE e.type END,
    e.label = CASE WHEN wins THEN row.label ELSE e.label END,
    e.category = CASE WHEN wins THEN row.category ELSE e.category END,
    e.mergeRule = CASE WHEN row.mergeRule = 'key' THEN e.mergeRule
                       WHEN coalesce(e.mergeRule, 'key') = 'key' OR row.mergeRule > e.mergeRule THEN row.mergeRule
                       ELSE e.mergeRule END,
    e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.extractor = row.extractor,
    e.extractorVersion = row.extractorVersion
