import fc from "fast-check";
import { NextRequest } from "next/server";
import { requestSignInLinkAction, signOutAction } from "@/app/[locale]/anmelden/actions";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import {
  expectNoFindings,
  FUZZ_TIMEOUT_MS,
  fuzzBoundary,
  outcomeOfAction,
  outcomeOfResponse,
  type Boundary,
  type Outcome,
} from "@/tests/fuzz/fuzz-harness";
import {
  formEntries,
  hostileText,
  queryPairs,
  rawQuery,
  textOr,
  toFormData,
  toSearchParams,
} from "@/tests/fuzz/fuzz-inputs";
import { resetDatabase } from "@/tests/setup/reset-database";

// Sign-in, the one boundary anybody can reach without an account: the sign-in form's server action and
// Auth.js's own endpoints under /api/auth, with the real next-auth (the e-mail provider writes into the
// development mailbox). Only the request context is mocked (headers and cookies exist inside Next only).

jest.mock("next-intl/server", () => ({ getLocale: jest.fn(() => Promise.resolve("de")) }));
jest.mock("next/headers", () => ({
  headers: jest.fn(() =>
    Promise.resolve(
      new Headers({ host: "localhost:3000", "x-forwarded-for": "203.0.113.9", referer: "http://localhost:3000/de" }),
    ),
  ),
  cookies: jest.fn(() =>
    Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set() {}, delete() {} }),
  ),
}));

const ORIGIN = "http://localhost:3000";
let csrf: { token: string; cookie: string };

beforeAll(async () => {
  await resetDatabase();
  const response = await authGet(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  csrf = { token: csrfToken, cookie: (response.headers.get("set-cookie") ?? "").split(";")[0]! };
});

const emails = [
  "person@example.org",
  "PERSON@Example.org ",
  "a@b",
  "admin@example.org",
  "x@example.org\n",
  "@example.org",
];
const callbackUrls = [
  "/de/dashboard",
  "//evil.example",
  "https://evil.example/",
  "/\\evil.example",
  "/ar/netzwerk?x=1",
];
const authPaths = ["signin/email", "signin", "callback/email", "csrf", "session", "providers", "signout", "error", "x"];

/** An Auth.js response is JSON, a page or a redirect (to the app's sign-in or error page, which explain). */
const authOutcome = (response: Response): Promise<Outcome> => outcomeOfResponse(response);

const authUrl = (segments: string[], search: string) =>
  `${ORIGIN}/api/auth/${segments.map((segment) => encodeURIComponent(segment)).join("/")}?${search}`;
const segments = fc.oneof(
  fc.constantFrom(...authPaths).map((path) => path.split("/")),
  fc.array(textOr(authPaths), { minLength: 1, maxLength: 3 }),
);
const search = fc.oneof(
  queryPairs(["callbackUrl", "error", "email", "token"], [...emails, ...callbackUrls]).map((pairs) =>
    toSearchParams(pairs).toString(),
  ),
  rawQuery,
);

const boundaries: [string, () => Boundary<never>][] = [
  [
    "action requestSignInLinkAction",
    () =>
      ({
        name: "action requestSignInLinkAction",
        input: formEntries(["email", "callbackUrl"], [["email", "person@example.org"]], [...emails, ...callbackUrls]),
        run: (entries) => outcomeOfAction(() => requestSignInLinkAction(null, toFormData(entries))),
      }) satisfies Boundary<[string, string | Blob][]> as never,
  ],
  [
    "action signOutAction",
    () =>
      ({
        name: "action signOutAction",
        input: fc.constant(null),
        run: () => outcomeOfAction(() => signOutAction()),
      }) satisfies Boundary<null> as never,
  ],
  [
    "GET /api/auth/{...nextauth}",
    () =>
      ({
        name: "GET /api/auth/{...nextauth}",
        input: fc.tuple(segments, search),
        run: async ([path, query]) => authOutcome(await authGet(new NextRequest(authUrl(path, query)))),
      }) satisfies Boundary<[string[], string]> as never,
  ],
  [
    "POST /api/auth/{...nextauth}",
    () =>
      ({
        name: "POST /api/auth/{...nextauth}",
        input: fc.record({
          path: segments,
          query: search,
          body: fc.oneof(
            fc
              .record(
                {
                  csrfToken: fc.oneof(fc.constant("valid"), hostileText),
                  email: textOr(emails),
                  callbackUrl: textOr(callbackUrls),
                },
                { requiredKeys: [] },
              )
              .map((fields) => ({ kind: "form" as const, fields })),
            hostileText.map((text) => ({ kind: "raw" as const, text })),
          ),
          contentType: fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", ""),
        }),
        run: async ({ path, query, body, contentType }) => {
          const payload =
            body.kind === "raw"
              ? body.text
              : new URLSearchParams(
                  Object.entries(body.fields).map(([key, value]) => [
                    key,
                    key === "csrfToken" && value === "valid" ? csrf.token : value,
                  ]),
                ).toString();
          const request = new NextRequest(authUrl(path, query), {
            method: "POST",
            body: payload,
            headers: { cookie: csrf.cookie, ...(contentType ? { "content-type": contentType } : {}) },
          });
          return authOutcome(await authPost(request));
        },
      }) satisfies Boundary<{
        path: string[];
        query: string;
        body: { kind: "form"; fields: Record<string, string> } | { kind: "raw"; text: string };
        contentType: string;
      }> as never,
  ],
];

test.each(boundaries)(
  "%s answers every generated sign-in attempt with 2xx, 3xx or a 4xx that says why",
  async (_name, make) => {
    expectNoFindings(await fuzzBoundary(make()));
  },
  FUZZ_TIMEOUT_MS,
);
