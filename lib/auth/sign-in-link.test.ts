import {
  confirmationPageForCallback,
  freshSignInPath,
  isSameSitePost,
  signInConfirmationUrl,
} from "@/lib/auth/sign-in-link";
import { env } from "@/lib/env";

const TOKEN = "a".repeat(64);

test("the mailed link opens the button page on PUBLIC_URL, in the person's language, without the address", () => {
  const url = new URL(signInConfirmationUrl(TOKEN, `${env.PUBLIC_URL}/ar/dashboard?tab=1`));
  expect(url.origin).toBe(new URL(env.PUBLIC_URL).origin);
  expect(url.pathname).toBe("/ar/anmelden/bestaetigen");
  expect(Object.fromEntries(url.searchParams)).toEqual({ token: TOKEN, callbackUrl: "/ar/dashboard?tab=1" });
});

test("a callback on another origin or without a locale falls back safely", () => {
  const foreign = new URL(signInConfirmationUrl(TOKEN, "https://attacker.example/de/dashboard"));
  expect(foreign.searchParams.get("callbackUrl")).toBe("/");
  expect(foreign.pathname).toBe("/de/anmelden/bestaetigen");
  expect(new URL(signInConfirmationUrl(TOKEN, null)).searchParams.get("callbackUrl")).toBe("/");
});

test("an old-style callback link leads to the button page and drops the address", () => {
  const old = new URL(
    `${env.PUBLIC_URL}/api/auth/callback/email?callbackUrl=%2Fuk%2Fdashboard&token=${TOKEN}&email=anna%40example.org`,
  );
  const target = confirmationPageForCallback(old);
  expect(target).not.toContain("example.org");
  expect(new URL(target).pathname).toBe("/uk/anmelden/bestaetigen");
  expect(new URL(target).searchParams.get("token")).toBe(TOKEN);
});

test("only a POST from this site counts as the press of the button", () => {
  const host = new URL(env.PUBLIC_URL).host;
  const post = (headers: Record<string, string>) => isSameSitePost(new Headers({ host, ...headers }));
  expect(post({ origin: env.PUBLIC_URL, "sec-fetch-site": "same-origin" })).toBe(true);
  expect(post({ origin: `http://${host}` })).toBe(true);
  expect(post({ origin: "https://attacker.example" })).toBe(false);
  expect(post({ origin: env.PUBLIC_URL, "sec-fetch-site": "cross-site" })).toBe(false);
  expect(post({ "sec-fetch-site": "same-site" })).toBe(false);
  expect(post({ origin: "null" })).toBe(false);
  // Behind a reverse proxy the Host is internal; the forwarded host is the public one.
  expect(
    isSameSitePost(
      new Headers({
        host: "127.0.0.1:3000",
        "x-forwarded-host": "atlas.example.org",
        origin: "https://atlas.example.org",
      }),
    ),
  ).toBe(true);
});

test("the fresh sign-in page says why and returns to a path of this site", () => {
  const url = new URL(freshSignInPath("de", "/de/verwaltung/veranstaltungen/konferenz"), env.PUBLIC_URL);
  expect(url.pathname).toBe("/de/anmelden");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    erneut: "1",
    callbackUrl: "/de/verwaltung/veranstaltungen/konferenz",
  });
  expect(new URL(freshSignInPath("de", "//attacker.example"), env.PUBLIC_URL).searchParams.get("callbackUrl")).toBe(
    "/",
  );
});
