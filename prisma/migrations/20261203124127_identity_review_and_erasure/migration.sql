-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "pendingIdentityJson" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "pendingIdentitySince" DATETIME;
ALTER TABLE "Organisation" ADD COLUMN "secondLookSince" DATETIME;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "pseudonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "DevMail" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'other';

-- CreateTable
CREATE TABLE "WorkingGroupMember" (
    "workingGroupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("workingGroupId", "userId"),
    CONSTRAINT "WorkingGroupMember_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkingGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "emailChangedAt" DATETIME,
    "previousEmailsJson" TEXT NOT NULL DEFAULT '[]',
    "image" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "emailChangedAt", "emailVerified", "id", "image", "isAdmin", "isDemo", "locale", "name", "updatedAt") SELECT "createdAt", "email", "emailChangedAt", "emailVerified", "id", "image", "isAdmin", "isDemo", "locale", "name", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "userId" TEXT,
    "sequence" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationName" TEXT,
    "municipalityId" TEXT,
    "role" TEXT,
    "accessibilityNeeds" TEXT,
    "firstChoiceId" TEXT,
    "secondChoiceId" TEXT,
    "assignedGroupId" TEXT,
    "groupStatus" TEXT,
    "assignmentReason" TEXT,
    "keepsGroup" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" DATETIME,
    "cancelledAt" DATETIME,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Registration_firstChoiceId_fkey" FOREIGN KEY ("firstChoiceId") REFERENCES "WorkingGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Registration_secondChoiceId_fkey" FOREIGN KEY ("secondChoiceId") REFERENCES "WorkingGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Registration_assignedGroupId_fkey" FOREIGN KEY ("assignedGroupId") REFERENCES "WorkingGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Registration" ("accessibilityNeeds", "anonymisedAt", "assignedGroupId", "assignmentReason", "cancelledAt", "checkedInAt", "createdAt", "eventId", "firstChoiceId", "groupStatus", "id", "keepsGroup", "municipalityId", "name", "organisationName", "role", "secondChoiceId", "sequence", "status", "updatedAt", "userId") SELECT "accessibilityNeeds", "anonymisedAt", "assignedGroupId", "assignmentReason", "cancelledAt", "checkedInAt", "createdAt", "eventId", "firstChoiceId", "groupStatus", "id", "keepsGroup", "municipalityId", "name", "organisationName", "role", "secondChoiceId", "sequence", "status", "updatedAt", "userId" FROM "Registration";
DROP TABLE "Registration";
ALTER TABLE "new_Registration" RENAME TO "Registration";
CREATE INDEX "Registration_eventId_status_idx" ON "Registration"("eventId", "status");
CREATE INDEX "Registration_userId_idx" ON "Registration"("userId");
CREATE INDEX "Registration_assignedGroupId_idx" ON "Registration"("assignedGroupId");
CREATE UNIQUE INDEX "Registration_eventId_userId_key" ON "Registration"("eventId", "userId");
CREATE UNIQUE INDEX "Registration_eventId_sequence_key" ON "Registration"("eventId", "sequence");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WorkingGroupMember_userId_idx" ON "WorkingGroupMember"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_pseudonymisedAt_createdAt_idx" ON "AuditEvent"("pseudonymisedAt", "createdAt");


-- Data: registrations the retention job anonymised earlier keep their person only as a working-group member.
INSERT OR IGNORE INTO "WorkingGroupMember" ("workingGroupId", "userId", "createdAt")
SELECT "assignedGroupId", "userId", "anonymisedAt" FROM "Registration"
WHERE "anonymisedAt" IS NOT NULL AND "assignedGroupId" IS NOT NULL AND "userId" IS NOT NULL
  AND "status" = 'confirmed' AND "groupStatus" = 'assigned';
UPDATE "Registration" SET "userId" = NULL WHERE "anonymisedAt" IS NOT NULL;
