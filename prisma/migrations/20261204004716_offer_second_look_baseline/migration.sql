-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "secondLookBaselineJson" TEXT;

