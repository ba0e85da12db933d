-- CreateTable
CREATE TABLE "AccessibilityFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "message" TEXT NOT NULL,
    "pageUrl" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" DATETIME
);

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_status_createdAt_idx" ON "AccessibilityFeedback"("status", "createdAt");

