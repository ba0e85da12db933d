import fc from "fast-check";

// What the fuzzing sends to the boundaries: text a person, a browser or an attacker could put into a URL, a form
// or a bound argument. Plausible values (real slugs and ids of the test world) are mixed in, so that inputs get
// past the shape checks into the rules behind them.

const hostileConstants = [
  "",
  " ",
  "\u0000",
  "\u202e\u0627",
  "\ufeff",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "..\\..\\windows\\win.ini",
  "%00",
  "%",
  "%zz",
  "%E0%A4%A",
  "' OR '1'='1' --",
  '"; DROP TABLE "User"; --',
  "1; SELECT * FROM sqlite_master",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "//evil.example/",
  "https://evil.example/",
  "\\\\evil.example",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x1f",
  "9007199254740993",
  "-1",
  "0",
  "1.5",
  "51,9",
  "true",
  "false",
  "null",
  "undefined",
  "[]",
  "{}",
  "on",
  "a@b.c",
  "person@example.org",
  "2024-02-30",
  "9999-12-31T23:59",
  "24:00",
];

/** Text of any kind: random, unicode, lone surrogates, control characters, attack strings, numbers, very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.string() },
  { weight: 8, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 8, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 16, arbitrary: fc.constantFrom(...hostileConstants) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((length) => "x".repeat(length)) },
  { weight: 1, arbitrary: fc.constantFrom(200_000, 1_000_000).map((length) => "é".repeat(length)) },
  { weight: 4, arbitrary: fc.double().map(String) },
  { weight: 4, arbitrary: fc.bigInt().map(String) },
);

/** Hostile text or, half of the time, one of the given plausible values. */
export const textOr = (plausible: readonly string[]): fc.Arbitrary<string> =>
  plausible.length === 0 ? hostileText : fc.oneof(hostileText, fc.constantFrom(...plausible));

/** A bound argument of a server action: any value React can send, not only the string the page bound. */
export const boundArgument = (plausible: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: textOr(plausible) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, 1e309, Number.NaN) },
    { weight: 1, arbitrary: fc.array(textOr(plausible), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"isAdmin":true},"toString":"x"}') as unknown) },
    {
      weight: 1,
      arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, maxDepth: 2 }),
    },
  );

const nameVariants = (names: readonly string[]): string[] =>
  names.flatMap((name) => [name, `${name}[]`, `${name}.0`, `${name}.__proto__`]);

/** A field name: the form's own (also as a list or nested), dotted paths with indices, or anything. */
const fieldName = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(names.length > 0 ? nameVariants(names) : ["x"])) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor.prototype.isAdmin", "$ACTION_ID_x", "a..b") },
    { weight: 1, arbitrary: fc.constantFrom("slots.9999999.weekday", "topics.4294967294", "groups.1000.title") },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...names, "0", "1"), fc.nat(30).map(String)), { minLength: 2, maxLength: 4 })
        .map((parts) => parts.join(".")),
    },
  );

export type FormEntries = [string, string | Blob][];

/** A submitted form: a valid one with fields replaced, dropped or added, or entries made of nothing but noise. */
export const formEntries = (
  names: readonly string[],
  valid: FormEntries = [],
  plausible: readonly string[] = [],
): fc.Arbitrary<FormEntries> => {
  const value: fc.Arbitrary<string | Blob> = fc.oneof(
    { weight: 8, arbitrary: textOr(plausible) },
    { weight: 1, arbitrary: fc.constant(new Blob(["%PDF-1.4"], { type: "application/pdf" })) },
  );
  const noise = fc.array(fc.tuple(fieldName(names), value), { maxLength: 12 });
  if (valid.length === 0) return noise;
  const mutated = fc
    .tuple(
      fc.subarray(valid.map((_, index) => index)),
      fc.array(value, { minLength: valid.length, maxLength: valid.length }),
      noise,
    )
    .map(([replaced, values, extra]) => [
      ...valid.map(([name, original], index): [string, string | Blob] =>
        replaced.includes(index) ? [name, values[index]!] : [name, original],
      ),
      ...extra,
    ]);
  const dropped = fc.subarray(valid);
  return fc.oneof(
    { weight: 2, arbitrary: noise },
    { weight: 3, arbitrary: mutated },
    { weight: 1, arbitrary: dropped },
  );
};

export function toFormData(entries: FormEntries): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
}

/** Form entries from a plain object as the form sends it: lists as name[] (or dotted with an index for rows). */
export function entriesOf(form: Record<string, unknown>): FormEntries {
  const entries: FormEntries = [];
  for (const [name, value] of Object.entries(form)) {
    if (Array.isArray(value))
      (value as unknown[]).forEach((item, index) => {
        if (typeof item === "object" && item !== null)
          for (const [field, text] of Object.entries(item)) entries.push([`${name}.${index}.${field}`, String(text)]);
        else entries.push([`${name}[]`, String(item)]);
      });
    else if (typeof value === "object" && value !== null)
      for (const [field, text] of Object.entries(value)) entries.push([`${name}.${field}`, String(text)]);
    else entries.push([name, String(value)]);
  }
  return entries;
}

/** Query-string pairs: the boundary's own parameters (repeated, empty, hostile) and unknown ones. */
export const queryPairs = (names: readonly string[], plausible: readonly string[] = []) =>
  fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...(names.length > 0 ? names : ["q"])) },
        { weight: 1, arbitrary: hostileText },
      ),
      textOr(plausible),
    ),
    { maxLength: 10 },
  );

export function toSearchParams(pairs: [string, string][]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) params.append(name, value);
  return params;
}

/** What a page receives as searchParams: one string per name, or a list when a name is repeated. */
export function toPageSearchParams(pairs: [string, string][]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of pairs) {
    const existing = Object.hasOwn(query, name) ? query[name] : undefined;
    query[name] = existing === undefined ? value : [existing, value].flat();
  }
  return query;
}

/** A raw query string, as typed into an address bar: broken escapes, stray separators, fragments. */
export const rawQuery: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom("%", "%2", "%zz", "%00", "&", "=", "+", "#", "?", ";", "[]", "%E2%82"),
      fc.string({ maxLength: 6 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

/** A JSON-or-not request body. */
export const requestBody: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom('{"__proto__":{"isAdmin":true}}', "{", "[1,2", "null", '{"email":["a@b.c"]}'),
);
