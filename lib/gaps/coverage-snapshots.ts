import { z } from "zod";
import { prisma } from "@/lib/db";
import { berlinMonth } from "@/lib/events/event-time";
import { measureCoverage } from "@/lib/gaps/coverage";

// The county's coverage without filters, once a month (the scheduler asks every hour; the first ask of a month
// stores it), so the atlas can show what changed since the last conference: its working groups' figures were
// those of the month the conference took place in.

const noFilters = { municipality: [], topic: [], language: [], audience: [], isFree: false, near: null, bbox: null };

/** Stores this month's snapshot unless there is one; the month stored, or null when it was there already. */
export async function takeCoverageSnapshot(now = new Date()): Promise<string | null> {
  const month = berlinMonth(now);
  if (await prisma.coverageSnapshot.findUnique({ where: { month }, select: { month: true } })) return null;
  const coverage = await measureCoverage({ text: "", filters: noFilters }, { now });
  const stored = await prisma.coverageSnapshot.createMany({
    data: [{ month, takenAt: now, coverageJson: JSON.stringify(coverage) }],
  });
  return stored.count > 0 ? month : null;
}

const figureSchema = z.object({ offers: z.number(), per10k: z.number().nullable() });
const storedCoverageSchema = z.object({
  municipalities: z.array(
    z.object({
      slug: z.string(),
      offers: z.number(),
      per10k: z.number().nullable(),
      topics: z.record(z.string(), figureSchema),
      languages: z.record(z.string(), figureSchema),
    }),
  ),
});

/** What a comparison reads of a stored Coverage (lib/gaps/coverage.ts). */
export type StoredCoverage = z.infer<typeof storedCoverageSchema>;

export type Comparison = {
  month: string; // YYYY-MM of the snapshot compared with
  takenAt: string; // ISO
  /** The last conference before now, whose month the snapshot belongs to; null when there was none yet. */
  conference: { title: string; startsAt: string } | null;
  coverage: StoredCoverage;
};

/**
 * The snapshot to compare today's coverage with: that of the month of the last conference that has begun (the
 * newest one taken up to then), or else the newest of an earlier month; null when there is none.
 */
export async function comparisonSnapshot(now = new Date()): Promise<Comparison | null> {
  const conference = await prisma.event.findFirst({
    where: { status: "published", startsAt: { lte: now } },
    orderBy: { startsAt: "desc" },
    select: { title: true, startsAt: true },
  });
  const upTo = conference ? berlinMonth(conference.startsAt) : berlinMonth(now);
  const snapshot = await prisma.coverageSnapshot.findFirst({
    where: conference ? { month: { lte: upTo } } : { month: { lt: upTo } },
    orderBy: { month: "desc" },
    select: { month: true, takenAt: true, coverageJson: true },
  });
  if (!snapshot) return null;
  const parsed = storedCoverageSchema.safeParse(JSON.parse(snapshot.coverageJson));
  if (!parsed.success) return null; // a snapshot of an older shape is not compared rather than misread
  return {
    month: snapshot.month,
    takenAt: snapshot.takenAt.toISOString(),
    conference: conference ? { title: conference.title, startsAt: conference.startsAt.toISOString() } : null,
    coverage: parsed.data,
  };
}
