// The graph's constraints and indexes, created at every start (each statement is idempotent).
// Uniqueness on every label's id makes duplicate nodes impossible, even with two ingests at once.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
// Full-text: names and aliases, event words, claim text, article titles.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Actor|Place) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (n:Event) ON EACH [n.label, n.searchText];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
// Range indexes for ordering and filtering.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// Exact duplicates (the same normalised text from another source) are found by this hash.
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
// Articles whose PART_OF / LOCATED_IN links wait for their state or country (load/complete-links).
CREATE INDEX article_links_pending IF NOT EXISTS FOR (n:Article) ON (n.linksPending);
// Events that carry what identifies them, read once at the start of an ingest run (load/read-event-memory).
CREATE INDEX event_identity_family IF NOT EXISTS FOR (n:Event) ON (n.identityFamily);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
