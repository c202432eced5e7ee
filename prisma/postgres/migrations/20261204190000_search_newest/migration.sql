-- The search scores only a common word's newest matches (lib/search): each
-- row of "ArtworkSearch" gets a number in the order artwork was made, the
-- newest highest (SQLite's "ArtworkSearch"."id", numbered the same way in
-- the migration of the same name there), and an index to walk them newest
-- first.
ALTER TABLE "ArtworkSearch" ADD COLUMN "id" BIGINT;
UPDATE "ArtworkSearch" AS s SET "id" = made."position"
  FROM (SELECT "id" AS "artworkId", row_number() OVER (ORDER BY "createdAt", "id") AS "position" FROM "Artwork") AS made
  WHERE made."artworkId" = s."artworkId";
ALTER TABLE "ArtworkSearch" ALTER COLUMN "id" SET NOT NULL;
ALTER TABLE "ArtworkSearch" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('"ArtworkSearch"', 'id'), coalesce(max("id"), 0) + 1, false) FROM "ArtworkSearch";
CREATE UNIQUE INDEX "ArtworkSearch_id_key" ON "ArtworkSearch"("id");

-- A rebuild (db:copy-to-postgres) numbers the artwork in the same order.
CREATE OR REPLACE FUNCTION "ArtworkSearch_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ArtworkSearch";
  INSERT INTO "ArtworkSearch" ("artworkId", "document")
  SELECT "id", "ArtworkSearch_document"("id") FROM "Artwork" ORDER BY "createdAt", "id";
END;
$$;

-- "search_fold" reads only the database's encoding, which never changes:
-- declared IMMUTABLE, a search's words are folded once, when the statement
-- is planned. As STABLE it was inlined and run again for every row a
-- search read (a two-word phrase: 1.6 s of folding for 2,000 rows).
ALTER FUNCTION "search_fold"(text) IMMUTABLE;

-- Artists are found by their own names (lib/search/artists.ts, which repeats
-- this expression): the artwork index holds the names too, but a GIN index
-- cannot search one weight of a document, so finding "light" in names read
-- every artwork with the word anywhere. Named with the search index's
-- prefix, as the tools that compare schemas leave its objects out
-- (lib/search/index-objects.ts); Prisma's schema cannot express it.
CREATE INDEX "ArtworkSearch_member_names_idx" ON "User"
  USING gin (to_tsvector('simple', "search_fold"("username" || ' ' || coalesce("displayName", ''))));
