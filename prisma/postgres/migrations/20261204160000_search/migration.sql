-- Search over artwork (hand-written: Prisma models neither tsvector columns
-- nor triggers; scripts/new-migration.ts and the drift test leave these
-- objects alone, see lib/search/index-objects.ts).
--
-- "ArtworkSearch" holds each artwork's words with their weight: A the
-- title, B the tag names, C the description, D the artist's names (the
-- same order as SQLite's bm25 weights). Triggers keep it in step with the
-- tables it is read from, so every write path (and every cascade) counts.
-- Hidden artwork and banned members stay indexed: the search reads those
-- columns live, because a ban ends on its own when bannedUntil passes.
CREATE TABLE "ArtworkSearch" (
    "artworkId" TEXT NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ArtworkSearch_pkey" PRIMARY KEY ("artworkId")
);
CREATE INDEX "ArtworkSearch_document_idx" ON "ArtworkSearch" USING gin ("document");

-- Lower case without accents, as SQLite's unicode61 remove_diacritics 2
-- folds them: decomposed (NFKD), combining marks dropped. Written out rather
-- than the unaccent extension, which a hosted database may not allow;
-- normalize() needs a UTF8 database, so any other keeps its accents.
CREATE FUNCTION "search_fold"(input text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN current_setting('server_encoding') = 'UTF8'
    THEN regexp_replace(normalize(lower(input), NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')
    ELSE lower(input) END
$$;

-- VOLATILE on purpose: each call reads the tables with a fresh snapshot, so
-- the upsert below, once it has waited for a concurrent writer's lock on
-- the same row, rebuilds from what that writer committed (READ COMMITTED
-- would otherwise let two simultaneous tag edits each drop the other's tag).
CREATE FUNCTION "ArtworkSearch_document"(artwork_id text) RETURNS tsvector LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN (
    SELECT setweight(to_tsvector('simple', "search_fold"(a."title")), 'A')
      || setweight(to_tsvector('simple', "search_fold"(coalesce((
           SELECT string_agg(t."name", ' ' ORDER BY at."position") FROM "ArtworkTag" at JOIN "Tag" t ON t."id" = at."tagId"
           WHERE at."artworkId" = a."id"), ''))), 'B')
      || setweight(to_tsvector('simple', "search_fold"(a."description")), 'C')
      || setweight(to_tsvector('simple', "search_fold"(u."username" || ' ' || coalesce(u."displayName", ''))), 'D')
    FROM "Artwork" a JOIN "User" u ON u."id" = a."authorId" WHERE a."id" = artwork_id
  );
END;
$$;

CREATE FUNCTION "ArtworkSearch_refresh"(artwork_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ArtworkSearch" ("artworkId", "document")
  SELECT artwork_id, document FROM "ArtworkSearch_document"(artwork_id) AS document WHERE document IS NOT NULL
  ON CONFLICT ("artworkId") DO UPDATE SET "document" = coalesce("ArtworkSearch_document"(artwork_id), EXCLUDED."document");
END;
$$;

-- Every artwork's row, rebuilt: the backfill below, and db:copy-to-postgres
-- once its rows are in (its triggers stand aside while it copies).
CREATE FUNCTION "ArtworkSearch_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ArtworkSearch";
  INSERT INTO "ArtworkSearch" ("artworkId", "document") SELECT "id", "ArtworkSearch_document"("id") FROM "Artwork";
END;
$$;

CREATE FUNCTION "Artwork_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "ArtworkSearch" WHERE "artworkId" = OLD."id";
  ELSIF NOT "copying_rows"() THEN
    PERFORM "ArtworkSearch_refresh"(NEW."id");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Artwork_search_insert_delete" AFTER INSERT OR DELETE ON "Artwork"
  FOR EACH ROW EXECUTE FUNCTION "Artwork_search"();

CREATE TRIGGER "Artwork_search_update" AFTER UPDATE OF "title", "description", "authorId" ON "Artwork"
  FOR EACH ROW
  WHEN ((OLD."title", OLD."description", OLD."authorId") IS DISTINCT FROM (NEW."title", NEW."description", NEW."authorId"))
  EXECUTE FUNCTION "Artwork_search"();

CREATE FUNCTION "ArtworkTag_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT "copying_rows"() THEN
    PERFORM "ArtworkSearch_refresh"(CASE WHEN TG_OP = 'DELETE' THEN OLD."artworkId" ELSE NEW."artworkId" END);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ArtworkTag_search" AFTER INSERT OR DELETE ON "ArtworkTag"
  FOR EACH ROW EXECUTE FUNCTION "ArtworkTag_search"();

-- Tag names are normalised once and not edited today; should one change, its artwork follows.
CREATE FUNCTION "Tag_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ArtworkSearch_refresh"("artworkId") FROM "ArtworkTag" WHERE "tagId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Tag_search" AFTER UPDATE OF "name" ON "Tag"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "Tag_search"();

-- A renamed member is found by the new name at once (and no longer by the old one).
CREATE FUNCTION "User_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ArtworkSearch_refresh"("id") FROM "Artwork" WHERE "authorId" = NEW."id" ORDER BY "id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_search" AFTER UPDATE OF "username", "displayName" ON "User"
  FOR EACH ROW
  WHEN ((OLD."username", OLD."displayName") IS DISTINCT FROM (NEW."username", NEW."displayName"))
  EXECUTE FUNCTION "User_search"();

-- The artwork already on the site.
SELECT "ArtworkSearch_rebuild"();
