-- AlterTable
ALTER TABLE "Artwork" ADD COLUMN     "favouriteCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "favouritesPublic" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "followerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "followingCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArtworkTag" (
    "artworkId" TEXT NOT NULL,
    "tagId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "topScore" DOUBLE PRECISION NOT NULL,
    "ratingCount" INTEGER NOT NULL,
    "hotScore" DOUBLE PRECISION NOT NULL,
    "favouriteCount" INTEGER NOT NULL,
    "hiddenAt" TIMESTAMP(3),

    CONSTRAINT "ArtworkTag_pkey" PRIMARY KEY ("artworkId","tagId")
);

-- CreateTable
CREATE TABLE "MutedTag" (
    "userId" TEXT NOT NULL,
    "tagId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MutedTag_pkey" PRIMARY KEY ("userId","tagId")
);

-- CreateTable
CREATE TABLE "Follow" (
    "followerId" TEXT NOT NULL,
    "followeeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("followerId","followeeId")
);

-- CreateTable
CREATE TABLE "Block" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "Favourite" (
    "userId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favourite_pkey" PRIMARY KEY ("userId","artworkId")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionItem" (
    "collectionId" TEXT NOT NULL,
    "artworkId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionItem_pkey" PRIMARY KEY ("collectionId","artworkId")
);

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
CREATE INDEX "ArtworkTag_tagId_favouriteCount_artworkId_createdAt_hiddenA_idx" ON "ArtworkTag"("tagId", "favouriteCount" DESC, "artworkId" DESC, "createdAt", "hiddenAt");

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

-- CreateIndex
CREATE INDEX "Artwork_favouriteCount_id_createdAt_hiddenAt_idx" ON "Artwork"("favouriteCount" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_favouriteCount_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "favouriteCount" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "User_followerCount_id_idx" ON "User"("followerCount" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ArtworkTag" ADD CONSTRAINT "ArtworkTag_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArtworkTag" ADD CONSTRAINT "ArtworkTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutedTag" ADD CONSTRAINT "MutedTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutedTag" ADD CONSTRAINT "MutedTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followeeId_fkey" FOREIGN KEY ("followeeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favourite" ADD CONSTRAINT "Favourite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favourite" ADD CONSTRAINT "Favourite_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Counters and copies kept by the database (hand-written: Prisma has no
-- triggers in its schema, and migrate leaves them alone). Triggers rather
-- than code, so that cascades count too: deleting an account removes its
-- follows and favourites, deleting an artwork its tags. Each skips rows
-- that db:copy-to-postgres inserts (it sets app.copying_rows), whose
-- counters arrive already counted.
CREATE FUNCTION "copying_rows"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.copying_rows', true), '') = 'on'
$$;

-- Both members in one statement, through the primary key in id order, so
-- two members following each other at once cannot deadlock.
CREATE FUNCTION "Follow_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  change integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
  edge "Follow" := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
BEGIN
  IF "copying_rows"() THEN RETURN NULL; END IF;
  UPDATE "User" SET
    "followerCount" = "followerCount" + CASE WHEN "id" = edge."followeeId" THEN change ELSE 0 END,
    "followingCount" = "followingCount" + CASE WHEN "id" = edge."followerId" THEN change ELSE 0 END
  WHERE "id" IN (edge."followerId", edge."followeeId");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Follow_counts" AFTER INSERT OR DELETE ON "Follow"
  FOR EACH ROW EXECUTE FUNCTION "Follow_counts"();

CREATE FUNCTION "Favourite_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "copying_rows"() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE "Artwork" SET "favouriteCount" = "favouriteCount" + 1 WHERE "id" = NEW."artworkId";
  ELSE
    UPDATE "Artwork" SET "favouriteCount" = "favouriteCount" - 1 WHERE "id" = OLD."artworkId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Favourite_count" AFTER INSERT OR DELETE ON "Favourite"
  FOR EACH ROW EXECUTE FUNCTION "Favourite_count"();

CREATE FUNCTION "ArtworkTag_usage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "copying_rows"() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE "Tag" SET "usageCount" = "usageCount" + 1 WHERE "id" = NEW."tagId";
  ELSE
    UPDATE "Tag" SET "usageCount" = "usageCount" - 1 WHERE "id" = OLD."tagId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ArtworkTag_usage" AFTER INSERT OR DELETE ON "ArtworkTag"
  FOR EACH ROW EXECUTE FUNCTION "ArtworkTag_usage"();

-- A tag page walks ArtworkTag's indexes, so the artwork's sort columns are
-- copied there whenever they change (a rating, a favourite, moderation).
CREATE FUNCTION "Artwork_sort_columns_to_tags"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArtworkTag" SET "createdAt" = NEW."createdAt", "topScore" = NEW."topScore", "ratingCount" = NEW."ratingCount",
    "hotScore" = NEW."hotScore", "favouriteCount" = NEW."favouriteCount", "hiddenAt" = NEW."hiddenAt"
  WHERE "artworkId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Artwork_sort_columns_to_tags" AFTER UPDATE OF "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt" ON "Artwork"
  FOR EACH ROW
  WHEN ((OLD."createdAt", OLD."topScore", OLD."ratingCount", OLD."hotScore", OLD."favouriteCount", OLD."hiddenAt")
    IS DISTINCT FROM (NEW."createdAt", NEW."topScore", NEW."ratingCount", NEW."hotScore", NEW."favouriteCount", NEW."hiddenAt"))
  EXECUTE FUNCTION "Artwork_sort_columns_to_tags"();
