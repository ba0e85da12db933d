// npm run bench:registration [-- --people 500 --capacity 100 --rounds 5]
// A burst of simultaneous registrations for one event on a fresh temporary database (the real registration
// code, in-process, mails into the development mailbox): throughput, latency per registration, and a check
// that capacity held. All figures include the confirmation mail being written.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({
  options: { people: { type: "string" }, capacity: { type: "string" }, rounds: { type: "string" } },
});
const args = z
  .object({
    people: z.coerce.number().int().min(1).max(20_000),
    capacity: z.coerce.number().int().min(1).max(20_000),
    rounds: z.coerce.number().int().min(1).max(100),
  })
  .parse({ people: values.people ?? "500", capacity: values.capacity ?? "100", rounds: values.rounds ?? "5" });

const directory = mkdtempSync(path.join(tmpdir(), "atlas-bench-registration-"));
process.env.DATABASE_URL = `file:${path.join(directory, "bench.db")}`;
process.env.DATA_DIR = directory;
process.env.APP_MODE = "demo";
process.env.SMTP_URL = "";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function main() {
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: process.env, stdio: "ignore" });
  // Imported after DATABASE_URL is set: lib/env reads it once.
  const { prisma } = await import("@/lib/db");
  const { seedRegion } = await import("@/lib/seed/seed-region");
  const { getRegion } = await import("@/lib/region/region");
  const { registerForEvent } = await import("@/lib/events/registration");
  await seedRegion(prisma, getRegion());
  const topics = await prisma.topic.findMany({ take: 6 });

  console.log(`bench:registration: ${args.people} people at once for ${args.capacity} places, ${args.rounds} rounds`);
  for (let round = 1; round <= args.rounds; round++) {
    const now = Date.now();
    const event = await prisma.event.create({
      data: {
        slug: `bench-${round}-${now}`,
        title: "Benchmark",
        description: "",
        startsAt: new Date(now + 30 * 86_400_000),
        endsAt: new Date(now + 30 * 86_400_000 + 3_600_000),
        venueName: "-",
        venueAddress: "-",
        capacity: args.capacity,
        registrationOpensAt: new Date(now - 86_400_000),
        registrationClosesAt: new Date(now + 86_400_000),
        status: "published",
        workingGroups: {
          create: topics.map((t) => ({
            slug: t.slug,
            title: t.slug,
            topicId: t.id,
            capacity: Math.ceil(args.capacity / 6),
          })),
        },
      },
      include: { workingGroups: true },
    });
    const emails = Array.from({ length: args.people }, (_, i) => `bench-${round}-${i}@example.org`);
    await prisma.user.createMany({ data: emails.map((email) => ({ email })) });
    const users = await prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });

    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      users.map(async (user, i) => {
        const t0 = performance.now();
        await registerForEvent(
          { userId: user.id, email: user.email, isAdmin: false, roleByOrganisationId: {} },
          event.id,
          { name: `Person ${i}`, firstChoice: event.workingGroups[i % event.workingGroups.length]!.id },
        );
        latencies.push(performance.now() - t0);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const confirmed = await prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } });
    const waiting = await prisma.registration.count({ where: { eventId: event.id, status: "waitlisted" } });
    latencies.sort((a, b) => a - b);
    console.log(
      `round ${round}: ${(args.people / seconds).toFixed(0)} registrations/s, burst done in ${seconds.toFixed(2)} s, ` +
        `per registration p50 ${percentile(latencies, 0.5).toFixed(0)} ms / p95 ${percentile(latencies, 0.95).toFixed(0)} ms ` +
        `(queued behind the burst); confirmed ${confirmed}, waiting ${waiting}` +
        (confirmed === Math.min(args.capacity, args.people) ? "" : "  ✖ CAPACITY VIOLATED"),
    );
  }
  await prisma.$disconnect();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(directory, { recursive: true, force: true }));
