-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "ownerlessSince" DATETIME;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "escalatedAt" DATETIME;
ALTER TABLE "Offer" ADD COLUMN "reminderSentAt" DATETIME;
ALTER TABLE "Offer" ADD COLUMN "secondLookSince" DATETIME;
ALTER TABLE "Offer" ADD COLUMN "submittedAt" DATETIME;

-- CreateTable
CREATE TABLE "OrganisationClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationClaim_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "image" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "emailVerified", "id", "image", "isAdmin", "isDemo", "name", "updatedAt") SELECT "createdAt", "email", "emailVerified", "id", "image", "isAdmin", "isDemo", "name", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrganisationClaim_status_createdAt_idx" ON "OrganisationClaim"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OrganisationClaim_organisationId_idx" ON "OrganisationClaim"("organisationId");

-- CreateIndex
CREATE INDEX "Offer_secondLookSince_idx" ON "Offer"("secondLookSince");

