import { runReminderJob } from "@/lib/freshness/reminders";

// The in-process scheduler: the reminder job once a minute after start and then every hour. The job is
// idempotent, so a missed or doubled run does no harm; a failed run is logged and retried at the next tick.

const FIRST_RUN_DELAY_MS = 60_000;
const INTERVAL_MS = 3_600_000;

const state = ((globalThis as { reminderScheduler?: { timer?: NodeJS.Timeout } }).reminderScheduler ??= {});

async function tick(): Promise<void> {
  try {
    const run = await runReminderJob();
    if (run.digests + run.escalatedOffers + run.failedMails > 0)
      console.log(`[reminders] ${run.digests} digest(s), ${run.escalatedOffers} escalated, ${run.failedMails} failed`);
  } catch (error) {
    console.error(`[reminders] run failed: ${(error as Error).message}`);
  }
}

export function startReminderScheduler(): void {
  if (state.timer) return;
  state.timer = setTimeout(function next() {
    void tick().finally(() => {
      state.timer = setTimeout(next, INTERVAL_MS);
      state.timer.unref();
    });
  }, FIRST_RUN_DELAY_MS);
  state.timer.unref();
}
