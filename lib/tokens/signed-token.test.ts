import { createHmac } from "node:crypto";
import fc from "fast-check";
import { createSignedToken, verifySignedToken } from "@/lib/tokens/signed-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const NOW = new Date("2026-03-01T12:00:00Z");
const LATER = new Date("2026-03-31T12:00:00Z");

const anyPayload = (value: unknown) => value as Record<string, unknown>;
const create = (payload: Record<string, unknown>, expiresAt = LATER, purpose = "test-purpose") =>
  createSignedToken(purpose, payload, expiresAt, SECRET);
const verify = (token: string, now = NOW, purpose = "test-purpose") =>
  verifySignedToken(purpose, token, anyPayload, now, SECRET);

/** A token signed exactly as createSignedToken signs, around a body of our choosing. */
const signBody = (body: string, purpose = "test-purpose") =>
  `${body}.${createHmac("sha256", SECRET).update(`${purpose}.${body}`).digest("base64url")}`;
const encode = (text: string) => Buffer.from(text).toString("base64url");

/** The token with the character at `index` replaced by a different one of the base64url alphabet. */
function replaceCharacter(token: string, index: number): string {
  const replacement = token[index] === "A" ? "B" : "A";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

test("a token verifies with its payload and the expiry added", () => {
  const token = create({ offerId: "offer-1", kind: "confirm" });
  expect(verify(token)).toEqual({
    ok: true,
    payload: { offerId: "offer-1", kind: "confirm", exp: LATER.getTime() },
  });
});

test("the payload cannot set its own expiry", () => {
  const token = create({ exp: new Date("2100-01-01").getTime() }, new Date("2026-01-01"));
  expect(verify(token)).toEqual({ ok: false, reason: "expired" });
});

test("a token is valid up to and including its expiry instant, and expired one millisecond later", () => {
  const token = create({ a: 1 });
  expect(verify(token, LATER).ok).toBe(true);
  expect(verify(token, new Date(LATER.getTime() + 1))).toEqual({ ok: false, reason: "expired" });
});

test("a token for one purpose is refused for another", () => {
  const token = create({ a: 1 }, LATER, "offer-freshness");
  expect(verify(token, NOW, "email-change")).toEqual({ ok: false, reason: "tampered" });
});

test("a token signed with another secret is refused", () => {
  const token = createSignedToken("test-purpose", { a: 1 }, LATER, "another-secret-that-is-long-enough-987654");
  expect(verify(token)).toEqual({ ok: false, reason: "tampered" });
});

test("a changed payload or signature is refused as tampered", () => {
  const token = create({ offerId: "offer-1" });
  const dot = token.indexOf(".");
  expect(verify(replaceCharacter(token, 0))).toEqual({ ok: false, reason: "tampered" });
  expect(verify(replaceCharacter(token, dot + 1))).toEqual({ ok: false, reason: "tampered" });
  expect(verify(token.slice(0, -1))).toEqual({ ok: false, reason: "tampered" });
  const otherBody = encode(JSON.stringify({ offerId: "offer-2", exp: LATER.getTime() }));
  expect(verify(`${otherBody}${token.slice(dot)}`)).toEqual({ ok: false, reason: "tampered" });
});

test.each([
  ["an empty string", ""],
  ["a body without signature", "abc"],
  ["an empty signature", "abc."],
  ["an empty body", ".abc"],
  ["three parts", "a.b.c"],
])("%s is malformed", (_name, token) => {
  expect(verify(token)).toEqual({ ok: false, reason: "malformed" });
});

test.each([
  ["text that is not JSON", encode("not json")],
  ["null", encode("null")],
  ["a number", encode("42")],
  ["an object without expiry", encode(JSON.stringify({ a: 1 }))],
  ["an expiry that is not a number", encode(JSON.stringify({ exp: "2100-01-01" }))],
])("a correctly signed body holding %s is malformed", (_name, body) => {
  expect(verify(signBody(body))).toEqual({ ok: false, reason: "malformed" });
});

test("a payload the caller's parser rejects is malformed", () => {
  const token = create({ kind: "unknown" });
  expect(verifySignedToken("test-purpose", token, () => null, NOW, SECRET)).toEqual({
    ok: false,
    reason: "malformed",
  });
});

test("an expired token is reported as expired before its payload is parsed", () => {
  const parse = jest.fn(anyPayload);
  const token = create({ a: 1 }, new Date(NOW.getTime() - 1));
  expect(verifySignedToken("test-purpose", token, parse, NOW, SECRET)).toEqual({ ok: false, reason: "expired" });
  expect(parse).not.toHaveBeenCalled();
});

const jsonPayload = fc.dictionary(
  fc.string({ minLength: 1 }).filter((key) => key !== "exp" && key !== "__proto__"),
  fc.jsonValue(),
);

test("any JSON payload survives the round trip", () => {
  fc.assert(
    fc.property(jsonPayload, fc.string(), (payload, purpose) => {
      const result = verifySignedToken(purpose, create(payload, LATER, purpose), anyPayload, NOW, SECRET);
      expect(result).toEqual({ ok: true, payload: JSON.parse(JSON.stringify({ ...payload, exp: LATER.getTime() })) });
    }),
    { numRuns: 200 },
  );
});

test("no single changed character yields a valid token", () => {
  fc.assert(
    fc.property(jsonPayload, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (payload, position, character) => {
      const token = create(payload);
      const index = position % token.length;
      fc.pre(token[index] !== character);
      const changed = token.slice(0, index) + character + token.slice(index + 1);
      expect(verify(changed).ok).toBe(false);
    }),
    { numRuns: 300 },
  );
});

test("arbitrary strings never verify and never throw", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (token) => {
      expect(verify(token).ok).toBe(false);
    }),
    { numRuns: 300 },
  );
});
