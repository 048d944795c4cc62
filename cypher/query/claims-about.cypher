// The claims about the actor or place some words name — or, when they name none, about the events they
// name — one page of them, in one query. A claim about an event that happened in a place (or in a place
// inside it) counts as a claim about that place.
//
// Params:
//   $asked   the input's words: query, a full-text query made only of lower-cased letter/digit words, for
//            the entity_names and event_text indexes; name, the whole input, lower-cased, for an exact name
//            or alias match (:param asked => {query: 'palmyra palmyra*', name: 'palmyra'}), in one map as in
//            match-entities.cypher
//   $offset, $limit  the page (:param offset => 0, :param limit => 20)
// Actors and places: an exact name or alias match wins, else the hits scoring at least three quarters of the
// best (at most 5). Events (only when no actor or place matched): the full-text hits scoring at least half of
// the best (at most 10). One row: what was matched, the total, and the page, with the same item columns as
// query/claims-by.cypher.
// Articles come without their body text, which answers rarely show: the API reads Article.text by id when a
// client asks for it (src/serve/question/node-fields.ts).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: 50}) YIELD node, score
    WHERE node:Actor OR node:Place
  WITH collect({node: node, score: score}) AS hits
  WITH hits, [h IN hits WHERE toLower(h.node.name) = $asked.name OR
                              $asked.name IN [alias IN coalesce(h.node.aliases, []) | toLower(alias)]] AS exact
  WITH CASE WHEN size(exact) > 0 THEN exact ELSE hits END AS hits
  WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
  RETURN [h IN hits WHERE h.score >= top * 0.75 | h.node][..5] AS entities
}
CALL (entities) {
  WITH entities
    WHERE size(entities) = 0
  CALL db.index.fulltext.queryNodes('event_text', $asked.query, {limit: 25}) YIELD node, score
  WITH collect({node: node, score: score}) AS hits
  WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
  RETURN [h IN hits WHERE h.score >= top * 0.5 | h.node][..10] AS events
}
WITH entities, events, entities + events AS subjects
CALL (subjects) {
  UNWIND subjects AS subject
  CALL (subject) {
    MATCH (claim:Claim)-[:ABOUT]->(subject)
    RETURN claim
    UNION
    MATCH (claim:Claim)-[:ABOUT]->(:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..2]->(subject)
      WHERE subject:Place
    RETURN claim
  }
  WITH DISTINCT claim
  OPTIONAL MATCH (claim)-[:CLAIMED_BY]->(claimant:Actor)
  WITH claim, claimant, COUNT { (claim)-[:REPORTED_BY]->(:Article) } AS reports
    ORDER BY reports DESC, claim.id, claimant.id
  RETURN collect({claim: claim, claimant: claimant}) AS answers
}
WITH entities, events, size(answers) AS total, answers[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].claim AS claim, page[i].claimant AS claimant
  CALL (claim) {
    OPTIONAL MATCH (claim)-[:RELAYED_BY]->(relay:Actor)
    WITH DISTINCT relay
    RETURN collect(properties(relay)) AS relayedBy
  }
  CALL (claim) {
    OPTIONAL MATCH (claim)-[:CREDITS]->(credited:Actor)
    WITH DISTINCT credited
    RETURN collect(properties(credited)) AS credited
  }
  CALL (claim) {
    OPTIONAL MATCH (claim)-[:ABOUT]->(about)
    WITH DISTINCT about
    RETURN
      [a IN collect(about) WHERE a:Event | properties(a)] AS aboutEvents,
      [a IN collect(about) WHERE a:Actor | properties(a)] AS aboutActors,
      [a IN collect(about) WHERE a:Place | properties(a)] AS aboutPlaces
  }
  CALL (claim) {
    OPTIONAL MATCH (claim)-[report:REPORTED_BY]->(article:Article)
    WITH article, report
      ORDER BY article.publishedAt, article.id, report.start
    RETURN collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources, collect(properties(report)) AS evidence
  }
  WITH i, claim, claimant, relayedBy, credited, aboutEvents, aboutActors, aboutPlaces, sources, evidence
    ORDER BY i
  RETURN collect({
    claim: properties(claim),
    kind: claim.kind,
    text: CASE WHEN trim(coalesce(claim.text, '')) <> '' THEN claim.text ELSE coalesce(evidence[0].sentence, '') END,
    direct: claim.direct,
    claimant: properties(claimant),
    relayedBy: relayedBy,
    credited: credited,
    aboutEvents: aboutEvents,
    aboutActors: aboutActors,
    aboutPlaces: aboutPlaces,
    sources: sources,
    evidence: evidence
  }) AS items
}
RETURN
  [e IN entities WHERE e:Actor | properties(e)] AS matchedActors,
  [e IN entities WHERE e:Place | properties(e)] AS matchedPlaces,
  [e IN events | properties(e)] AS matchedEvents,
  total,
  items
