// What the graph already holds for these articles: lets the loader skip unchanged ones
// and replace the facts of changed ones.
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion
