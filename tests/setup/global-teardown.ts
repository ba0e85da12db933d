import { rmSync } from "node:fs";
import { runDirectory } from "./paths";

/** Removes this run's databases. */
export default function globalTeardown(): void {
  if (process.env.ATLAS_JEST_RUN) rmSync(runDirectory(process.env.ATLAS_JEST_RUN), { recursive: true, force: true });
}
