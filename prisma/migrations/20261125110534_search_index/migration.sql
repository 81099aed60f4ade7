-- Trigram operators for the words index below (PGlite loads the extension in lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "RecapSearch" (
    "recapId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,
    "words" TEXT NOT NULL,

    CONSTRAINT "RecapSearch_pkey" PRIMARY KEY ("recapId")
);

-- CreateIndex
CREATE INDEX "RecapSearch_document_idx" ON "RecapSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "RecapSearch_words_idx" ON "RecapSearch" USING GIN ("words" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "RecapSearch" ADD CONSTRAINT "RecapSearch_recapId_fkey" FOREIGN KEY ("recapId") REFERENCES "Recap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: Prisma cannot express functions and triggers. The database keeps
-- "RecapSearch" current whenever a recap's text or episode, its tags, or the names and
-- titles it borrows change, so no code path (studio, importer, psql) can forget it.
-- The pg adapter that applies migrations splits scripts at every semicolon, so the
-- PL/pgSQL bodies are E'' strings that spell their semicolons as \x3B.

-- Lower-case including umlauts and accents, also where the database's ctype is C.
CREATE FUNCTION rewatch_search_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(input), 'ÄÖÜÀÁÂÇÈÉÊËÌÍÎÏÑÒÓÔÙÚÛ', 'äöüàáâçèéêëìíîïñòóôùúû')
$$;

-- Weights: episode title A, character names and aliases and storyline titles B, body D.
CREATE FUNCTION rewatch_refresh_recap_search(target integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "RecapSearch" ("recapId", "document", "words")
  SELECT
    r."id",
    setweight(to_tsvector('german', coalesce(e."title", '')), 'A')
      || setweight(to_tsvector('german', tags.names), 'B')
      || setweight(to_tsvector('german', r."plainText"), 'D'),
    (SELECT coalesce(string_agg(DISTINCT word, ' '), '')
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
  WHERE r."id" = target
  ON CONFLICT ("recapId") DO UPDATE SET "document" = EXCLUDED."document", "words" = EXCLUDED."words"
$$;

CREATE FUNCTION rewatch_recap_search_from_recap() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search(NEW."id")\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_recap
AFTER INSERT OR UPDATE OF "plainText", "episodeId" ON "Recap"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_recap();

CREATE FUNCTION rewatch_recap_search_from_tag() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN IF TG_OP <> ''INSERT'' THEN PERFORM rewatch_refresh_recap_search(OLD."recapId")\x3B END IF\x3B IF TG_OP = ''INSERT'' OR (TG_OP = ''UPDATE'' AND NEW."recapId" <> OLD."recapId") THEN PERFORM rewatch_refresh_recap_search(NEW."recapId")\x3B END IF\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_character_tag
AFTER INSERT OR UPDATE OR DELETE ON "RecapCharacter"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_tag();

CREATE TRIGGER recap_search_storyline_tag
AFTER INSERT OR UPDATE OR DELETE ON "RecapStoryline"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_tag();

CREATE FUNCTION rewatch_recap_search_from_episode() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search(r."id") FROM "Recap" r WHERE r."episodeId" = NEW."id"\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_episode_title
AFTER UPDATE OF "title" ON "Episode"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_episode();

CREATE FUNCTION rewatch_recap_search_from_character() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search(rc."recapId") FROM "RecapCharacter" rc WHERE rc."characterId" = NEW."id"\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_character_name
AFTER UPDATE OF "name", "shortName", "aliases" ON "Character"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_character();

CREATE FUNCTION rewatch_recap_search_from_storyline() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN PERFORM rewatch_refresh_recap_search(rs."recapId") FROM "RecapStoryline" rs WHERE rs."storylineId" = NEW."id"\x3B RETURN NULL\x3B END';

CREATE TRIGGER recap_search_storyline_title
AFTER UPDATE OF "title" ON "Storyline"
FOR EACH ROW EXECUTE FUNCTION rewatch_recap_search_from_storyline();

-- Recaps that exist before this migration.
SELECT rewatch_refresh_recap_search("id") FROM "Recap";
