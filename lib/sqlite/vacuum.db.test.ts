import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { vacuumIfDue } from "@/lib/sqlite/vacuum";
import { resetDatabase } from "@/tests/setup/reset-database";

const databaseFile = env.DATABASE_URL.replace(/^file:/, "");
const DAY_MS = 86_400_000;
let stampFile: string;

beforeEach(async () => {
  await resetDatabase();
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  stampFile = path.join(env.DATA_DIR, `vacuum-stamp-${randomUUID()}`);
});

async function freePages(): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ freelist_count: bigint }[]>("PRAGMA freelist_count");
  return Number(row!.freelist_count);
}

/** Writes then deletes about 6 MB of mails, which leaves most of the file as free pages. */
async function leaveFreePages(): Promise<void> {
  const text = "x".repeat(2_000);
  await prisma.devMail.createMany({
    data: Array.from({ length: 3_000 }, (_, i) => ({ to: `${i}@example.org`, subject: "bulk", text })),
  });
  await prisma.devMail.deleteMany({ where: { subject: "bulk" } });
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}

// VACUUM cannot run inside a transaction, and on the app's one connection an open interactive transaction would
// otherwise take it in: it has to wait its turn behind the transactions, which keep coming meanwhile.
test("after a large deletion it vacuums while transactions keep writing, and every write completes", async () => {
  await leaveFreePages();
  expect(await freePages()).toBeGreaterThan(1_000);
  const sizeBefore = statSync(databaseFile).size;

  let vacuumed = false;
  const writers = Array.from({ length: 4 }, async (_, writer) => {
    let written = 0;
    while (!vacuumed) {
      await prisma.$transaction(async (tx) => {
        await tx.devMail.create({ data: { to: `w${writer}@example.org`, subject: "during", text: "" } });
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
      written += 1;
    }
    return written;
  });
  await new Promise((resolve) => setTimeout(resolve, 20)); // the writers are in their transactions
  const run = await vacuumIfDue({ stampFile }).finally(() => (vacuumed = true));
  const written = (await Promise.all(writers)).reduce((sum, count) => sum + count, 0);

  expect(run?.reason).toBe("free pages");
  expect(run!.bytesAfter).toBeLessThan(run!.bytesBefore / 2);
  expect(written).toBeGreaterThan(4);
  expect(await prisma.devMail.count({ where: { subject: "during" } })).toBe(written);
  expect(await freePages()).toBe(0);
  expect(statSync(databaseFile).size).toBeLessThan(sizeBefore / 2);
  // VACUUM writes a copy of the whole database to the WAL; the checkpoint after it truncates the WAL again.
  expect(statSync(`${databaseFile}-wal`).size).toBeLessThan(sizeBefore / 10);
});

test("without free pages it waits a week from the first check, then vacuums", async () => {
  const start = new Date("2026-12-01T03:00:00Z");
  expect(await vacuumIfDue({ stampFile, now: start })).toBeNull();
  expect(await vacuumIfDue({ stampFile, now: new Date(start.getTime() + 6 * DAY_MS) })).toBeNull();
  const run = await vacuumIfDue({ stampFile, now: new Date(start.getTime() + 7 * DAY_MS) });
  expect(run?.reason).toBe("weekly");
  expect(await vacuumIfDue({ stampFile, now: new Date(start.getTime() + 8 * DAY_MS) })).toBeNull();
});
