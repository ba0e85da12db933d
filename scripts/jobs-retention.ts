// npm run jobs:retention — applies every retention period (lib/retention/retention-job.ts): conference
// registrations and expired directory profiles, audit events to pseudonymise, expired sign-in tokens and
// sessions, development mails, handled feedback and reports, old invitations. The app also runs this every
// hour in-process; running it again changes nothing.
import { describeRetentionRun, runRetentionJob } from "@/lib/retention/retention-job";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db";

async function main(): Promise<void> {
  const run = await runRetentionJob();
  console.log(
    `Retention (registrations ${env.REGISTRATION_RETENTION_DAYS} days after the event, audit events after ${env.AUDIT_RETENTION_DAYS} days): ${describeRetentionRun(run) ?? "nothing to do"}.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
