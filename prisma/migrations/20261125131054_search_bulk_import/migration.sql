-- Written by hand (see the search_index migration for why PL/pgSQL bodies spell semicolons
-- as \x3B, and why no comment here contains one). Makes large imports cheap without a second
-- definition of the index: the importer used to rebuild a recap's search row once for the
-- recap and once more per tag row, and the lexicon once per rebuilt row.
--
-- 1. One definition of a recap's search row, for any set of recaps:
--    rewatch_refresh_recap_search_bulk(ids). The per-recap function the triggers call is now
--    that function for one id, so both paths write the same rows by construction. The one
--    change to the row: its distinct words are sorted bytewise (COLLATE "C"), which takes
--    about 60 % of the time the database's collation does. Their order means nothing ("words" only feeds the
--    lexicon, which compares word sets), so rows written before keep theirs.

CREATE FUNCTION rewatch_refresh_recap_search_bulk(targets integer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "RecapSearch" ("recapId", "document", "words")
  SELECT
    r."id",
    setweight(to_tsvector('german', coalesce(e."title", '')), 'A')
      || setweight(to_tsvector('german', tags.names), 'B')
      || setweight(to_tsvector('german', r."plainText"), 'D'),
    (SELECT coalesce(string_agg(DISTINCT word COLLATE "C", ' '), '')
       FROM regexp_split_to_table(
         rewatch_search_fold(concat_ws(' ', e."title", tags.names, r."plainText")),
         '[^a-z0-9äöüßàáâçèéêëìíîïñòóôùúû]+') AS word
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
  ) AS tags
  WHERE r."id" = ANY(targets)
  ORDER BY r."id"
  ON CONFLICT ("recapId") DO UPDATE SET "document" = EXCLUDED."document", "words" = EXCLUDED."words"
$$;

CREATE OR REPLACE FUNCTION rewatch_refresh_recap_search(target integer) RETURNS void
LANGUAGE sql AS $$
  SELECT rewatch_refresh_recap_search_bulk(ARRAY[target])
$$;

-- 2. Bulk mode, the transaction-local setting rewatch.bulk_import = 'on'
--    (set_config('rewatch.bulk_import', 'on', true), it ends with the transaction):
--    a. Inserting a recap or a tag row no longer rebuilds that recap's search row. The
--       transaction owes rewatch_refresh_recap_search_bulk for every recap it inserted, or
--       inserted tags for, before it commits (lib/importer/import-recaps.ts does, per batch).
--       Updates and deletes, and renames of episodes, characters and storylines, rebuild at
--       once as before.
--    b. The lexicon is counted per statement instead of per row (section 3).

DROP TRIGGER recap_search_recap ON "Recap";

CREATE TRIGGER recap_search_recap
AFTER UPDATE OF "plainText", "episodeId" ON "Recap"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_recap();

CREATE TRIGGER recap_search_recap_insert
AFTER INSERT ON "Recap"
FOR EACH ROW WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') <> 'on')
EXECUTE FUNCTION rewatch_recap_search_from_recap();

DROP TRIGGER recap_search_character_tag ON "RecapCharacter";

CREATE TRIGGER recap_search_character_tag
AFTER UPDATE OR DELETE ON "RecapCharacter"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_tag();

CREATE TRIGGER recap_search_character_tag_insert
AFTER INSERT ON "RecapCharacter"
FOR EACH ROW WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') <> 'on')
EXECUTE FUNCTION rewatch_recap_search_from_tag();

DROP TRIGGER recap_search_storyline_tag ON "RecapStoryline";

CREATE TRIGGER recap_search_storyline_tag
AFTER UPDATE OR DELETE ON "RecapStoryline"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_tag();

CREATE TRIGGER recap_search_storyline_tag_insert
AFTER INSERT ON "RecapStoryline"
FOR EACH ROW WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') <> 'on')
EXECUTE FUNCTION rewatch_recap_search_from_tag();

-- 3. The lexicon in bulk mode: one trigger per event on "RecapSearch" sees all rows the
--    statement wrote (transition tables), sums the words that came and went per recap, and
--    applies the difference in one upsert in word order, then drops words whose count reached
--    zero. A bulk rebuild of a thousand recaps then writes each word once, not once per recap
--    (a popular word's row updated thousands of times in one transaction leaves as many dead
--    versions for every later lookup to step over). Outside bulk mode the row trigger of the
--    search_lexicon migration counts as before: it is cheaper for a single row. Both keep the
--    same counts, whichever runs.

DROP TRIGGER recap_search_lexicon ON "RecapSearch";

CREATE TRIGGER recap_search_lexicon
AFTER INSERT OR UPDATE OF "words" OR DELETE ON "RecapSearch"
FOR EACH ROW WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') <> 'on')
EXECUTE FUNCTION rewatch_search_lexicon_count();

CREATE FUNCTION rewatch_search_lexicon_apply() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE changed text[]\x3B counts int[]\x3B BEGIN IF TG_OP = ''INSERT'' THEN SELECT array_agg(t.word ORDER BY t.word), array_agg(t.n ORDER BY t.word) INTO changed, counts FROM (SELECT w AS word, count(*)::int AS n FROM new_rows, unnest(string_to_array(new_rows."words", '' '')) AS w GROUP BY w) AS t\x3B ELSIF TG_OP = ''DELETE'' THEN SELECT array_agg(t.word ORDER BY t.word), array_agg(t.n ORDER BY t.word) INTO changed, counts FROM (SELECT w AS word, -count(*)::int AS n FROM old_rows, unnest(string_to_array(old_rows."words", '' '')) AS w GROUP BY w) AS t\x3B ELSE SELECT array_agg(t.word ORDER BY t.word), array_agg(t.n ORDER BY t.word) INTO changed, counts FROM ( SELECT d.word, sum(d.n)::int AS n FROM ( SELECT a.word, 1 AS n FROM ( SELECT new_rows."recapId", w AS word FROM new_rows, unnest(string_to_array(new_rows."words", '' '')) AS w EXCEPT SELECT old_rows."recapId", w FROM old_rows, unnest(string_to_array(old_rows."words", '' '')) AS w ) AS a UNION ALL SELECT g.word, -1 FROM ( SELECT old_rows."recapId", w AS word FROM old_rows, unnest(string_to_array(old_rows."words", '' '')) AS w EXCEPT SELECT new_rows."recapId", w FROM new_rows, unnest(string_to_array(new_rows."words", '' '')) AS w ) AS g ) AS d GROUP BY d.word HAVING sum(d.n) <> 0 ) AS t\x3B END IF\x3B IF changed IS NULL THEN RETURN NULL\x3B END IF\x3B INSERT INTO "SearchWord" ("word", "recaps") SELECT c.word, c.n FROM unnest(changed, counts) AS c(word, n) ORDER BY c.word ON CONFLICT ("word") DO UPDATE SET "recaps" = "SearchWord"."recaps" + EXCLUDED."recaps"\x3B IF EXISTS (SELECT FROM unnest(counts) AS d WHERE d < 0) THEN DELETE FROM "SearchWord" WHERE "word" = ANY(changed) AND "recaps" <= 0\x3B END IF\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_lexicon_insert
AFTER INSERT ON "RecapSearch" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') = 'on')
EXECUTE FUNCTION rewatch_search_lexicon_apply();

CREATE TRIGGER recap_search_lexicon_update
AFTER UPDATE ON "RecapSearch" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') = 'on')
EXECUTE FUNCTION rewatch_search_lexicon_apply();

CREATE TRIGGER recap_search_lexicon_delete
AFTER DELETE ON "RecapSearch" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT WHEN (coalesce(current_setting('rewatch.bulk_import', true), '') = 'on')
EXECUTE FUNCTION rewatch_search_lexicon_apply();
