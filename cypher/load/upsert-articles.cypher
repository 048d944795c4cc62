// One node per article, keyed by its content-derived id.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
