-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ArtworkTag" (
    "artworkId" TEXT NOT NULL,
    "tagId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "topScore" REAL NOT NULL,
    "ratingCount" INTEGER NOT NULL,
    "hotScore" REAL NOT NULL,
    "favouriteCount" INTEGER NOT NULL,
    "hiddenAt" DATETIME,

    PRIMARY KEY ("artworkId", "tagId"),
    CONSTRAINT "ArtworkTag_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArtworkTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MutedTag" (
    "userId" TEXT NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "tagId"),
    CONSTRAINT "MutedTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MutedTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Follow" (
    "followerId" TEXT NOT NULL,
    "followeeId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("followerId", "followeeId"),
    CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Follow_followeeId_fkey" FOREIGN KEY ("followeeId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Block" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("blockerId", "blockedId"),
    CONSTRAINT "Block_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Block_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Favourite" (
    "userId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "artworkId"),
    CONSTRAINT "Favourite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Favourite_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Collection_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CollectionItem" (
    "collectionId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("collectionId", "artworkId"),
    CONSTRAINT "CollectionItem_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CollectionItem_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "favouriteCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenAt" DATETIME,
    "hiddenReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Artwork_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Artwork" ("authorId", "createdAt", "description", "dominantColor", "height", "hiddenAt", "hiddenReason", "hotScore", "id", "mediaKey", "placeholder", "ratingCount", "ratingSum", "title", "topScore", "updatedAt", "width") SELECT "authorId", "createdAt", "description", "dominantColor", "height", "hiddenAt", "hiddenReason", "hotScore", "id", "mediaKey", "placeholder", "ratingCount", "ratingSum", "title", "topScore", "updatedAt", "width" FROM "Artwork";
DROP TABLE "Artwork";
ALTER TABLE "new_Artwork" RENAME TO "Artwork";
CREATE UNIQUE INDEX "Artwork_mediaKey_key" ON "Artwork"("mediaKey");
CREATE INDEX "Artwork_createdAt_id_hiddenAt_idx" ON "Artwork"("createdAt" DESC, "id" DESC, "hiddenAt");
CREATE INDEX "Artwork_authorId_createdAt_id_hiddenAt_idx" ON "Artwork"("authorId", "createdAt" DESC, "id" DESC, "hiddenAt");
CREATE INDEX "Artwork_topScore_id_createdAt_hiddenAt_idx" ON "Artwork"("topScore" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_ratingCount_id_createdAt_hiddenAt_idx" ON "Artwork"("ratingCount" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_hotScore_id_hiddenAt_idx" ON "Artwork"("hotScore" DESC, "id" DESC, "hiddenAt");
CREATE INDEX "Artwork_authorId_topScore_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "topScore" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_authorId_ratingCount_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "ratingCount" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_authorId_hotScore_id_hiddenAt_idx" ON "Artwork"("authorId", "hotScore" DESC, "id" DESC, "hiddenAt");
CREATE INDEX "Artwork_favouriteCount_id_createdAt_hiddenAt_idx" ON "Artwork"("favouriteCount" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_authorId_favouriteCount_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "favouriteCount" DESC, "id" DESC, "createdAt", "hiddenAt");
CREATE INDEX "Artwork_hiddenAt_idx" ON "Artwork"("hiddenAt");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "usernameKey" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'USER',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "bannedAt" DATETIME,
    "bannedUntil" DATETIME,
    "banReason" TEXT,
    "displayName" TEXT,
    "bio" TEXT NOT NULL DEFAULT '',
    "avatarKey" TEXT,
    "theme" TEXT NOT NULL DEFAULT 'SYSTEM',
    "email" TEXT,
    "emailKey" TEXT,
    "emailVerifiedAt" DATETIME,
    "emailNoticeDismissedAt" DATETIME,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "followingCount" INTEGER NOT NULL DEFAULT 0,
    "favouritesPublic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("avatarKey", "banReason", "bannedAt", "bannedUntil", "bio", "createdAt", "displayName", "email", "emailKey", "emailNoticeDismissedAt", "emailVerifiedAt", "id", "passwordHash", "role", "sessionVersion", "theme", "updatedAt", "username", "usernameKey") SELECT "avatarKey", "banReason", "bannedAt", "bannedUntil", "bio", "createdAt", "displayName", "email", "emailKey", "emailNoticeDismissedAt", "emailVerifiedAt", "id", "passwordHash", "role", "sessionVersion", "theme", "updatedAt", "username", "usernameKey" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_usernameKey_key" ON "User"("usernameKey");
CREATE UNIQUE INDEX "User_emailKey_key" ON "User"("emailKey");
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt" DESC);
CREATE INDEX "User_followerCount_id_idx" ON "User"("followerCount" DESC, "id" DESC);
CREATE INDEX "User_role_idx" ON "User"("role");
CREATE INDEX "User_bannedAt_idx" ON "User"("bannedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "Tag_usageCount_id_idx" ON "Tag"("usageCount" DESC, "id");

-- CreateIndex
CREATE INDEX "ArtworkTag_tagId_createdAt_artworkId_hiddenAt_idx" ON "ArtworkTag"("tagId", "createdAt" DESC, "artworkId" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "ArtworkTag_tagId_topScore_artworkId_createdAt_hiddenAt_idx" ON "ArtworkTag"("tagId", "topScore" DESC, "artworkId" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "ArtworkTag_tagId_ratingCount_artworkId_createdAt_hiddenAt_idx" ON "ArtworkTag"("tagId", "ratingCount" DESC, "artworkId" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "ArtworkTag_tagId_hotScore_artworkId_hiddenAt_idx" ON "ArtworkTag"("tagId", "hotScore" DESC, "artworkId" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "ArtworkTag_tagId_favouriteCount_artworkId_createdAt_hiddenAt_idx" ON "ArtworkTag"("tagId", "favouriteCount" DESC, "artworkId" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "MutedTag_tagId_idx" ON "MutedTag"("tagId");

-- CreateIndex
CREATE INDEX "Follow_followeeId_createdAt_followerId_idx" ON "Follow"("followeeId", "createdAt" DESC, "followerId" DESC);

-- CreateIndex
CREATE INDEX "Follow_followerId_createdAt_followeeId_idx" ON "Follow"("followerId", "createdAt" DESC, "followeeId" DESC);

-- CreateIndex
CREATE INDEX "Block_blockedId_idx" ON "Block"("blockedId");

-- CreateIndex
CREATE INDEX "Block_blockerId_createdAt_idx" ON "Block"("blockerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Favourite_userId_createdAt_artworkId_idx" ON "Favourite"("userId", "createdAt" DESC, "artworkId" DESC);

-- CreateIndex
CREATE INDEX "Favourite_artworkId_idx" ON "Favourite"("artworkId");

-- CreateIndex
CREATE INDEX "Collection_ownerId_updatedAt_id_idx" ON "Collection"("ownerId", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Collection_ownerId_slug_key" ON "Collection"("ownerId", "slug");

-- CreateIndex
CREATE INDEX "CollectionItem_collectionId_position_idx" ON "CollectionItem"("collectionId", "position");

-- CreateIndex
CREATE INDEX "CollectionItem_artworkId_idx" ON "CollectionItem"("artworkId");

-- Counters and copies kept by the database (hand-written: Prisma has no
-- triggers in its schema, and migrate leaves them alone). Triggers rather
-- than code, so that cascades count too: deleting an account removes its
-- follows and favourites, deleting an artwork its tags.
CREATE TRIGGER "Follow_counts_insert" AFTER INSERT ON "Follow"
BEGIN
  UPDATE "User" SET "followerCount" = "followerCount" + 1 WHERE "id" = NEW."followeeId";
  UPDATE "User" SET "followingCount" = "followingCount" + 1 WHERE "id" = NEW."followerId";
END;

CREATE TRIGGER "Follow_counts_delete" AFTER DELETE ON "Follow"
BEGIN
  UPDATE "User" SET "followerCount" = "followerCount" - 1 WHERE "id" = OLD."followeeId";
  UPDATE "User" SET "followingCount" = "followingCount" - 1 WHERE "id" = OLD."followerId";
END;

CREATE TRIGGER "Favourite_count_insert" AFTER INSERT ON "Favourite"
BEGIN
  UPDATE "Artwork" SET "favouriteCount" = "favouriteCount" + 1 WHERE "id" = NEW."artworkId";
END;

CREATE TRIGGER "Favourite_count_delete" AFTER DELETE ON "Favourite"
BEGIN
  UPDATE "Artwork" SET "favouriteCount" = "favouriteCount" - 1 WHERE "id" = OLD."artworkId";
END;

CREATE TRIGGER "ArtworkTag_usage_insert" AFTER INSERT ON "ArtworkTag"
BEGIN
  UPDATE "Tag" SET "usageCount" = "usageCount" + 1 WHERE "id" = NEW."tagId";
END;

CREATE TRIGGER "ArtworkTag_usage_delete" AFTER DELETE ON "ArtworkTag"
BEGIN
  UPDATE "Tag" SET "usageCount" = "usageCount" - 1 WHERE "id" = OLD."tagId";
END;

-- A tag page walks ArtworkTag's indexes, so the artwork's sort columns are
-- copied there whenever they change (a rating, a favourite, moderation).
CREATE TRIGGER "Artwork_sort_columns_to_tags" AFTER UPDATE OF "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt" ON "Artwork"
BEGIN
  UPDATE "ArtworkTag" SET "createdAt" = NEW."createdAt", "topScore" = NEW."topScore", "ratingCount" = NEW."ratingCount",
    "hotScore" = NEW."hotScore", "favouriteCount" = NEW."favouriteCount", "hiddenAt" = NEW."hiddenAt"
  WHERE "artworkId" = NEW."id";
END;
