-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "filePath" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'uploaded',
    "mappingJson" TEXT,
    "reportJson" TEXT,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "actorId" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportRun_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT,
    "street" TEXT,
    "postcode" TEXT,
    "municipalityId" TEXT NOT NULL,
    "lat" REAL,
    "lng" REAL,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "languagesJson" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "verifiedAt" DATETIME,
    "rejectionReason" TEXT,
    "ownerlessSince" DATETIME,
    "pendingIdentityJson" TEXT,
    "pendingIdentitySince" DATETIME,
    "secondLookSince" DATETIME,
    "externalSource" TEXT,
    "externalId" TEXT,
    "importRunId" TEXT,
    "locationApproximate" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organisation_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("contactName", "createdAt", "description", "email", "id", "isDemo", "kind", "languagesJson", "lat", "lng", "municipalityId", "name", "ownerlessSince", "pendingIdentityJson", "pendingIdentitySince", "phone", "postcode", "rejectionReason", "secondLookSince", "slug", "status", "street", "updatedAt", "verifiedAt", "website") SELECT "contactName", "createdAt", "description", "email", "id", "isDemo", "kind", "languagesJson", "lat", "lng", "municipalityId", "name", "ownerlessSince", "pendingIdentityJson", "pendingIdentitySince", "phone", "postcode", "rejectionReason", "secondLookSince", "slug", "status", "street", "updatedAt", "verifiedAt", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");
CREATE INDEX "Organisation_status_idx" ON "Organisation"("status");
CREATE INDEX "Organisation_importRunId_idx" ON "Organisation"("importRunId");
CREATE UNIQUE INDEX "Organisation_externalSource_externalId_key" ON "Organisation"("externalSource", "externalId");
CREATE TABLE "new_Offer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "languageNote" TEXT,
    "isCountyWide" BOOLEAN NOT NULL DEFAULT false,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "locationName" TEXT,
    "street" TEXT,
    "postcode" TEXT,
    "locationMunicipalityId" TEXT,
    "lat" REAL,
    "lng" REAL,
    "scheduleText" TEXT,
    "costKind" TEXT NOT NULL DEFAULT 'free',
    "costNote" TEXT,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT false,
    "accessibility" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "validFrom" DATETIME,
    "validUntil" DATETIME,
    "availability" TEXT NOT NULL DEFAULT 'unknown',
    "availabilitySetAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "rejectionReason" TEXT,
    "submittedAt" DATETIME,
    "secondLookSince" DATETIME,
    "secondLookBaselineJson" TEXT,
    "lastConfirmedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminderSentAt" DATETIME,
    "escalatedAt" DATETIME,
    "textUpdatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "externalSource" TEXT,
    "externalId" TEXT,
    "importRunId" TEXT,
    "locationApproximate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Offer_locationMunicipalityId_fkey" FOREIGN KEY ("locationMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Offer_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Offer" ("accessibility", "availability", "availabilitySetAt", "contactEmail", "contactName", "contactPhone", "costKind", "costNote", "createdAt", "description", "escalatedAt", "id", "isCountyWide", "isOnline", "languageNote", "lastConfirmedAt", "lat", "lng", "locationMunicipalityId", "locationName", "organisationId", "postcode", "publishedAt", "registrationRequired", "rejectionReason", "reminderSentAt", "scheduleText", "secondLookBaselineJson", "secondLookSince", "slug", "status", "street", "submittedAt", "summary", "textUpdatedAt", "title", "updatedAt", "validFrom", "validUntil") SELECT "accessibility", "availability", "availabilitySetAt", "contactEmail", "contactName", "contactPhone", "costKind", "costNote", "createdAt", "description", "escalatedAt", "id", "isCountyWide", "isOnline", "languageNote", "lastConfirmedAt", "lat", "lng", "locationMunicipalityId", "locationName", "organisationId", "postcode", "publishedAt", "registrationRequired", "rejectionReason", "reminderSentAt", "scheduleText", "secondLookBaselineJson", "secondLookSince", "slug", "status", "street", "submittedAt", "summary", "textUpdatedAt", "title", "updatedAt", "validFrom", "validUntil" FROM "Offer";
DROP TABLE "Offer";
ALTER TABLE "new_Offer" RENAME TO "Offer";
CREATE UNIQUE INDEX "Offer_slug_key" ON "Offer"("slug");
CREATE INDEX "Offer_organisationId_idx" ON "Offer"("organisationId");
CREATE INDEX "Offer_status_updatedAt_idx" ON "Offer"("status", "updatedAt");
CREATE INDEX "Offer_status_lastConfirmedAt_idx" ON "Offer"("status", "lastConfirmedAt");
CREATE INDEX "Offer_secondLookSince_idx" ON "Offer"("secondLookSince");
CREATE INDEX "Offer_locationMunicipalityId_idx" ON "Offer"("locationMunicipalityId");
CREATE INDEX "Offer_importRunId_idx" ON "Offer"("importRunId");
CREATE UNIQUE INDEX "Offer_externalSource_externalId_key" ON "Offer"("externalSource", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ImportRun_createdAt_idx" ON "ImportRun"("createdAt");

