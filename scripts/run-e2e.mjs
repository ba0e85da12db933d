// npm run test:e2e — end-to-end tests need Chromium from Debian (`apt-get install chromium`). In CI a missing
// browser fails the run; on a developer's machine the tests are skipped with a loud message.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(`\n✖ ${message}\n  CI requires the end-to-end tests.\n`);
    process.exit(1);
  }
  console.warn(`\n${"!".repeat(100)}\n!! END-TO-END TESTS SKIPPED. ${message}\n${"!".repeat(100)}\n`);
  process.exit(0);
}

// A fresh database per run, so the seed, the migrations and the demo data are exercised every time.
rmSync("tests/.tmp/e2e", { recursive: true, force: true });
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
