// Who claimed something about the events a question names (credit, responsibility, a denial), in one query:
// the actors and places the question names, the events that match all of them, widening only within one
// campaign at the same place, then one page of the claims about those events.
//
// Params (src/serve/question/question-terms.ts reads them from the question; docs/api.md explains the rules):
//   $asked       the question's words, in one map (as in match-entities.cypher: one plan serves every
//                question, whatever the lengths of its strings and lists and whichever lists are empty):
//     query      full-text query over entity_names
//     eventQuery full-text query over event_text: the words and the types they name
//     phrases    runs of the question's words; an actor or place is named when its name or an alias, in
//                words, is one of them
//     keyWords   words each matched event must hold in its label, search text or date, unless a named actor
//                or place holds them
//     types      the event types the question's words name, [] for any
//     typeWords  the words that named them
//                (:param asked => {query: 'recapture recapture* palmyra palmyra*',
//                eventQuery: 'recapture recapture* palmyra palmyra* recapture',
//                phrases: ['recapture', 'palmyra', 'recapture of palmyra'], keyWords: ['palmyra'],
//                types: ['RECAPTURE'], typeWords: [{word: 'recapture', types: ['RECAPTURE']}]})
//   $campaigns   groups of event types that form one campaign at one place
//                (:param campaigns => [['CAPTURE', 'RECAPTURE', 'OFFENSIVE', 'AIRSTRIKE', 'ATTACK', 'WITHDRAWAL']])
//   $kinds       the claim kinds asked for (:param kinds => ['CREDIT'])
//   $offset, $limit  the page of claims (:param offset => 0, :param limit => 20)
//   $eventCap    the most events one named actor or place brings in (:param eventCap => 500)
//   $maxEvents   the most events matched, best first (:param maxEvents => 50)
// One row: terms (the actors and places named), matched (events, best first, each with its score, the terms
// it matched and whether it was reached by widening), missingWords (key words no candidate event holds),
// suggestions (the closest events when no claim was found), total, and items (the page of claims).
// Articles come without their body text, which answers rarely show: the API reads Article.text by id when a
// client asks for it (src/serve/question/node-fields.ts).

// 1. The actors and places the question names; a phrase inside a longer named phrase is dropped.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: 50}) YIELD node
  WITH node, [name IN [node.name] + coalesce(node.aliases, []) |
      reduce(joined = '', word IN [w IN split(
          reduce(s = '', c IN split(toLower(name), '') | s + CASE WHEN c =~ '[\\p{L}\\p{N}]' THEN c ELSE ' ' END),
          ' ') WHERE w <> ''] | joined + CASE WHEN joined = '' THEN '' ELSE ' ' END + word)] AS names
  UNWIND [n IN names WHERE n IN $asked.phrases] AS phrase
  WITH phrase, collect(DISTINCT node) AS nodes
  RETURN collect({phrase: phrase, nodes: nodes}) AS found
}
WITH [t IN found WHERE NOT any(o IN found WHERE size(o.phrase) > size(t.phrase) AND
      (' ' + o.phrase + ' ') CONTAINS (' ' + t.phrase + ' '))] AS terms

// 2. For each term, the events it allows: at the named place (or a place inside it), or with the named
//    actor (or a body part of it) taking part.
CALL (terms) {
  UNWIND terms AS term
  CALL (term) {
    UNWIND term.nodes AS named
    CALL (named) {
      MATCH (named)<-[:LOCATED_IN*0..2]-(:Place)<-[:OCCURRED_IN]-(event:Event)
        WHERE named:Place
      RETURN event, 'PLACE' AS as, named.name AS value
        LIMIT $eventCap
      UNION
      MATCH (named)<-[:PART_OF*0..2]-(:Actor)-[:PARTICIPATED_IN]->(event:Event)
        WHERE named:Actor
      RETURN event, 'ACTOR' AS as, named.name AS value
        LIMIT $eventCap
    }
    WITH event, collect({as: as, value: value})[0] AS how
    RETURN collect({event: event, as: how.as, value: how.value}) AS events
  }
  RETURN collect({phrase: term.phrase, events: events}) AS allowed
}

// 3. The candidate events: those every term allows, or the full-text hits when the question names no one.
CALL () {
  CALL db.index.fulltext.queryNodes('event_text', $asked.eventQuery, {limit: 100}) YIELD node, score
  RETURN collect({event: node, score: score}) AS textHits
}
WITH terms, allowed, textHits,
  reduce(top = 0.0, h IN textHits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
WITH terms, allowed, textHits, top,
  CASE
    WHEN size(allowed) = 0 THEN [h IN textHits | h.event]
    ELSE reduce(acc = [x IN allowed[0].events | x.event], a IN allowed[1..] |
      [e IN acc WHERE e IN [x IN a.events | x.event]])
  END AS pool
CALL (terms, allowed, textHits, top, pool) {
  UNWIND pool AS event
  WITH terms, allowed, textHits, top, event,
    toLower(coalesce(event.label, '') + ' ' + coalesce(event.searchText, '')) AS text,
    coalesce(event.date, '') AS date
  WITH allowed, textHits, top, event, text, date,
    [w IN $asked.keyWords WHERE NOT any(t IN terms WHERE w IN split(t.phrase, ' '))] AS toFind
  WITH allowed, textHits, top, event, toFind,
    [w IN toFind WHERE text CONTAINS w | {term: w, as: 'TEXT', value: w}] +
    [w IN toFind WHERE NOT text CONTAINS w AND date STARTS WITH w | {term: w, as: 'DATE', value: date}] AS found,
    [w IN toFind WHERE NOT text CONTAINS w AND NOT date STARTS WITH w] AS missing
  WITH event, found, missing,
    [a IN allowed | head([x IN a.events WHERE x.event = event | {term: a.phrase, as: x.as, value: x.value}])] +
    [tw IN $asked.typeWords WHERE event.type IN tw.types | {term: tw.word, as: 'EVENT_TYPE', value: event.type}] +
    found AS matchedTerms,
    size($asked.types) = 0 OR event.type IN $asked.types AS typeOk,
    coalesce(head([h IN textHits WHERE h.event = event | h.score]), 0.0) / CASE WHEN top > 0 THEN top ELSE 1.0 END AS textScore
  RETURN collect({
    event: event,
    typeOk: typeOk,
    missing: missing,
    terms: matchedTerms,
    score: round(2.0 * size(allowed) + CASE WHEN typeOk AND size($asked.types) > 0 THEN 1.0 ELSE 0.0 END + size(found) + textScore, 3),
    places: COLLECT { MATCH (event)-[:OCCURRED_IN]->(p:Place) RETURN p.id },
    claims: COUNT { MATCH (claim:Claim)-[:ABOUT]->(event) WHERE claim.kind IN $kinds }
  }) AS candidates
}

// 4. The events matched: those of the types asked for; when none of them was claimed, the events of the
//    same campaign at the same place (the question still pinned by a named place or actor).
WITH terms, allowed, textHits, candidates,
  [c IN candidates WHERE size(c.missing) = 0 AND c.typeOk] AS exact,
  [c IN candidates WHERE size(c.missing) = 0 AND NOT c.typeOk] AS others
WITH terms, allowed, textHits, candidates, exact, others,
  reduce(types = [], g IN [g IN $campaigns WHERE any(t IN g WHERE t IN $asked.types OR any(c IN exact WHERE c.event.type = t))] | types + g) AS campaignTypes
WITH terms, allowed, textHits, candidates, exact,
  CASE
    WHEN any(c IN exact WHERE c.claims > 0) OR size(terms) = 0 THEN []
    ELSE [c IN others WHERE c.event.type IN campaignTypes AND
          (size(exact) = 0 OR any(p IN c.places WHERE any(x IN exact WHERE p IN x.places)))]
  END AS widened
WITH terms, allowed, textHits, candidates,
  (COLLECT { UNWIND exact AS c RETURN c {.*, widened: false} ORDER BY c.score DESC, c.event.id } +
   COLLECT { UNWIND widened AS c RETURN c {.*, widened: true} ORDER BY c.score DESC, c.event.id })[..$maxEvents] AS matched

// 5. The claims of the kinds asked for about the matched events, best-matched event first, then one page.
CALL (matched) {
  UNWIND range(0, size(matched) - 1) AS rank
  WITH rank, matched[rank].event AS event
  MATCH (claim:Claim)-[:ABOUT]->(event)
    WHERE claim.kind IN $kinds
  WITH claim, rank, event
    ORDER BY rank
  WITH claim, min(rank) AS rank, collect(event) AS events
  MATCH (claim)-[:CLAIMED_BY]->(claimant:Actor)
  WITH claim, claimant, rank, events, COUNT { (claim)-[:REPORTED_BY]->(:Article) } AS reports
    ORDER BY rank, reports DESC, claim.id, claimant.id
  RETURN collect({claim: claim, claimant: claimant, events: events}) AS answers
}
WITH terms, allowed, textHits, candidates, matched, size(answers) AS total, answers[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].claim AS claim, page[i].claimant AS claimant, page[i].events AS events
  CALL (claim) {
    OPTIONAL MATCH (claim)-[:CREDITS]->(credited:Actor)
    WITH DISTINCT credited
      ORDER BY credited.name
    RETURN collect(properties(credited)) AS credited
  }
  CALL (claim) {
    OPTIONAL MATCH (claim)-[report:REPORTED_BY]->(article:Article)
    WITH article, report
      ORDER BY article.publishedAt, article.id, report.start
    RETURN collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources, collect(properties(report)) AS evidence
  }
  WITH i, claim, claimant, events, credited, sources, evidence
    ORDER BY i
  RETURN collect({
    claim: properties(claim),
    kind: claim.kind,
    claimant: properties(claimant),
    credited: credited,
    text: CASE WHEN trim(coalesce(claim.text, '')) <> '' THEN claim.text ELSE coalesce(evidence[0].sentence, '') END,
    direct: claim.direct,
    event: properties(events[0]),
    events: [e IN events | properties(e)],
    sources: sources,
    evidence: evidence
  }) AS items
}

// 6. When no claim was found, the closest events that were not matched: the candidates, the events one named
//    actor or place allows, and the full-text hits, at most 5.
WITH terms, allowed, textHits, candidates, matched, total, items, [m IN matched | m.event] AS matchedEvents,
  reduce(top = 0.0, h IN textHits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
WITH terms, candidates, matched, total, items, matchedEvents,
  CASE WHEN total > 0 THEN [] ELSE
    [c IN candidates | {event: c.event, score: c.score, terms: c.terms}] +
    reduce(acc = [], a IN allowed |
      acc + [x IN a.events[..5] | {event: x.event, score: 2.0, terms: [{term: a.phrase, as: x.as, value: x.value}]}]) +
    [h IN textHits[..5] | {event: h.event, score: round(h.score / top, 3), terms: []}]
  END AS near
RETURN
  [t IN terms | {term: t.phrase, names: [n IN t.nodes | n.name]}] AS terms,
  [m IN matched | {event: properties(m.event), score: m.score, terms: m.terms, widened: m.widened, claims: m.claims}] AS matched,
  [w IN $asked.keyWords WHERE NOT any(t IN terms WHERE w IN split(t.phrase, ' ')) AND all(c IN candidates WHERE w IN c.missing)] AS missingWords,
  COLLECT {
    UNWIND near AS s
    WITH s
      WHERE NOT s.event IN matchedEvents
    WITH s.event AS closest, max(s.score) AS nearScore, head(collect(s.terms)) AS nearTerms
      ORDER BY nearScore DESC, closest.id
      LIMIT 5
    RETURN {
      event: properties(closest),
      score: nearScore,
      terms: nearTerms,
      widened: false,
      claims: COUNT { MATCH (claim:Claim)-[:ABOUT]->(closest) WHERE claim.kind IN $kinds }
    }
  } AS suggestions,
  total,
  items
