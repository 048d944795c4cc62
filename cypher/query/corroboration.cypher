// How many distinct articles and outlets report each claim or event.
//
// Params:
//   $ids  claim or event ids (:param ids => ['claim-…', 'event-…'])
// An outlet is the Outlet node an article is PUBLISHED_BY, else the article's `outlet` text; articles with
// neither count as unknownOutletArticles. `contested` is true for a claim when another actor's claim about the
// same thing denies what it says (one is a DENIAL, the other is not); for events see
// query/contradictions.cypher. The status is derived from these numbers in src/serve/question.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Claim {id: id})
  RETURN node
  UNION
  MATCH (node:Event {id: id})
  RETURN node
}
OPTIONAL MATCH (node)-[:REPORTED_BY]->(article:Article)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(outlet:Outlet)
WITH
  node,
  article,
  coalesce(
    outlet.id,
    CASE WHEN trim(coalesce(article.outlet, '')) <> '' THEN 'text:' + toLower(trim(article.outlet)) END
  ) AS outletKey
WITH
  node,
  count(DISTINCT article) AS articles,
  count(DISTINCT outletKey) AS outlets,
  count(DISTINCT CASE WHEN outletKey IS NULL THEN article END) AS unknownOutletArticles
RETURN
  node.id AS id,
  articles,
  outlets,
  unknownOutletArticles,
  node:Claim AND
  EXISTS {
    MATCH (node)-[:ABOUT]->()<-[:ABOUT]-(other:Claim)
    WHERE
      other <> node AND
      (other.kind = 'DENIAL') <> (node.kind = 'DENIAL') AND
      NOT EXISTS { (node)-[:CLAIMED_BY]->(:Actor)<-[:CLAIMED_BY]-(other) }
  } AS contested
