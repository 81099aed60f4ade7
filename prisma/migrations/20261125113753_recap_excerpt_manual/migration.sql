-- AlterTable
ALTER TABLE "Recap" ADD COLUMN     "excerptManual" BOOLEAN NOT NULL DEFAULT false;
