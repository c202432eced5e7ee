-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "artworkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Rating_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Rating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Artwork" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "placeholder" TEXT NOT NULL,
    "dominantColor" TEXT NOT NULL,
    "mediaKey" TEXT NOT NULL,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "topScore" REAL NOT NULL DEFAULT 3,
    "hotScore" REAL NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Artwork_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Artwork" ("authorId", "createdAt", "description", "dominantColor", "height", "id", "mediaKey", "placeholder", "title", "updatedAt", "width") SELECT "authorId", "createdAt", "description", "dominantColor", "height", "id", "mediaKey", "placeholder", "title", "updatedAt", "width" FROM "Artwork";
DROP TABLE "Artwork";
ALTER TABLE "new_Artwork" RENAME TO "Artwork";
CREATE UNIQUE INDEX "Artwork_mediaKey_key" ON "Artwork"("mediaKey");
CREATE INDEX "Artwork_createdAt_id_idx" ON "Artwork"("createdAt" DESC, "id" DESC);
CREATE INDEX "Artwork_authorId_createdAt_id_idx" ON "Artwork"("authorId", "createdAt" DESC, "id" DESC);
CREATE INDEX "Artwork_topScore_id_idx" ON "Artwork"("topScore" DESC, "id" DESC);
CREATE INDEX "Artwork_ratingCount_id_idx" ON "Artwork"("ratingCount" DESC, "id" DESC);
CREATE INDEX "Artwork_hotScore_id_idx" ON "Artwork"("hotScore" DESC, "id" DESC);
CREATE INDEX "Artwork_authorId_topScore_id_idx" ON "Artwork"("authorId", "topScore" DESC, "id" DESC);
CREATE INDEX "Artwork_authorId_ratingCount_id_idx" ON "Artwork"("authorId", "ratingCount" DESC, "id" DESC);
CREATE INDEX "Artwork_authorId_hotScore_id_idx" ON "Artwork"("authorId", "hotScore" DESC, "id" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Rating_userId_idx" ON "Rating"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_artworkId_userId_key" ON "Rating"("artworkId", "userId");

-- Backfill: an unrated artwork's hot score is its creation time over the
-- decay constant (lib/ratings/score.ts, HOT_DECAY_SECONDS = 45000).
UPDATE "Artwork" SET "hotScore" = ((julianday("createdAt") - 2440587.5) * 86400.0) / 45000.0;
