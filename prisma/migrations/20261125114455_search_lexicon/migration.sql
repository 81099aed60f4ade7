-- DropIndex
DROP INDEX "RecapSearch_words_idx";

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "recaps" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Written by hand (see the search_index migration for why PL/pgSQL bodies spell semicolons
-- as \x3B). "SearchWord" counts in how many recaps each word of "RecapSearch"."words"
-- occurs, and a word leaves the lexicon with its last recap. Only the difference between the
-- old and the new word list is written, in word order so concurrent saves lock rows in the
-- same order and cannot deadlock each other.
CREATE FUNCTION rewatch_search_lexicon_count() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE old_words text[] := CASE WHEN TG_OP = ''INSERT'' THEN ''{}''::text[] ELSE string_to_array(OLD."words", '' '') END\x3B new_words text[] := CASE WHEN TG_OP = ''DELETE'' THEN ''{}''::text[] ELSE string_to_array(NEW."words", '' '') END\x3B gone text[]\x3B added text[]\x3B BEGIN gone := ARRAY(SELECT unnest(old_words) EXCEPT SELECT unnest(new_words) ORDER BY 1)\x3B added := ARRAY(SELECT unnest(new_words) EXCEPT SELECT unnest(old_words) ORDER BY 1)\x3B IF cardinality(gone) > 0 THEN DELETE FROM "SearchWord" WHERE "word" = ANY(gone) AND "recaps" <= 1\x3B UPDATE "SearchWord" SET "recaps" = "recaps" - 1 WHERE "word" = ANY(gone)\x3B END IF\x3B IF cardinality(added) > 0 THEN INSERT INTO "SearchWord" ("word", "recaps") SELECT unnest(added), 1 ON CONFLICT ("word") DO UPDATE SET "recaps" = "SearchWord"."recaps" + 1\x3B END IF\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_lexicon
AFTER INSERT OR UPDATE OF "words" OR DELETE ON "RecapSearch"
FOR EACH ROW EXECUTE FUNCTION rewatch_search_lexicon_count();

-- Words of the recaps indexed before this migration.
INSERT INTO "SearchWord" ("word", "recaps")
SELECT word, count(*)::int
FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word
GROUP BY word;
