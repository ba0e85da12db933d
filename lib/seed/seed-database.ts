import type { PrismaClient } from "@/generated/prisma/client";
import type { Region } from "@/lib/region/region";
import { insertDemoSurvey } from "@/lib/seed/demo-survey";
import { generateDemoData } from "@/lib/seed/generate-demo-data";
import { insertDemoData } from "@/lib/seed/insert-demo-data";
import { seedRegion } from "@/lib/seed/seed-region";

export type SeedOptions = {
  mode: "demo" | "production";
  offers: number;
  organisations?: number;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
};

export type SeedOutcome = "created" | "not-empty" | "production";

/**
 * Seeds the region (always; idempotent) and, in demo mode on a database without organisations, the demo data.
 * Demo data is never written in production mode.
 */
export async function seedDatabase(prisma: PrismaClient, region: Region, options: SeedOptions): Promise<SeedOutcome> {
  const log = options.log ?? (() => {});
  await seedRegion(prisma, region);
  log(
    `Region ${region.name}: ${region.municipalities.length} municipalities, ${region.topics.length} topics, ${region.audiences.length} audiences.`,
  );
  if (options.mode === "production") {
    log("Production mode: no demo data is created.");
    return "production";
  }
  if ((await prisma.organisation.count()) > 0) {
    log("The database already has organisations: demo data left as it is.");
    return "not-empty";
  }
  const started = Date.now();
  const data = generateDemoData(region, {
    offers: options.offers,
    organisations: options.organisations,
    seed: options.seed,
    now: options.now ?? new Date(),
  });
  log(
    `Generated ${data.organisations.length} organisations and ${data.offers.length} offers in ${Date.now() - started} ms; writing…`,
  );
  let lastReport = 0;
  await insertDemoData(prisma, data, (done, total) => {
    if (done === total || Date.now() - lastReport > 1_000) {
      lastReport = Date.now();
      log(
        `  offers ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${Math.round((done / total) * 100)} %), ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  });
  await insertDemoSurvey(prisma, region, options.now ?? new Date());
  log(`Demo data written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return "created";
}
