// npm run jobs:open-data — writes the HSDS data package file now (lib/hsds/nightly-package.ts), which the app
// otherwise writes every night and serves at /api/hsds/datapackage.zip.
import { prisma } from "@/lib/db";
import { dataPackagePath, writeDataPackage } from "@/lib/hsds/nightly-package";

async function main(): Promise<void> {
  const started = performance.now();
  const { bytes } = await writeDataPackage();
  console.log(
    `HSDS data package: ${dataPackagePath()}, ${(bytes.length / 1_048_576).toFixed(2)} MB in ${Math.round(performance.now() - started)} ms.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
