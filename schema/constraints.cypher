// Constraints and indexes, applied at every start (all idempotent).
// Uniqueness constraints back every MERGE the writer does.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_url IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (s:Stance) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT detachment_id IF NOT EXISTS FOR (d:Detachment) REQUIRE d.id IS UNIQUE;
CREATE INDEX detachment_article IF NOT EXISTS FOR (d:Detachment) ON (d.articleId);
CREATE INDEX detachment_from IF NOT EXISTS FOR (d:Detachment) ON (d.fromId);
CREATE INDEX detachment_to IF NOT EXISTS FOR (d:Detachment) ON (d.toId);
CREATE CONSTRAINT migration_name IF NOT EXISTS FOR (m:Migration) REQUIRE m.name IS UNIQUE;
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt, a.id);
CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outletId);
CREATE INDEX actor_type_name IF NOT EXISTS FOR (a:Actor) ON (a.type, a.name);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name, a.id);
CREATE CONSTRAINT actor_key_value IF NOT EXISTS FOR (k:ActorKey) REQUIRE k.value IS UNIQUE;
CREATE INDEX claim_first_seen IF NOT EXISTS FOR (c:Claim) ON (c.firstSeenAt, c.id);
CREATE INDEX stance_published IF NOT EXISTS FOR (s:Stance) ON (s.publishedAt, s.id);
CREATE INDEX stance_article IF NOT EXISTS FOR (s:Stance) ON (s.articleId);
CREATE INDEX stance_polarity IF NOT EXISTS FOR (s:Stance) ON (s.polarity);
// The writer finds an article's own actor relations by these (a popular pair has one per article).
CREATE INDEX member_of_article IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.articleId);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX affiliated_with_article IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.articleId);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
CREATE FULLTEXT INDEX claim_texts IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.quoteText];
CREATE FULLTEXT INDEX stance_quotes IF NOT EXISTS FOR (s:Stance) ON EACH [s.evidence, s.quote];
CREATE FULLTEXT INDEX article_texts IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text];
