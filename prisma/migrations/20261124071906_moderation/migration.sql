-- DropIndex
DROP INDEX "Artwork_authorId_ratingCount_id_createdAt_idx";

-- DropIndex
DROP INDEX "Artwork_authorId_topScore_id_createdAt_idx";

-- DropIndex
DROP INDEX "Artwork_ratingCount_id_createdAt_idx";

-- DropIndex
DROP INDEX "Artwork_topScore_id_createdAt_idx";

-- DropIndex
DROP INDEX "Artwork_authorId_hotScore_id_idx";

-- DropIndex
DROP INDEX "Artwork_hotScore_id_idx";

-- DropIndex
DROP INDEX "Artwork_authorId_createdAt_id_idx";

-- DropIndex
DROP INDEX "Artwork_createdAt_id_idx";

-- AlterTable
ALTER TABLE "Artwork" ADD COLUMN "hiddenAt" DATETIME;
ALTER TABLE "Artwork" ADD COLUMN "hiddenReason" TEXT;

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reporterId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetOwnerId" TEXT,
    "targetExcerpt" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "outcome" TEXT,
    "resolutionNote" TEXT NOT NULL DEFAULT '',
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "openKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "adminId" TEXT NOT NULL,
    "adminName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "targetOwnerId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_openKey_key" ON "Report"("openKey");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Report_reporterId_createdAt_idx" ON "Report"("reporterId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Report_targetType_targetId_status_idx" ON "Report"("targetType", "targetId", "status");

-- CreateIndex
CREATE INDEX "AuditEntry_adminId_id_idx" ON "AuditEntry"("adminId", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_action_id_idx" ON "AuditEntry"("action", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_targetType_targetId_id_idx" ON "AuditEntry"("targetType", "targetId", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_targetOwnerId_id_idx" ON "AuditEntry"("targetOwnerId", "id" DESC);

-- CreateIndex
CREATE INDEX "Artwork_createdAt_id_hiddenAt_idx" ON "Artwork"("createdAt" DESC, "id" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_createdAt_id_hiddenAt_idx" ON "Artwork"("authorId", "createdAt" DESC, "id" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_topScore_id_createdAt_hiddenAt_idx" ON "Artwork"("topScore" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_ratingCount_id_createdAt_hiddenAt_idx" ON "Artwork"("ratingCount" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_hotScore_id_hiddenAt_idx" ON "Artwork"("hotScore" DESC, "id" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_topScore_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "topScore" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_ratingCount_id_createdAt_hiddenAt_idx" ON "Artwork"("authorId", "ratingCount" DESC, "id" DESC, "createdAt", "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_authorId_hotScore_id_hiddenAt_idx" ON "Artwork"("authorId", "hotScore" DESC, "id" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "Artwork_hiddenAt_idx" ON "Artwork"("hiddenAt");

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_bannedAt_idx" ON "User"("bannedAt");

-- The audit log is append-only: nothing in the app edits or deletes an
-- entry, and the database refuses it too (hand-written: Prisma has no
-- triggers in its schema, and migrate leaves them alone).
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;
