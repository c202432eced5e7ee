-- DropIndex
DROP INDEX "Artwork_authorId_ratingCount_id_idx";

-- DropIndex
DROP INDEX "Artwork_authorId_topScore_id_idx";

-- DropIndex
DROP INDEX "Artwork_ratingCount_id_idx";

-- DropIndex
DROP INDEX "Artwork_topScore_id_idx";

-- CreateIndex
CREATE INDEX "Artwork_topScore_id_createdAt_idx" ON "Artwork"("topScore" DESC, "id" DESC, "createdAt");

-- CreateIndex
CREATE INDEX "Artwork_ratingCount_id_createdAt_idx" ON "Artwork"("ratingCount" DESC, "id" DESC, "createdAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_topScore_id_createdAt_idx" ON "Artwork"("authorId", "topScore" DESC, "id" DESC, "createdAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_ratingCount_id_createdAt_idx" ON "Artwork"("authorId", "ratingCount" DESC, "id" DESC, "createdAt");
