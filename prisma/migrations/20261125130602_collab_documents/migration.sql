-- CreateTable
CREATE TABLE "CollabDocument" (
    "episodeId" INTEGER NOT NULL,
    "state" BYTEA NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 1,
    "recapVersion" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollabDocument_pkey" PRIMARY KEY ("episodeId")
);

-- AddForeignKey
ALTER TABLE "CollabDocument" ADD CONSTRAINT "CollabDocument_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
