-- Search over artwork (hand-written: Prisma models neither virtual tables nor
-- triggers; scripts/new-migration.ts keeps `migrate dev` from dropping them).
--
-- "ArtworkSearch" holds each artwork's searchable text in one row: title,
-- tag names (in their order), description and the artist's names. Its
-- integer id is the full-text index's rowid: an Artwork's own rowid may
-- change on VACUUM, this one cannot. Triggers keep it in step with the
-- tables it is read from, so every write path (and every cascade) counts.
CREATE TABLE "ArtworkSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "artworkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "artist" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ArtworkSearch_artworkId_key" ON "ArtworkSearch"("artworkId");

-- External content: the index stores only its terms and reads the text
-- from "ArtworkSearch". Accents are folded both in the text and in queries
-- (remove_diacritics 2); the 2- and 3-letter prefix indexes keep a short
-- prefix ("wa*") from walking every term it starts.
CREATE VIRTUAL TABLE "ArtworkSearchIndex" USING fts5(
    "title", "tags", "description", "artist",
    content = 'ArtworkSearch', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- rank, as ORDER BY rank reads it: bm25 with the title above the tags above
-- the description above the artist's names (same order as PostgreSQL's A-D).
INSERT INTO "ArtworkSearchIndex" ("ArtworkSearchIndex", "rank") VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0)');

CREATE TRIGGER "ArtworkSearch_index_insert" AFTER INSERT ON "ArtworkSearch"
BEGIN
  INSERT INTO "ArtworkSearchIndex" ("rowid", "title", "tags", "description", "artist")
  VALUES (NEW."id", NEW."title", NEW."tags", NEW."description", NEW."artist");
END;

CREATE TRIGGER "ArtworkSearch_index_delete" AFTER DELETE ON "ArtworkSearch"
BEGIN
  INSERT INTO "ArtworkSearchIndex" ("ArtworkSearchIndex", "rowid", "title", "tags", "description", "artist")
  VALUES ('delete', OLD."id", OLD."title", OLD."tags", OLD."description", OLD."artist");
END;

CREATE TRIGGER "ArtworkSearch_index_update" AFTER UPDATE ON "ArtworkSearch"
BEGIN
  INSERT INTO "ArtworkSearchIndex" ("ArtworkSearchIndex", "rowid", "title", "tags", "description", "artist")
  VALUES ('delete', OLD."id", OLD."title", OLD."tags", OLD."description", OLD."artist");
  INSERT INTO "ArtworkSearchIndex" ("rowid", "title", "tags", "description", "artist")
  VALUES (NEW."id", NEW."title", NEW."tags", NEW."description", NEW."artist");
END;

-- Artwork: a new row is searchable at once (its tags follow as they are
-- added); an edit or a change of author rewrites its row. Hidden artwork
-- and banned members stay indexed: the search reads those columns live,
-- because a ban ends on its own when bannedUntil passes.
CREATE TRIGGER "Artwork_search_insert" AFTER INSERT ON "Artwork"
BEGIN
  INSERT INTO "ArtworkSearch" ("artworkId", "title", "tags", "description", "artist")
  SELECT NEW."id", NEW."title", '', NEW."description", "username" || ' ' || coalesce("displayName", '')
  FROM "User" WHERE "id" = NEW."authorId";
END;

CREATE TRIGGER "Artwork_search_update" AFTER UPDATE OF "title", "description", "authorId" ON "Artwork"
BEGIN
  UPDATE "ArtworkSearch" SET "title" = NEW."title", "description" = NEW."description",
    "artist" = (SELECT "username" || ' ' || coalesce("displayName", '') FROM "User" WHERE "id" = NEW."authorId")
  WHERE "artworkId" = NEW."id";
END;

CREATE TRIGGER "Artwork_search_delete" AFTER DELETE ON "Artwork"
BEGIN
  DELETE FROM "ArtworkSearch" WHERE "artworkId" = OLD."id";
END;

CREATE TRIGGER "ArtworkTag_search_insert" AFTER INSERT ON "ArtworkTag"
BEGIN
  UPDATE "ArtworkSearch" SET "tags" = (
    SELECT coalesce(group_concat("Tag"."name", ' ' ORDER BY "ArtworkTag"."position"), '')
    FROM "ArtworkTag" JOIN "Tag" ON "Tag"."id" = "ArtworkTag"."tagId" WHERE "ArtworkTag"."artworkId" = NEW."artworkId"
  ) WHERE "artworkId" = NEW."artworkId";
END;

CREATE TRIGGER "ArtworkTag_search_delete" AFTER DELETE ON "ArtworkTag"
BEGIN
  UPDATE "ArtworkSearch" SET "tags" = (
    SELECT coalesce(group_concat("Tag"."name", ' ' ORDER BY "ArtworkTag"."position"), '')
    FROM "ArtworkTag" JOIN "Tag" ON "Tag"."id" = "ArtworkTag"."tagId" WHERE "ArtworkTag"."artworkId" = OLD."artworkId"
  ) WHERE "artworkId" = OLD."artworkId";
END;

-- Tag names are normalised once and not edited today; should one change, its artwork follows.
CREATE TRIGGER "Tag_search_update" AFTER UPDATE OF "name" ON "Tag"
BEGIN
  UPDATE "ArtworkSearch" SET "tags" = (
    SELECT coalesce(group_concat("Tag"."name", ' ' ORDER BY "ArtworkTag"."position"), '')
    FROM "ArtworkTag" JOIN "Tag" ON "Tag"."id" = "ArtworkTag"."tagId" WHERE "ArtworkTag"."artworkId" = "ArtworkSearch"."artworkId"
  ) WHERE "artworkId" IN (SELECT "artworkId" FROM "ArtworkTag" WHERE "tagId" = NEW."id");
END;

-- A renamed member is found by the new name at once (and no longer by the old one).
CREATE TRIGGER "User_search_update" AFTER UPDATE OF "username", "displayName" ON "User"
BEGIN
  UPDATE "ArtworkSearch" SET "artist" = NEW."username" || ' ' || coalesce(NEW."displayName", '')
  WHERE "artworkId" IN (SELECT "id" FROM "Artwork" WHERE "authorId" = NEW."id");
END;

-- The artwork already on the site.
INSERT INTO "ArtworkSearch" ("artworkId", "title", "tags", "description", "artist")
SELECT "Artwork"."id", "Artwork"."title",
  coalesce((SELECT group_concat("Tag"."name", ' ' ORDER BY "ArtworkTag"."position")
    FROM "ArtworkTag" JOIN "Tag" ON "Tag"."id" = "ArtworkTag"."tagId" WHERE "ArtworkTag"."artworkId" = "Artwork"."id"), ''),
  "Artwork"."description", "User"."username" || ' ' || coalesce("User"."displayName", '')
FROM "Artwork" JOIN "User" ON "User"."id" = "Artwork"."authorId";
