import { env } from "@/lib/env";
import { effectiveAvailability, isStale } from "@/lib/offers/freshness";

const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("isStale", () => {
  test("an offer confirmed within the period is fresh", () => {
    expect(isStale(daysAgo(env.OFFER_STALE_AFTER_DAYS - 1), now)).toBe(false);
  });
  test("an offer not confirmed for longer than the period is stale", () => {
    expect(isStale(daysAgo(env.OFFER_STALE_AFTER_DAYS + 1), now)).toBe(true);
  });
});

describe("effectiveAvailability", () => {
  test("a recent status is shown as set", () => {
    expect(effectiveAvailability("few", daysAgo(3), now)).toBe("few");
  });
  test("an old status falls back to unknown", () => {
    expect(effectiveAvailability("free", daysAgo(env.AVAILABILITY_VALID_DAYS + 1), now)).toBe("unknown");
  });
  test("a status without a date, or an unknown value, is unknown", () => {
    expect(effectiveAvailability("free", null, now)).toBe("unknown");
    expect(effectiveAvailability("plenty", daysAgo(1), now)).toBe("unknown");
  });
});
