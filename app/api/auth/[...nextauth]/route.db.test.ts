import { NextRequest } from "next/server";
import { GET, POST } from "./route";

// Auth.js answered these with a 500 or a 400 whose body was `null` (found by tests/fuzz/sign-in.fuzz.db.test.ts);
// lib/auth/auth-requests.ts explains them now.

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  new NextRequest(new URL(path, "http://localhost:3000"), init);

test.each(["x", "https://evil.example/", "//evil.example", "/de/ok\n"])(
  "a callbackUrl %j that is not a path on this site is a 400 that says so",
  async (callbackUrl) => {
    const response = await GET(request(`/api/auth/providers?callbackUrl=${encodeURIComponent(callbackUrl)}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_callback", message: /path on this site/ } });
  },
);

test("a posted form with a bad callbackUrl is refused the same way, a good one passes on", async () => {
  const form = (callbackUrl: string) =>
    request("/api/auth/signin/email", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ callbackUrl, email: "a@example.org" }).toString(),
    });
  expect((await POST(form("x"))).status).toBe(400);
  const passedOn = await POST(form("/de/dashboard"));
  expect(passedOn.status).toBeGreaterThanOrEqual(200);
  expect(passedOn.status).toBeLessThan(400);
});

test("an empty 4xx of Auth.js gets a sentence", async () => {
  const response = await POST(
    request("/api/auth/session", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "a=b",
    }),
  );
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await response.json()).toMatchObject({ error: { message: expect.any(String) } });
});

test("the sign-in button's endpoint reads only its form", async () => {
  const response = await POST(
    request("/api/auth/callback/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
      body: "{}",
    }),
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "invalid_form" } });
});
