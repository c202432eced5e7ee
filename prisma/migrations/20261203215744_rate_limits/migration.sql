-- Failed log-ins are now counted by the one rate-limit mechanism; the rows
-- dropped here only ever lived for the 15 minutes of their window.
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "FailedLogin";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "RateLimit" (
    "bucket" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "spentUntil" REAL NOT NULL,

    PRIMARY KEY ("bucket", "subject")
);

-- CreateIndex
CREATE INDEX "RateLimit_spentUntil_idx" ON "RateLimit"("spentUntil");
