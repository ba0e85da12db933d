import fc from "fast-check";
import { prisma } from "@/lib/db";
import { hsdsId } from "@/lib/hsds/ids";
import { findOrganization, findService } from "@/lib/hsds/queries";
import { hsdsErrors } from "@/tests/hsds-schemas";
import { seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Offers and organisations with awkward content (any Unicode, right-to-left text, markup, quotes, line breaks,
// odd but stored e-mail addresses, websites and phone numbers, every schedule shape) still map to valid HSDS.

const awkwardText = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
  fc.constantFrom(
    "مرحبا بكم في الدورة",
    "Курс «Німецька»",
    '<script>alert("x")</script>',
    'a\r\nb\n"c"',
    "=1+2",
    "🙂👍🏽",
  ),
);
const optionalText = fc.option(awkwardText, { nil: null });
const email = fc.option(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 })), { nil: null });
const website = fc.option(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), {
  nil: null,
});
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);
const slot = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), startTime: time, endTime: time });
const date = fc.option(fc.date({ min: new Date("2020-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }), {
  nil: null,
});

const offerFields = fc.record({
  title: awkwardText,
  summary: awkwardText,
  description: awkwardText,
  languageNote: optionalText,
  scheduleText: optionalText,
  costKind: fc.constantFrom("free", "reduced", "paid"),
  costNote: optionalText,
  accessibility: optionalText,
  contactName: optionalText,
  contactEmail: email,
  contactPhone: optionalText,
  locationName: optionalText,
  street: optionalText,
  postcode: fc.option(fc.stringMatching(/^\d{5}$/), { nil: null }),
  place: fc.option(
    fc.record({
      lat: fc.double({ min: 51.7, max: 52.1, noNaN: true }),
      lng: fc.double({ min: 8.1, max: 8.7, noNaN: true }),
    }),
    { nil: null },
  ),
  isOnline: fc.boolean(),
  isCountyWide: fc.boolean(),
  registrationRequired: fc.boolean(),
  availability: fc.constantFrom("unknown", "free", "few", "waitlist", "full"),
  validFrom: date,
  slots: fc.array(slot, { maxLength: 6 }),
  languages: fc.uniqueArray(fc.constantFrom("de", "ar", "uk", "fa", "tr", "ku", "ti"), { minLength: 1, maxLength: 4 }),
});

const organisationFields = fc.record({
  name: awkwardText,
  description: fc.string({ unit: "grapheme", maxLength: 80 }),
  contactName: optionalText,
  street: optionalText,
  email,
  website,
  phone: optionalText,
});

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("any offer of any organisation maps to a service and an organisation the official schemas accept", async () => {
  const municipalities = await prisma.municipality.findMany({ select: { id: true, slug: true } });
  const [topics, audiences] = await Promise.all([prisma.topic.findMany(), prisma.audience.findMany()]);
  let run = 0;
  await fc.assert(
    fc.asyncProperty(organisationFields, offerFields, fc.nat(), async (organisationInput, input, pick) => {
      run++;
      const municipality = municipalities[pick % municipalities.length]!;
      const organisation = await prisma.organisation.create({
        data: {
          ...organisationInput,
          slug: `org-${run}`,
          kind: "association",
          municipalityId: municipality.id,
          status: "approved",
        },
      });
      const { place, slots, languages, ...fields } = input;
      const offer = await prisma.offer.create({
        data: {
          ...fields,
          ...place,
          slug: `offer-${run}`,
          organisationId: organisation.id,
          status: "published",
          locationMunicipalityId: municipality.id,
          municipalities: fields.isCountyWide ? undefined : { create: [{ municipalityId: municipality.id }] },
          topics: { create: [{ topicId: topics[pick % topics.length]!.id }] },
          audiences: { create: [{ audienceId: audiences[pick % audiences.length]!.id }] },
          languages: { create: languages.map((language) => ({ language })) },
          scheduleSlots: { create: slots },
        },
      });
      const service = await findService(hsdsId("service", offer.id));
      expect(service).not.toBeNull();
      expect(hsdsErrors("service.json", service)).toEqual([]);
      const organization = await findOrganization(hsdsId("organization", organisation.id), true);
      expect(organization).not.toBeNull();
      expect(hsdsErrors("organization.json", organization)).toEqual([]);
    }),
    { numRuns: 40 },
  );
});
