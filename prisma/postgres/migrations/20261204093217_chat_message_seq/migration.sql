-- Messages are numbered per room (seq) in the order they were sent, which
-- the existing ids give; each room remembers its latest number (lastSeq).

-- DropIndex
DROP INDEX "ChatMessage_roomId_id_idx";

-- AlterTable
ALTER TABLE "ChatMessage" ADD COLUMN     "seq" INTEGER;
UPDATE "ChatMessage" SET "seq" = numbered."seq"
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "roomId" ORDER BY "id") AS "seq" FROM "ChatMessage") AS numbered
WHERE "ChatMessage"."id" = numbered."id";
ALTER TABLE "ChatMessage" ALTER COLUMN "seq" SET NOT NULL;

-- AlterTable
ALTER TABLE "ChatRoom" ADD COLUMN     "lastSeq" INTEGER NOT NULL DEFAULT 0;
UPDATE "ChatRoom" SET "lastSeq" = (SELECT COALESCE(MAX("seq"), 0) FROM "ChatMessage" WHERE "ChatMessage"."roomId" = "ChatRoom"."id");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessage_roomId_seq_key" ON "ChatMessage"("roomId", "seq");
