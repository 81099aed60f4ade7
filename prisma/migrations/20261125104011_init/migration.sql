-- CreateEnum
CREATE TYPE "RecapStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "TagSource" AS ENUM ('MANUAL', 'SUGGESTED');

-- CreateEnum
CREATE TYPE "CharacterKind" AS ENUM ('MAIN', 'RECURRING', 'GUEST');

-- CreateTable
CREATE TABLE "Show" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "network" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Show_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Season" (
    "id" SERIAL NOT NULL,
    "showId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "Season_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" SERIAL NOT NULL,
    "showId" INTEGER NOT NULL,
    "seasonId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "airDate" DATE,
    "airDateVerified" BOOLEAN NOT NULL DEFAULT true,
    "recordedAt" DATE,
    "audioUrl" TEXT,
    "podcastEpisodeNumber" INTEGER,

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Character" (
    "id" SERIAL NOT NULL,
    "showId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "aliases" TEXT[],
    "description" TEXT,
    "kind" "CharacterKind" NOT NULL DEFAULT 'RECURRING',

    CONSTRAINT "Character_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Storyline" (
    "id" SERIAL NOT NULL,
    "showId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Storyline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorylineCharacter" (
    "storylineId" INTEGER NOT NULL,
    "characterId" INTEGER NOT NULL,

    CONSTRAINT "StorylineCharacter_pkey" PRIMARY KEY ("storylineId","characterId")
);

-- CreateTable
CREATE TABLE "Recap" (
    "id" SERIAL NOT NULL,
    "episodeId" INTEGER,
    "status" "RecapStatus" NOT NULL DEFAULT 'DRAFT',
    "body" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "importHash" TEXT,
    "importNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecapRevision" (
    "id" SERIAL NOT NULL,
    "recapId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "RecapStatus" NOT NULL,
    "body" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecapRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecapCharacter" (
    "recapId" INTEGER NOT NULL,
    "characterId" INTEGER NOT NULL,
    "source" "TagSource" NOT NULL DEFAULT 'MANUAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecapCharacter_pkey" PRIMARY KEY ("recapId","characterId")
);

-- CreateTable
CREATE TABLE "RecapStoryline" (
    "recapId" INTEGER NOT NULL,
    "storylineId" INTEGER NOT NULL,
    "source" "TagSource" NOT NULL DEFAULT 'MANUAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecapStoryline_pkey" PRIMARY KEY ("recapId","storylineId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Show_slug_key" ON "Show"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Season_showId_number_key" ON "Season"("showId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Episode_slug_key" ON "Episode"("slug");

-- CreateIndex
CREATE INDEX "Episode_showId_idx" ON "Episode"("showId");

-- CreateIndex
CREATE UNIQUE INDEX "Episode_seasonId_number_key" ON "Episode"("seasonId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Episode_showId_podcastEpisodeNumber_key" ON "Episode"("showId", "podcastEpisodeNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Character_slug_key" ON "Character"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Character_showId_name_key" ON "Character"("showId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Storyline_slug_key" ON "Storyline"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Storyline_showId_title_key" ON "Storyline"("showId", "title");

-- CreateIndex
CREATE INDEX "StorylineCharacter_characterId_idx" ON "StorylineCharacter"("characterId");

-- CreateIndex
CREATE UNIQUE INDEX "Recap_episodeId_key" ON "Recap"("episodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Recap_importHash_key" ON "Recap"("importHash");

-- CreateIndex
CREATE INDEX "Recap_status_publishedAt_idx" ON "Recap"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "RecapRevision_recapId_createdAt_idx" ON "RecapRevision"("recapId", "createdAt");

-- CreateIndex
CREATE INDEX "RecapCharacter_characterId_idx" ON "RecapCharacter"("characterId");

-- CreateIndex
CREATE INDEX "RecapStoryline_storylineId_idx" ON "RecapStoryline"("storylineId");

-- AddForeignKey
ALTER TABLE "Season" ADD CONSTRAINT "Season_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Character" ADD CONSTRAINT "Character_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Storyline" ADD CONSTRAINT "Storyline_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorylineCharacter" ADD CONSTRAINT "StorylineCharacter_storylineId_fkey" FOREIGN KEY ("storylineId") REFERENCES "Storyline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorylineCharacter" ADD CONSTRAINT "StorylineCharacter_characterId_fkey" FOREIGN KEY ("characterId") REFERENCES "Character"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recap" ADD CONSTRAINT "Recap_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecapRevision" ADD CONSTRAINT "RecapRevision_recapId_fkey" FOREIGN KEY ("recapId") REFERENCES "Recap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecapCharacter" ADD CONSTRAINT "RecapCharacter_recapId_fkey" FOREIGN KEY ("recapId") REFERENCES "Recap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecapCharacter" ADD CONSTRAINT "RecapCharacter_characterId_fkey" FOREIGN KEY ("characterId") REFERENCES "Character"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecapStoryline" ADD CONSTRAINT "RecapStoryline_recapId_fkey" FOREIGN KEY ("recapId") REFERENCES "Recap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecapStoryline" ADD CONSTRAINT "RecapStoryline_storylineId_fkey" FOREIGN KEY ("storylineId") REFERENCES "Storyline"("id") ON DELETE CASCADE ON UPDATE CASCADE;
