import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { withConnectionPragmas } from "@/lib/sqlite/connection-pragmas";
import { serialiseAdapterFactory } from "@/lib/sqlite/serialised-adapter";

// The only PrismaClient. No "server-only" import so that prisma/seed.ts and scripts can use it; ESLint limits
// who may import it. WAL mode is set once on the file when the database is prepared (scripts/prepare-database.ts);
// the busy timeout and secure_delete are per connection, so they are set here.
function createPrismaClient(): PrismaClient {
  const adapter = serialiseAdapterFactory(
    withConnectionPragmas(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5_000 })),
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

// Development reloads re-evaluate modules; keep one client (and one SQLite handle) across them.
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type { Prisma } from "@/generated/prisma/client";
