import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ActionResult, ErrorCode } from "@/lib/result";
import de from "@/messages/de.json";

// Runs generated inputs through one boundary and counts what came back the way an HTTP client would see it.
// A boundary answers 2xx, 3xx or a 4xx that explains itself; anything thrown, any status ≥ 500 and a 4xx
// without an explanation is a finding. FUZZ_RUNS sets the inputs per boundary (100 by default, so `npm test`
// stays quick; `npm run fuzz` uses 10,000). FUZZ_FIGURES_DIR, when set, receives the figures as JSON.

/** Inputs per boundary. */
export const FUZZ_RUNS = (() => {
  const runs = Number(process.env.FUZZ_RUNS ?? 100);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FUZZ_RUNS must be a positive whole number, not ${process.env.FUZZ_RUNS}`);
  return runs;
})();

/** A jest timeout that fits FUZZ_RUNS inputs of the slowest boundaries (about 10 ms each). */
export const FUZZ_TIMEOUT_MS = Math.max(30_000, FUZZ_RUNS * 100);

export type Outcome = { status: number; explained: boolean; detail?: string };

export type Figures = {
  boundary: string;
  inputs: number;
  "2xx": number;
  "3xx": number;
  "4xx": number;
  "5xx": number;
  unexplained4xx: number;
  ms: number;
  seed: number;
  findings: { input: string; outcome: Outcome }[];
};

const MAX_FINDINGS = 5;

const errorKeys = new Set(Object.keys(de.Errors));
const fieldErrorKeys = new Set(Object.keys(de.Errors.fields));
const statusOfCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** A text a person can read: words, not a bare code such as "invalid_query". */
export function isHumanText(value: unknown): boolean {
  return typeof value === "string" && /\p{L}{2}/u.test(value) && !/^[a-z]+(_[a-z]+)*$/.test(value.trim());
}

/** The status of a response, and whether a 4xx says what was wrong (JSON error.message / message, or text). */
export async function outcomeOfResponse(response: Response): Promise<Outcome> {
  const status = response.status;
  if (status < 400 || status >= 500) return { status, explained: status < 400 };
  const text = await response.text();
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    try {
      const body = JSON.parse(text) as { error?: unknown; message?: unknown } | string | null;
      // Auth.js answers a request it cannot use with a bare JSON string ("Bad request.").
      const error =
        typeof body === "object" && body !== null ? (body.error as { message?: unknown } | string) : undefined;
      const message =
        typeof body === "string"
          ? body
          : typeof error === "object" && error !== null
            ? error.message
            : (body?.message ?? error);
      return { status, explained: isHumanText(message), detail: text.slice(0, 200) };
    } catch {
      return { status, explained: false, detail: `unparsable JSON: ${text.slice(0, 200)}` };
    }
  }
  return { status, explained: isHumanText(text), detail: text.slice(0, 200) };
}

/** Whether a failed action result can be shown: a known code, a message and field errors that exist in de.json. */
export function isShowable(result: Extract<ActionResult<unknown>, { ok: false }>): boolean {
  if (!(result.code in statusOfCode) || !errorKeys.has(result.message.key)) return false;
  const fieldErrors = Object.values(result.fieldErrors ?? {});
  if (result.code === "invalid_input" && fieldErrors.length === 0) return false;
  return fieldErrors.every((messages) => messages.every((message) => fieldErrorKeys.has(message.key)));
}

export function outcomeOfActionResult(result: ActionResult<unknown>): Outcome {
  if (result.ok) return { status: 200, explained: true };
  return {
    status: statusOfCode[result.code] ?? 400,
    explained: isShowable(result),
    detail: JSON.stringify(result).slice(0, 300),
  };
}

/** Next's redirect() and notFound() are thrown; the browser gets a redirect or the not-found page. */
export function outcomeOfThrown(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { status: 303, explained: true };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { status: 404, explained: true };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 500, explained: false, detail: message.slice(0, 300) };
}

/** Calls a server action and maps what it returned or threw to an outcome. */
export async function outcomeOfAction(
  call: () => Promise<unknown>,
  classify: (value: unknown) => Outcome = (value) => outcomeOfActionResult(value as ActionResult<unknown>),
): Promise<Outcome> {
  try {
    return classify(await call());
  } catch (error) {
    return outcomeOfThrown(error);
  }
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) =>
      value instanceof FormData ? [...value.entries()] : typeof value === "bigint" ? `${value}n` : value,
    );
    return (text ?? String(input)).slice(0, 300);
  } catch {
    return String(input).slice(0, 300);
  }
}

export type Boundary<T> = { name: string; input: fc.Arbitrary<T>; run: (input: T) => Promise<Outcome> };

/** Sends FUZZ_RUNS generated inputs through the boundary; never throws, so every input is counted. */
export async function fuzzBoundary<T>(boundary: Boundary<T>, { record = true } = {}): Promise<Figures> {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const figures: Figures = {
    boundary: boundary.name,
    inputs: 0,
    "2xx": 0,
    "3xx": 0,
    "4xx": 0,
    "5xx": 0,
    unexplained4xx: 0,
    ms: 0,
    seed,
    findings: [],
  };
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(boundary.input, async (input) => {
      const outcome = await boundary.run(input).catch(outcomeOfThrown);
      figures.inputs++;
      const band =
        outcome.status >= 500 ? "5xx" : outcome.status >= 400 ? "4xx" : outcome.status >= 300 ? "3xx" : "2xx";
      figures[band]++;
      const unexplained = band === "4xx" && !outcome.explained;
      if (unexplained) figures.unexplained4xx++;
      if ((band === "5xx" || unexplained) && figures.findings.length < MAX_FINDINGS)
        figures.findings.push({ input: describeInput(input), outcome });
    }),
    { numRuns: FUZZ_RUNS, seed },
  );
  figures.ms = Math.round(performance.now() - started);
  if (record) recordFigures(figures);
  return figures;
}

function recordFigures(figures: Figures): void {
  const dir = process.env.FUZZ_FIGURES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = `${figures.boundary.replace(/[^A-Za-z0-9]+/g, "-")}.json`;
  writeFileSync(path.join(dir, file), JSON.stringify(figures, null, 2));
}

/** The assertion of every fuzz test: no 5xx, no unexplained 4xx, and the findings in the failure message. */
export function expectNoFindings(figures: Figures): void {
  expect({
    boundary: figures.boundary,
    "5xx": figures["5xx"],
    unexplained4xx: figures.unexplained4xx,
    findings: figures.findings,
  }).toEqual({ boundary: figures.boundary, "5xx": 0, unexplained4xx: 0, findings: [] });
  expect(figures.inputs).toBe(FUZZ_RUNS);
}
