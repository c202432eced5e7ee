-- AlterTable: a column with a constant default is added in place (no table rebuild).
-- The placeholders of existing artwork are drawn by a job the server enqueues at start (lib/art/placeholder-backfill.ts).
ALTER TABLE "Artwork" ADD COLUMN "placeholderUrl" TEXT NOT NULL DEFAULT '';
