import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// Deleted rows must leave the file (issue #12): without secure_delete SQLite only unlinks a deleted row and its
// bytes stay in the page until something overwrites them, readable with a hex editor or `strings`.

const databaseFile = env.DATABASE_URL.replace(/^file:/, "");

/** Copies the WAL into the database file and truncates it, so the file holds everything committed. */
async function checkpoint(): Promise<void> {
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}

test("the app's connection runs with secure_delete on", async () => {
  expect(await prisma.$queryRawUnsafe("PRAGMA secure_delete")).toEqual([{ secure_delete: 1n }]);
});

test("a deleted row's content is not in the database file after a checkpoint", async () => {
  const marker = `secure-delete-marker-${randomUUID()}`;
  const mail = await prisma.devMail.create({ data: { to: `${marker}@example.org`, subject: marker, text: marker } });
  await checkpoint();
  // The check can see the marker at all: it is in the file while the row exists.
  expect(readFileSync(databaseFile).includes(marker)).toBe(true);

  await prisma.devMail.delete({ where: { id: mail.id } });
  await checkpoint();
  expect(readFileSync(databaseFile).includes(marker)).toBe(false);
});
