// npm run jobs:reminders — sends the freshness digests and escalations that are due (lib/freshness/reminders.ts).
// The app also runs this every hour in-process; running it by hand sends nothing twice.
import { runReminderJob } from "@/lib/freshness/reminders";
import { prisma } from "@/lib/db";

async function main(): Promise<void> {
  const run = await runReminderJob();
  console.log(
    `Reminders: ${run.digests} digest(s) for ${run.offersReminded} offer(s); ${run.escalatedOffers} offer(s) escalated to the admins; ${run.failedMails} mail(s) failed.`,
  );
  if (run.failedMails > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
