import { runReminderJob } from "@/lib/freshness/reminders";
import { env } from "@/lib/env";
import { takeCoverageSnapshot } from "@/lib/gaps/coverage-snapshots";
import { runDataPackageJob } from "@/lib/hsds/nightly-package";
import { describeRetentionRun, runRetentionJob } from "@/lib/retention/retention-job";
import { vacuumIfDue, vacuumStampFile } from "@/lib/sqlite/vacuum";

// The in-process scheduler: every job once a minute after start and then every hour, one after the other (one
// SQLite writer). Every job is idempotent, so a missed or doubled run does no harm; a failed run is logged and
// retried at the next tick. Reminders, retention and the open data package also run by hand with
// `npm run jobs:<name>`. VACUUM comes last, so the space that retention freed is given back in the same tick.

const FIRST_RUN_DELAY_MS = 60_000;
const INTERVAL_MS = 3_600_000;

/** A job run that returns a log line when it changed something, or null when there was nothing to do. */
type ScheduledJob = { name: string; run: () => Promise<string | null> };

const JOBS: readonly ScheduledJob[] = [
  {
    name: "reminders",
    run: async () => {
      const run = await runReminderJob();
      return run.digests + run.escalatedOffers + run.failedMails > 0
        ? `${run.digests} digest(s), ${run.escalatedOffers} escalated, ${run.failedMails} failed`
        : null;
    },
  },
  {
    name: "retention",
    run: async () => describeRetentionRun(await runRetentionJob()),
  },
  { name: "open-data", run: () => runDataPackageJob() },
  {
    name: "coverage-snapshot",
    run: async () => {
      const month = await takeCoverageSnapshot();
      return month ? `coverage of ${month} kept for the gap atlas` : null;
    },
  },
  {
    name: "vacuum",
    run: async () => {
      const run = await vacuumIfDue({ stampFile: vacuumStampFile(env.DATA_DIR) });
      const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
      return run
        ? `${run.reason}: ${megabytes(run.bytesBefore)} → ${megabytes(run.bytesAfter)} in ${run.milliseconds} ms`
        : null;
    },
  },
];

const state = ((globalThis as { jobScheduler?: { timer?: NodeJS.Timeout } }).jobScheduler ??= {});

async function tick(): Promise<void> {
  for (const job of JOBS) {
    try {
      const line = await job.run();
      if (line) console.log(`[${job.name}] ${line}`);
    } catch (error) {
      console.error(`[${job.name}] run failed: ${(error as Error).message}`);
    }
  }
}

export function startJobScheduler(): void {
  if (state.timer) return;
  state.timer = setTimeout(function next() {
    void tick().finally(() => {
      state.timer = setTimeout(next, INTERVAL_MS);
      state.timer.unref();
    });
  }, FIRST_RUN_DELAY_MS);
  state.timer.unref();
}
