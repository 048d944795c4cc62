// Records exact duplicates on the first article with that text: each duplicate's source file (and URL, when it
// has one) is kept in duplicateSources / duplicateUrls, once each. No node is made for a duplicate.
UNWIND $rows AS row
MATCH (first:Article {id: row.firstId})
SET first.duplicateSources =
    CASE WHEN row.sourceFile IN coalesce(first.duplicateSources, [])
      THEN first.duplicateSources
      ELSE coalesce(first.duplicateSources, []) + row.sourceFile END,
  first.duplicateUrls =
    CASE WHEN row.url IS NULL OR row.url IN coalesce(first.duplicateUrls, [])
      THEN first.duplicateUrls
      ELSE coalesce(first.duplicateUrls, []) + row.url END
