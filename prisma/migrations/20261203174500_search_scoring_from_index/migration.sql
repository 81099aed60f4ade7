-- Scoring reads a candidate's impact for each query term by (lexeme, recap). With the impact
-- outside the key, every such read also fetched the posting's row from the table (7.3 million
-- rows, 324 MB at 100 000 recaps, far beyond PostgreSQL's default shared buffers): up to 28 µs
-- per candidate and term in EXPLAIN ANALYZE, against 2–3 µs for an index-only read. The key
-- takes the impact as its last column (Prisma cannot spell INCLUDE). A recap still has one
-- posting per lexeme: the triggers write them from its document's distinct lexemes, and
-- every lookup by (lexeme, recap) is a prefix of the key.
-- AlterTable
ALTER TABLE "SearchPosting" DROP CONSTRAINT "SearchPosting_pkey",
ADD CONSTRAINT "SearchPosting_pkey" PRIMARY KEY ("lexeme", "recapId", "impact");
