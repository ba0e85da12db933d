import { clientKeyFrom } from "@/lib/rate-limit/client-key";

test("the client is the address the proxy appended last, not what the client claimed before it", () => {
  expect(clientKeyFrom(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
  expect(clientKeyFrom(new Headers({ "x-forwarded-for": "198.51.100.2" }))).toBe("198.51.100.2");
  expect(clientKeyFrom(new Headers())).toBe("unknown");
});
