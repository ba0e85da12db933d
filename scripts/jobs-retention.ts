// npm run jobs:retention — deletes or anonymises conference registrations and expired directory profiles whose
// retention period ended (lib/retention/retention-job.ts). The app also runs this every hour in-process; running
// it again changes nothing.
import { runRetentionJob } from "@/lib/retention/retention-job";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db";

async function main(): Promise<void> {
  const run = await runRetentionJob();
  console.log(
    `Retention (${env.REGISTRATION_RETENTION_DAYS} days after the event): ${run.deletedRegistrations} registration(s) deleted and ${run.anonymisedRegistrations} anonymised in ${run.events} event(s); ${run.deletedProfiles} directory profile(s) deleted.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
