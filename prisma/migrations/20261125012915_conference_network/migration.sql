-- AlterTable
ALTER TABLE "Profile" ADD COLUMN "contactEmail" TEXT;
ALTER TABLE "Profile" ADD COLUMN "organisationKind" TEXT;
ALTER TABLE "Profile" ADD COLUMN "phone" TEXT;

-- CreateTable
CREATE TABLE "RecommendationVote" (
    "recommendationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("recommendationId", "userId"),
    CONSTRAINT "RecommendationVote_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactBlock" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("blockerId", "blockedId"),
    CONSTRAINT "ContactBlock_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactBlock_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AbuseReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reporterId" TEXT,
    "reportedUserId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" DATETIME,
    CONSTRAINT "AbuseReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AbuseReport_reportedUserId_fkey" FOREIGN KEY ("reportedUserId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
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
INSERT INTO "new_Registration" ("accessibilityNeeds", "assignedGroupId", "assignmentReason", "cancelledAt", "checkedInAt", "createdAt", "eventId", "firstChoiceId", "groupStatus", "id", "municipalityId", "name", "organisationName", "role", "secondChoiceId", "sequence", "status", "updatedAt", "userId") SELECT "accessibilityNeeds", "assignedGroupId", "assignmentReason", "cancelledAt", "checkedInAt", "createdAt", "eventId", "firstChoiceId", "groupStatus", "id", "municipalityId", "name", "organisationName", "role", "secondChoiceId", "sequence", "status", "updatedAt", "userId" FROM "Registration";
DROP TABLE "Registration";
ALTER TABLE "new_Registration" RENAME TO "Registration";
CREATE INDEX "Registration_eventId_status_idx" ON "Registration"("eventId", "status");
CREATE INDEX "Registration_userId_idx" ON "Registration"("userId");
CREATE INDEX "Registration_assignedGroupId_idx" ON "Registration"("assignedGroupId");
CREATE UNIQUE INDEX "Registration_eventId_userId_key" ON "Registration"("eventId", "userId");
CREATE UNIQUE INDEX "Registration_eventId_sequence_key" ON "Registration"("eventId", "sequence");
CREATE TABLE "new_Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workingGroupId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Recommendation" ("authorId", "createdAt", "id", "status", "text", "title", "updatedAt", "workingGroupId") SELECT "authorId", "createdAt", "id", "status", "text", "title", "updatedAt", "workingGroupId" FROM "Recommendation";
DROP TABLE "Recommendation";
ALTER TABLE "new_Recommendation" RENAME TO "Recommendation";
CREATE INDEX "Recommendation_workingGroupId_status_idx" ON "Recommendation"("workingGroupId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RecommendationVote_userId_idx" ON "RecommendationVote"("userId");

-- CreateIndex
CREATE INDEX "ContactBlock_blockedId_idx" ON "ContactBlock"("blockedId");

-- CreateIndex
CREATE INDEX "AbuseReport_status_createdAt_idx" ON "AbuseReport"("status", "createdAt");

