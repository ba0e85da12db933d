-- AlterTable
ALTER TABLE "User" ADD COLUMN "emailChangedAt" DATETIME;

