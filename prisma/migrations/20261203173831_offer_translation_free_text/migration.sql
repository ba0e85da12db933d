-- AlterTable
ALTER TABLE "OfferTranslation" ADD COLUMN "accessibility" TEXT;
ALTER TABLE "OfferTranslation" ADD COLUMN "costNote" TEXT;
ALTER TABLE "OfferTranslation" ADD COLUMN "languageNote" TEXT;
ALTER TABLE "OfferTranslation" ADD COLUMN "scheduleText" TEXT;

