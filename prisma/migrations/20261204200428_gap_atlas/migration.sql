-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN "gapCitedAt" DATETIME;
ALTER TABLE "Recommendation" ADD COLUMN "gapLanguage" TEXT;
ALTER TABLE "Recommendation" ADD COLUMN "gapMunicipality" TEXT;
ALTER TABLE "Recommendation" ADD COLUMN "gapOffers" INTEGER;
ALTER TABLE "Recommendation" ADD COLUMN "gapPer10k" REAL;
ALTER TABLE "Recommendation" ADD COLUMN "gapTopic" TEXT;

-- CreateTable
CREATE TABLE "WorkingGroupModerator" (
    "workingGroupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("workingGroupId", "userId"),
    CONSTRAINT "WorkingGroupModerator_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkingGroupModerator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UnmetSearch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "month" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "municipality" TEXT NOT NULL DEFAULT '',
    "topic" TEXT NOT NULL DEFAULT '',
    "locale" TEXT NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    "zeroResults" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "CoverageSnapshot" (
    "month" TEXT NOT NULL PRIMARY KEY,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "coverageJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "introduction" TEXT NOT NULL DEFAULT '',
    "topicsJson" TEXT NOT NULL,
    "access" TEXT NOT NULL DEFAULT 'open',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SurveyInvitation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "municipality" TEXT,
    "language" TEXT,
    "locale" TEXT NOT NULL,
    CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "responseId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "rating" INTEGER,
    "text" TEXT,

    PRIMARY KEY ("responseId", "topic"),
    CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WorkingGroupModerator_userId_idx" ON "WorkingGroupModerator"("userId");

-- CreateIndex
CREATE INDEX "UnmetSearch_query_idx" ON "UnmetSearch"("query");

-- CreateIndex
CREATE UNIQUE INDEX "UnmetSearch_month_query_municipality_topic_locale_key" ON "UnmetSearch"("month", "query", "municipality", "topic", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "SurveyInvitation_surveyId_idx" ON "SurveyInvitation"("surveyId");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_municipality_idx" ON "SurveyResponse"("surveyId", "municipality");

-- CreateIndex
CREATE INDEX "SurveyAnswer_topic_idx" ON "SurveyAnswer"("topic");

-- CreateIndex
CREATE INDEX "Recommendation_gapTopic_gapMunicipality_idx" ON "Recommendation"("gapTopic", "gapMunicipality");

