-- Messages are numbered per room (seq) in the order they were sent, which
-- the existing ids give; each room remembers its latest number (lastSeq).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChatMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roomId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChatMessage_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "ChatRoom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChatMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ChatMessage" ("authorId", "body", "createdAt", "id", "roomId", "seq")
SELECT "authorId", "body", "createdAt", "id", "roomId", ROW_NUMBER() OVER (PARTITION BY "roomId" ORDER BY "id") FROM "ChatMessage";
DROP TABLE "ChatMessage";
ALTER TABLE "new_ChatMessage" RENAME TO "ChatMessage";
CREATE INDEX "ChatMessage_authorId_createdAt_idx" ON "ChatMessage"("authorId", "createdAt");
CREATE UNIQUE INDEX "ChatMessage_roomId_seq_key" ON "ChatMessage"("roomId", "seq");
CREATE TABLE "new_ChatRoom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "lockedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ChatRoom_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChatRoom" ("createdAt", "createdById", "description", "id", "lastActivityAt", "lockedAt", "name", "nameKey", "slug", "lastSeq")
SELECT "createdAt", "createdById", "description", "id", "lastActivityAt", "lockedAt", "name", "nameKey", "slug",
  (SELECT COALESCE(MAX("seq"), 0) FROM "ChatMessage" WHERE "ChatMessage"."roomId" = "ChatRoom"."id") FROM "ChatRoom";
DROP TABLE "ChatRoom";
ALTER TABLE "new_ChatRoom" RENAME TO "ChatRoom";
CREATE UNIQUE INDEX "ChatRoom_slug_key" ON "ChatRoom"("slug");
CREATE UNIQUE INDEX "ChatRoom_nameKey_key" ON "ChatRoom"("nameKey");
CREATE INDEX "ChatRoom_lastActivityAt_id_idx" ON "ChatRoom"("lastActivityAt" DESC, "id" DESC);
CREATE INDEX "ChatRoom_createdById_idx" ON "ChatRoom"("createdById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
