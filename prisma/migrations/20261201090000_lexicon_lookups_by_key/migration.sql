-- Written by hand: function settings are not part of prisma/schema.prisma.
--
-- The lexicon triggers look words up by equality (word = ANY(...)). PostgreSQL 15 answered
-- those through the trigram GIN index on "word" (pg_trgm supports equality) instead of the
-- primary key: every lookup rechecked trigram matches and scanned the index's pending list,
-- which grows with every new index entry until the next vacuum. A single recap's row took
-- 70 to 90 ms per statement there, and deleting 100 search rows in one transaction 46 s
-- (tests/integration/importer/search-index.test.ts, bench/search-scale.ts). A GIN index
-- can only be read by a bitmap scan, so without bitmap scans these functions use the
-- primary key's B-tree, which is what an exact word wants. The search itself (similarity
-- and LIKE over the lexicon) keeps the trigram index.

ALTER FUNCTION rewatch_search_lexicon_count() SET enable_bitmapscan = off;

ALTER FUNCTION rewatch_search_lexicon_apply() SET enable_bitmapscan = off;
