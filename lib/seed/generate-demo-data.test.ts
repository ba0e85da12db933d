import { deadlineDay, readDeadline, toDateTimeInput } from "@/lib/events/event-time";
import { isPointInPolygon } from "@/lib/geo/point-in-polygon";
import { loadRegion, regionDirectory } from "@/lib/region/region";
import { generateDemoData } from "@/lib/seed/generate-demo-data";

const region = loadRegion(regionDirectory("kreis-guetersloh"));
const now = new Date("2026-11-24T10:00:00Z");
const data = generateDemoData(region, { offers: 400, now });

describe("generateDemoData", () => {
  test("is deterministic: the same seed and time give the same data", () => {
    expect(generateDemoData(region, { offers: 400, now })).toEqual(data);
    expect(generateDemoData(region, { offers: 400, now, seed: 7 }).offers[50]).not.toEqual(data.offers[50]);
  });

  test("makes about 60 organisations and 400 offers covering every municipality and topic", () => {
    expect(data.organisations).toHaveLength(60);
    expect(data.offers).toHaveLength(400);
    const municipalities = new Set(data.organisations.map((o) => o.municipalitySlug));
    expect(municipalities.size).toBe(region.municipalities.length);
    expect(new Set(data.offers.flatMap((o) => o.topics))).toEqual(new Set(region.topics.map((t) => t.slug)));
  });

  test("places every organisation and offer inside its municipality's border", () => {
    const polygons = new Map(region.municipalities.map((m) => [m.slug, m.polygon]));
    for (const organisation of data.organisations) {
      expect(isPointInPolygon([organisation.lng, organisation.lat], polygons.get(organisation.municipalitySlug)!)).toBe(
        true,
      );
    }
    for (const offer of data.offers.filter((o) => o.lat !== null)) {
      expect(isPointInPolygon([offer.lng!, offer.lat!], polygons.get(offer.locationMunicipalitySlug!)!)).toBe(true);
    }
  });

  test("uses only fictional contacts on example.org", () => {
    for (const organisation of data.organisations) {
      expect(organisation.email).toMatch(/@[a-z0-9.-]+\.example\.org$/);
      expect(organisation.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.org$/);
    }
    for (const offer of data.offers) expect(offer.contactEmail).toMatch(/\.example\.org$/);
    for (const user of data.users) expect(user.email).toMatch(/@example\.org$/);
  });

  test("gives offers in the county's languages, with translations and a spread of freshness and availability", () => {
    const allowed = new Set(region.serviceLanguages);
    for (const offer of data.offers) for (const language of offer.languages) expect(allowed.has(language)).toBe(true);
    expect(data.offers.filter((o) => o.translations.length > 0).length).toBeGreaterThan(50);
    expect(new Set(data.offers.map((o) => o.availability))).toEqual(
      new Set(["unknown", "free", "few", "waitlist", "full"]),
    );
    const ageInDays = data.offers.map((o) => (now.getTime() - o.lastConfirmedAt.getTime()) / 86_400_000);
    expect(ageInDays.some((days) => days < 30)).toBe(true);
    expect(ageInDays.some((days) => days > 180)).toBe(true);
  });

  test("translates the free-text details of some offers and leaves others to the German fallback", () => {
    const translations = data.offers.flatMap((offer) => offer.translations.map((t) => ({ ...t, offer })));
    expect(new Set(translations.map((t) => t.locale))).toEqual(new Set(["en", "ar", "uk", "tr"]));
    const turkish = translations.find((t) => t.locale === "tr" && t.offer.slots.length > 0)!;
    expect(turkish.scheduleText).toMatch(/^(Pzt|Sal|Çar|Per|Cum|Cmt|Paz) \d\d:\d\d–\d\d:\d\d.*okul tatilleri hariç$/);
    for (const { offer, ...translation } of translations)
      for (const field of ["scheduleText", "accessibility", "costNote", "languageNote"] as const)
        if (offer[field] === null) expect(translation[field]).toBeNull();
    const withCostNote = translations.filter((t) => t.offer.costNote !== null);
    expect(withCostNote.some((t) => t.costNote !== null)).toBe(true);
    expect(withCostNote.some((t) => t.costNote === null)).toBe(true);
  });

  test("has unique offer and organisation slugs", () => {
    expect(new Set(data.offers.map((o) => o.slug)).size).toBe(data.offers.length);
    expect(new Set(data.organisations.map((o) => o.slug)).size).toBe(data.organisations.length);
  });

  test("plans the Integrationskonferenz with one working group per topic", () => {
    expect(data.event.title).toContain("Integrationskonferenz");
    expect(data.event.workingGroups.map((g) => g.topicSlug)).toEqual(region.topics.map((t) => t.slug));
    expect(data.event.registrationClosesAt.getTime()).toBeLessThan(data.event.startsAt.getTime());
  });

  test("the conference runs 09:00–16:30 Berlin time and registration closes at the end of a Berlin day", () => {
    // Both halves of the year: the times must not shift by an hour when summer time begins or ends.
    for (const month of ["2027-01-10", "2027-06-10"]) {
      const { event } = generateDemoData(region, { offers: 10, now: new Date(`${month}T12:00:00Z`) });
      expect([toDateTimeInput(event.startsAt).slice(11), toDateTimeInput(event.endsAt).slice(11)]).toEqual([
        "09:00",
        "16:30",
      ]);
      expect(readDeadline(event.registrationClosesAt).kind).toBe("end-of-day");
      // The last day is two weeks and a day before the conference.
      const lastDay = new Date(`${deadlineDay(event.registrationClosesAt)}T00:00:00Z`).getTime();
      const conferenceDay = new Date(`${toDateTimeInput(event.startsAt).slice(0, 10)}T00:00:00Z`).getTime();
      expect((conferenceDay - lastDay) / 86_400_000).toBe(15);
    }
  });

  test("scales up for benchmarks", () => {
    const large = generateDemoData(region, { offers: 5_000, now });
    expect(large.offers).toHaveLength(5_000);
    expect(large.organisations.length).toBeGreaterThanOrEqual(700);
  });
});
