import { parseHsdsRequest, ServicesRequestSchema } from "@/lib/hsds/request";

const parse = (query: string) => parseHsdsRequest(ServicesRequestSchema, new URLSearchParams(query));

test("modified_after: a date alone is the start of that Berlin day, a date-time the moment it names", () => {
  const summer = parse("modified_after=2026-07-01");
  const winter = parse("modified_after=2026-12-01");
  const moment = parse("modified_after=2026-07-01T12:00:00Z");
  expect(summer.ok && summer.request.modified_after?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  expect(winter.ok && winter.request.modified_after?.toISOString()).toBe("2026-11-30T23:00:00.000Z");
  expect(moment.ok && moment.request.modified_after?.toISOString()).toBe("2026-07-01T12:00:00.000Z");
});

test("repeated municipality and topic values are kept; other parameters take the first", () => {
  const parsed = parse("topic=a-b&topic=c&municipality=verl&page=2&page=3");
  expect(parsed.ok && [parsed.request.topic, parsed.request.municipality, parsed.request.page]).toEqual([
    ["a-b", "c"],
    ["verl"],
    2,
  ]);
});
