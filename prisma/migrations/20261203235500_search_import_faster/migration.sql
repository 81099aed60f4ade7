-- Written by hand (see the search_index migration for why PL/pgSQL bodies spell semicolons
-- as \x3B, and why no comment here contains one).
--
-- An import into an empty search index (the first import of an archive) writes its postings
-- without the two indexes of "SearchPosting" and builds them afterwards: at 100 000 recaps
-- (7.3 million postings) inserting into both indexes took 52-79 s, writing the rows and then
-- building the indexes about 35 s (bench/search-scale.ts). The indexes are built under the
-- names and definitions of prisma/schema.prisma, so the schema does not drift. Dropping them
-- locks "SearchPosting" until the import commits: searches wait for it, where there was
-- nothing to find yet. An advisory lock makes a second import wait until the first has
-- committed, and then see postings and take the usual path, instead of both dropping the
-- indexes and one failing on a deadlock. The lexeme counts are added by upsert in either
-- path, like every other writer of "SearchLexeme" does. Any other case (postings there
-- already) is the previous function unchanged.
CREATE OR REPLACE FUNCTION rewatch_search_postings_bulk(targets integer[]) RETURNS void
LANGUAGE plpgsql SET maintenance_work_mem = '256MB' AS E'BEGIN PERFORM pg_advisory_xact_lock(hashtext(''rewatch_search_postings_bulk''))\x3B IF EXISTS (SELECT FROM "SearchPosting") THEN PERFORM rewatch_search_lexeme_count(rewatch_search_postings_insert(targets), ''{}'')\x3B RETURN\x3B END IF\x3B ALTER TABLE "SearchPosting" DROP CONSTRAINT "SearchPosting_pkey"\x3B DROP INDEX "SearchPosting_lexeme_impact_recapId_idx"\x3B WITH i AS (INSERT INTO "SearchPosting" ("recapId", "lexeme", "impact") SELECT s."recapId", p.lexeme, p.impact FROM "RecapSearch" s, rewatch_search_postings(s."document") AS p WHERE s."recapId" = ANY(targets) RETURNING "lexeme") INSERT INTO "SearchLexeme" ("lexeme", "recaps") SELECT i."lexeme", count(*)::int FROM i GROUP BY i."lexeme" ORDER BY i."lexeme" ON CONFLICT ("lexeme") DO UPDATE SET "recaps" = "SearchLexeme"."recaps" + EXCLUDED."recaps"\x3B ALTER TABLE "SearchPosting" ADD CONSTRAINT "SearchPosting_pkey" PRIMARY KEY ("lexeme", "recapId", "impact")\x3B CREATE INDEX "SearchPosting_lexeme_impact_recapId_idx" ON "SearchPosting" ("lexeme", "impact" DESC, "recapId")\x3B END';

-- Folding a search row's text (title, names, body) was a third of the time of writing it:
-- translate() compares every character with all 22 capitals it maps. lower() already folds
-- them where the database's ctype knows umlauts, and German text rarely starts a word with
-- one where it does not, so one regular-expression test decides whether translate() is
-- needed. The result is the same as before for every input.
CREATE OR REPLACE FUNCTION rewatch_search_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN l.folded ~ '[ÄÖÜÀÁÂÇÈÉÊËÌÍÎÏÑÒÓÔÙÚÛ]'
    THEN translate(l.folded, 'ÄÖÜÀÁÂÇÈÉÊËÌÍÎÏÑÒÓÔÙÚÛ', 'äöüàáâçèéêëìíîïñòóôùúû') ELSE l.folded END
  FROM (SELECT lower(input) AS folded) AS l
$$;
