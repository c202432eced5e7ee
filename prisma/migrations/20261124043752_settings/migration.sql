-- CreateTable
CREATE TABLE "UsernameRedirect" (
    "usernameKey" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UsernameRedirect_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("avatarKey", "banReason", "bannedAt", "bannedUntil", "bio", "createdAt", "displayName", "id", "passwordHash", "role", "sessionVersion", "updatedAt", "username", "usernameKey") SELECT "avatarKey", "banReason", "bannedAt", "bannedUntil", "bio", "createdAt", "displayName", "id", "passwordHash", "role", "sessionVersion", "updatedAt", "username", "usernameKey" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_usernameKey_key" ON "User"("usernameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "UsernameRedirect_userId_idx" ON "UsernameRedirect"("userId");
