// npm run bench:pages [-- --base http://localhost:3000 --requests 200]
// Measures server response times of the public pages against a running app (start it with `npm start`).
// Requests go only to the given local address, one at a time, a bounded number per page.
import { parseArgs } from "node:util";
import { z } from "zod";

const ArgsSchema = z.object({
  base: z.url().refine((url) => ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname), {
    message: "must be a local address",
  }),
  requests: z.coerce.number().int().min(10).max(5_000),
});

const { values } = parseArgs({ options: { base: { type: "string" }, requests: { type: "string" } } });
const args = ArgsSchema.parse({ base: values.base ?? "http://localhost:3000", requests: values.requests ?? "200" });

async function fetchText(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(path, args.base), { redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const home = await fetchText("/de");
  if (home.status !== 200) throw new Error(`${args.base}/de answered ${home.status}: is the app running?`);
  const offerPath = /href="(\/de\/angebote\/[a-z0-9-]+)"/.exec(home.body)?.[1];
  if (!offerPath) throw new Error("No offer link on the home page: is the database seeded?");

  const paths = [
    "/de",
    "/ar",
    "/de/gemeinden/guetersloh",
    "/de/themen/sprache-bildung",
    offerPath,
    "/de/angebote?q=beratung",
    "/api/health",
  ];
  console.log(`${args.requests} sequential requests per page against ${args.base} (after 10 warm-up requests)\n`);
  console.log("page".padEnd(50), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8), "req/s".padStart(8));
  for (const path of paths) {
    for (let i = 0; i < 10; i++) await fetchText(path);
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < args.requests; i++) {
      const t0 = performance.now();
      const { status } = await fetchText(path);
      if (status !== 200) throw new Error(`${path} answered ${status}`);
      times.push(performance.now() - t0);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    console.log(
      path.slice(0, 50).padEnd(50),
      percentile(times, 50).toFixed(1).padStart(8),
      percentile(times, 95).toFixed(1).padStart(8),
      times[times.length - 1]!.toFixed(1).padStart(8),
      (args.requests / seconds).toFixed(0).padStart(8),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
