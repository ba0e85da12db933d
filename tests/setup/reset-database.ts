import { prisma } from "@/lib/db";

/** Deletes every row of every table (not the schema), for a clean slate between integration tests. */
export async function resetDatabase(): Promise<void> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\_prisma%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'`;
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  try {
    for (const { name } of tables) await prisma.$executeRawUnsafe(`DELETE FROM "${name}"`);
  } finally {
    await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
}
