-- The GIN index answered "which recaps match" by visiting every match, which is why search
-- time grew with the number of matches. Candidates now come from the postings below, best
-- first, and only a bounded number of recaps is ranked. Its upkeep was also the largest part
-- of writing a recap's search row.
-- DropIndex
DROP INDEX "RecapSearch_document_idx";

-- CreateTable (COLLATE "C" by hand: lexemes compare bytewise, so a prefix range can use the B-tree)
CREATE TABLE "SearchPosting" (
    "recapId" INTEGER NOT NULL,
    "lexeme" TEXT COLLATE "C" NOT NULL,
    "impact" INTEGER NOT NULL,

    CONSTRAINT "SearchPosting_pkey" PRIMARY KEY ("lexeme","recapId")
);

-- CreateTable
CREATE TABLE "SearchLexeme" (
    "lexeme" TEXT COLLATE "C" NOT NULL,
    "recaps" INTEGER NOT NULL,

    CONSTRAINT "SearchLexeme_pkey" PRIMARY KEY ("lexeme")
);

-- CreateIndex
CREATE INDEX "Recap_id_status_publishedAt_episodeId_idx" ON "Recap"("id", "status", "publishedAt", "episodeId");

-- CreateIndex
CREATE INDEX "SearchPosting_lexeme_impact_recapId_idx" ON "SearchPosting"("lexeme", "impact" DESC, "recapId");

-- Written by hand (see the search_index migration for why PL/pgSQL bodies spell semicolons
-- as \x3B, and why no comment here contains one).
--
-- A posting's impact is what ts_rank(document, lexeme, 1) gives a query of that one lexeme,
-- times a million: the weight of its first position (title A 1.0, names B 0.4, body D 0.1)
-- plus the diminishing repeats (the n-th adds 0.1 / n^2, as later positions are body text),
-- divided by log2 of the document's length. Only the order matters: the final ranking is
-- ts_rank itself, over the candidates the impacts choose.
CREATE FUNCTION rewatch_search_postings(doc tsvector) RETURNS TABLE(lexeme text, impact integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT u.lexeme, round(1000000 * (
      CASE WHEN 'A' = ANY(u.weights) THEN 1.0 WHEN 'B' = ANY(u.weights) THEN 0.4 WHEN 'C' = ANY(u.weights) THEN 0.2 ELSE 0.1 END
      + 0.1 * CASE cardinality(u.positions) WHEN 1 THEN 0 WHEN 2 THEN 0.25 WHEN 3 THEN 0.3611 WHEN 4 THEN 0.4236
                ELSE 0.6449 - 1.0 / cardinality(u.positions) + 0.5 / cardinality(u.positions) ^ 2 END
    ) / (ln(l.len + 1) / ln(2)))::integer
  FROM (SELECT greatest(sum(cardinality(x.positions)), 1)::float8 AS len FROM unnest(doc) AS x) AS l, unnest(doc) AS u
$$;

-- Moves the lexeme counts by the postings that came and went, in lexeme order so concurrent
-- saves lock the same rows in the same order and cannot deadlock, and drops lexemes whose
-- last posting went.
CREATE FUNCTION rewatch_search_lexeme_count(added text[], removed text[]) RETURNS void
LANGUAGE plpgsql AS E'DECLARE moved text[]\x3B BEGIN SELECT array_agg(t.lexeme ORDER BY t.lexeme) INTO moved FROM (SELECT d.lexeme FROM (SELECT unnest(added) AS lexeme, 1 AS n UNION ALL SELECT unnest(removed), -1) AS d GROUP BY d.lexeme HAVING sum(d.n) <> 0) AS t\x3B IF moved IS NULL THEN RETURN\x3B END IF\x3B INSERT INTO "SearchLexeme" ("lexeme", "recaps") SELECT d.lexeme, sum(d.n)::int FROM (SELECT unnest(added) AS lexeme, 1 AS n UNION ALL SELECT unnest(removed), -1) AS d WHERE d.lexeme = ANY(moved) GROUP BY d.lexeme ORDER BY d.lexeme ON CONFLICT ("lexeme") DO UPDATE SET "recaps" = "SearchLexeme"."recaps" + EXCLUDED."recaps"\x3B IF cardinality(removed) > 0 THEN DELETE FROM "SearchLexeme" WHERE "lexeme" = ANY(moved) AND "recaps" <= 0\x3B END IF\x3B END';

-- Writes the postings of the given recaps' search rows in index order, which a large import
-- needs: rows arriving lexeme by lexeme touch each index page once, rows arriving recap by
-- recap touch pages all over both indexes. A recap whose postings are there already (its
-- row was rebuilt by an update in bulk mode) is skipped by one probe for its first lexeme,
-- instead of ON CONFLICT, whose speculative insertion per posting doubled the time. Returns
-- the lexemes written, for the counts.
CREATE FUNCTION rewatch_search_postings_insert(targets integer[]) RETURNS text[]
LANGUAGE plpgsql AS E'DECLARE written text[]\x3B BEGIN WITH i AS (INSERT INTO "SearchPosting" ("recapId", "lexeme", "impact") SELECT s."recapId", p.lexeme, p.impact FROM "RecapSearch" s, rewatch_search_postings(s."document") AS p WHERE s."recapId" = ANY(targets) AND NOT EXISTS (SELECT 1 FROM "SearchPosting" x WHERE x."lexeme" = (tsvector_to_array(s."document"))[1] AND x."recapId" = s."recapId") ORDER BY p.lexeme, p.impact DESC, s."recapId" RETURNING "lexeme") SELECT coalesce(array_agg(i."lexeme"), ''{}'') INTO written FROM i\x3B RETURN written\x3B END';

-- Bulk mode (rewatch.bulk_import, see the search_bulk_import migration): inserted search
-- rows get their postings from this call, which the importer makes once for all recaps it
-- wrote, before it commits.
CREATE FUNCTION rewatch_search_postings_bulk(targets integer[]) RETURNS void
LANGUAGE sql AS $$
  SELECT rewatch_search_lexeme_count(rewatch_search_postings_insert(targets), '{}')
$$;

-- The statement triggers: postings of rows that went or whose document changed are deleted
-- (found by the old document's lexemes, the primary key), those of rows that came or
-- changed are written, and the counts move by the difference.
CREATE FUNCTION rewatch_search_postings_apply() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE gone int[] := ''{}''\x3B came int[] := ''{}''\x3B removed text[] := ''{}''\x3B BEGIN IF TG_OP = ''INSERT'' THEN came := ARRAY(SELECT "recapId" FROM new_rows)\x3B ELSIF TG_OP = ''DELETE'' THEN gone := ARRAY(SELECT "recapId" FROM old_rows)\x3B ELSE gone := ARRAY(SELECT o."recapId" FROM old_rows o JOIN new_rows n USING ("recapId") WHERE o."document" IS DISTINCT FROM n."document")\x3B came := gone\x3B END IF\x3B IF cardinality(gone) > 0 THEN WITH d AS (DELETE FROM "SearchPosting" p USING (SELECT o."recapId", unnest(tsvector_to_array(o."document")) AS lexeme FROM old_rows o WHERE o."recapId" = ANY(gone)) AS g WHERE p."lexeme" = g.lexeme AND p."recapId" = g."recapId" RETURNING p."lexeme") SELECT coalesce(array_agg(d."lexeme"), ''{}'') INTO removed FROM d\x3B END IF\x3B PERFORM rewatch_search_lexeme_count(CASE WHEN cardinality(came) > 0 THEN rewatch_search_postings_insert(came) ELSE ''{}'' END, removed)\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_postings_insert
AFTER INSERT ON "RecapSearch" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') <> 'on')
EXECUTE FUNCTION rewatch_search_postings_apply();

CREATE TRIGGER recap_search_postings_update
AFTER UPDATE ON "RecapSearch" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION rewatch_search_postings_apply();

CREATE TRIGGER recap_search_postings_delete
AFTER DELETE ON "RecapSearch" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION rewatch_search_postings_apply();

-- Recaps indexed before this migration.
SELECT rewatch_search_postings_bulk(ARRAY(SELECT "recapId" FROM "RecapSearch"));

-- The rebuild of search rows as in the search_bulk_import migration, with two changes that
-- write the same rows in less time: the names a recap borrows from its tags are worked out
-- once per recap (OFFSET 0 keeps the planner from copying that subquery into both places
-- that use it), and the words are split by one regexp_replace and string_to_array, which
-- takes half the time of regexp_split_to_table and gives the same words.
CREATE OR REPLACE FUNCTION rewatch_refresh_recap_search_bulk(targets integer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "RecapSearch" ("recapId", "document", "words")
  SELECT
    r."id",
    setweight(to_tsvector('german', coalesce(e."title", '')), 'A')
      || setweight(to_tsvector('german', tags.names), 'B')
      || setweight(to_tsvector('german', r."plainText"), 'D'),
    (SELECT coalesce(string_agg(DISTINCT word COLLATE "C", ' '), '')
       FROM unnest(string_to_array(regexp_replace(
         rewatch_search_fold(concat_ws(' ', e."title", tags.names, r."plainText")),
         '[^a-z0-9äöüßàáâçèéêëìíîïñòóôùúû]+', ' ', 'g'), ' ')) AS word
      WHERE length(word) > 1)
  FROM "Recap" r
  LEFT JOIN "Episode" e ON e."id" = r."episodeId"
  CROSS JOIN LATERAL (
    SELECT concat_ws(' ',
      (SELECT string_agg(concat_ws(' ', c."name", c."shortName", array_to_string(c."aliases", ' ')), ' ')
         FROM "RecapCharacter" rc JOIN "Character" c ON c."id" = rc."characterId" WHERE rc."recapId" = r."id"),
      (SELECT string_agg(s."title", ' ')
         FROM "RecapStoryline" rs JOIN "Storyline" s ON s."id" = rs."storylineId" WHERE rs."recapId" = r."id")
    ) AS names
    OFFSET 0
  ) AS tags
  WHERE r."id" = ANY(targets)
  ORDER BY r."id"
  ON CONFLICT ("recapId") DO UPDATE SET "document" = EXCLUDED."document", "words" = EXCLUDED."words"
$$;

-- Renaming a character or storyline rebuilds the search rows of all its recaps in one
-- statement instead of one per recap: each statement now also rewrites postings and lexeme
-- counts, and Carrie is tagged on nearly every recap.
CREATE OR REPLACE FUNCTION rewatch_recap_search_from_character() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search_bulk(ARRAY(SELECT rc."recapId" FROM "RecapCharacter" rc WHERE rc."characterId" = NEW."id"))\x3B RETURN NULL\x3B END';

CREATE OR REPLACE FUNCTION rewatch_recap_search_from_storyline() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search_bulk(ARRAY(SELECT rs."recapId" FROM "RecapStoryline" rs WHERE rs."storylineId" = NEW."id"))\x3B RETURN NULL\x3B END';
