// npm run db:seed [-- --offers 100000] [--organisations N] [--seed N]
// Seeds the region and, in demo mode on an empty database, the demo data. The migrations run first.
import { parseArgs } from "node:util";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getRegion } from "@/lib/region/region";
import { seedDatabase } from "@/lib/seed/seed-database";

const ArgsSchema = z.object({
  offers: z.coerce.number().int().min(1).max(1_000_000).default(400),
  organisations: z.coerce.number().int().min(1).max(200_000).optional(),
  seed: z.coerce.number().int().optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { offers: { type: "string" }, organisations: { type: "string" }, seed: { type: "string" } },
  });
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    console.error(`Invalid arguments:\n${z.prettifyError(args.error)}`);
    process.exit(1);
  }
  await seedDatabase(prisma, getRegion(), { mode: env.APP_MODE, ...args.data, log: (line) => console.log(line) });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
