import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getTranslationForEdit } from "@/lib/offers/edit-queries";
import { createOffer, updateOffer } from "@/lib/offers/mutations";
import { findOfferDetail } from "@/lib/offers/offer-detail";
import { saveTranslation } from "@/lib/offers/translations";
import { DomainError } from "@/lib/result";
import {
  actorFor,
  makeMembership,
  makeOrganisation,
  makeUser,
  offerFormInput,
  seedRegionForTest,
} from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// The free-text details (times, accessibility, costs, the note on languages) go through the same translation
// workflow as title, summary and description: saved per language, outdated when the German text changes, and
// shown to readers in their language or visibly in German.

let owner: Actor;
let organisationId: string;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation();
  const user = await makeUser();
  await makeMembership(user.id, organisation.id, "owner");
  owner = await actorFor(user.id);
  organisationId = organisation.id;
});

const germanDetails = {
  scheduleText: "Dienstags 15–17 Uhr, nicht in den Schulferien",
  costNote: "2 € für Kaffee und Kuchen",
  accessibility: "Aufzug vorhanden",
  languageNote: "Arabisch nach Absprache",
};

/** A published offer with the German details above, except those given as "". */
async function publishedOffer(details: Partial<typeof germanDetails> = {}) {
  const { id } = await createOffer(owner, organisationId, offerFormInput({ ...germanDetails, ...details }));
  const { slug } = await prisma.offer.update({ where: { id }, data: { status: "published" }, select: { slug: true } });
  return { id, slug };
}

const englishTexts = {
  title: "Language café",
  summary: "Practise German over coffee and cake",
  description: "Every Tuesday people meet to practise German together.",
  origin: "author",
  isReviewed: "on",
};

const storedDetails = (offerId: string, locale: string) =>
  prisma.offerTranslation.findUniqueOrThrow({
    where: { offerId_locale: { offerId, locale } },
    select: { scheduleText: true, accessibility: true, costNote: true, languageNote: true },
  });

async function saveError(offerId: string, raw: Record<string, unknown>) {
  const error = await saveTranslation(owner, offerId, "en", raw).catch((caught: unknown) => caught);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe("saving", () => {
  test("a translation keeps its free-text details; a detail left empty is stored as null", async () => {
    const offer = await publishedOffer();
    await saveTranslation(owner, offer.id, "en", {
      ...englishTexts,
      scheduleText: "  Tuesdays 3–5 pm, not during school holidays ",
      accessibility: "Lift available",
      costNote: "",
    });
    expect(await storedDetails(offer.id, "en")).toEqual({
      scheduleText: "Tuesdays 3–5 pm, not during school holidays",
      accessibility: "Lift available",
      costNote: null,
      languageNote: null,
    });
  });

  test("saving again without a detail clears it, and a detail the German offer lacks is not stored", async () => {
    const offer = await publishedOffer({ costNote: "" });
    await saveTranslation(owner, offer.id, "en", { ...englishTexts, scheduleText: "Tuesdays", languageNote: "Arabic" });
    await saveTranslation(owner, offer.id, "en", { ...englishTexts, languageNote: "Arabic too", costNote: "€2" });
    expect(await storedDetails(offer.id, "en")).toEqual({
      scheduleText: null,
      accessibility: null,
      costNote: null, // the German offer has no cost note: nothing to translate, nothing to show
      languageNote: "Arabic too",
    });
  });

  test("a detail longer than the German field allows is refused with the limit, the others are not checked", async () => {
    const offer = await publishedOffer();
    const error = await saveError(offer.id, { ...englishTexts, costNote: "x".repeat(201), scheduleText: "Tue" });
    expect(error.code).toBe("invalid_input");
    expect(error.fieldErrors).toEqual({ costNote: [{ key: "tooLong", values: { max: 200 } }] });
    expect(await prisma.offerTranslation.count()).toBe(0);
  });

  test("a detail that is not text is refused", async () => {
    const offer = await publishedOffer();
    const error = await saveError(offer.id, { ...englishTexts, accessibility: ["a", "b"] });
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["accessibility"]);
  });
});

describe("outdating", () => {
  const isOutdated = async (offerId: string) =>
    (await getTranslationForEdit(owner, offerId, "en")).translation?.isOutdated;

  /** Saves the translation as made yesterday, so a change now is later than it whatever the clock's resolution. */
  async function translatedYesterday(offerId: string, raw: Record<string, unknown>) {
    await saveTranslation(owner, offerId, "en", raw);
    const yesterday = new Date(Date.now() - 86_400_000);
    await prisma.offer.update({ where: { id: offerId }, data: { textUpdatedAt: yesterday } });
    await prisma.offerTranslation.updateMany({ where: { offerId }, data: { sourceUpdatedAt: yesterday } });
  }

  test.each(Object.keys(germanDetails))("a change of the German %s outdates the translations", async (field) => {
    const offer = await publishedOffer();
    await translatedYesterday(offer.id, { ...englishTexts, scheduleText: "Tuesdays" });
    await updateOffer(owner, offer.id, offerFormInput({ ...germanDetails, [field]: "Geändert" }));
    expect(await isOutdated(offer.id)).toBe(true);
  });

  test("removing a German detail outdates them too; saving the form unchanged does not", async () => {
    const offer = await publishedOffer();
    await translatedYesterday(offer.id, englishTexts);
    await updateOffer(owner, offer.id, offerFormInput(germanDetails));
    expect(await isOutdated(offer.id)).toBe(false);
    await updateOffer(owner, offer.id, offerFormInput({ ...germanDetails, accessibility: "" }));
    expect(await isOutdated(offer.id)).toBe(true);
  });

  test("the editor shows the German details next to the translated ones, null where the German offer has none", async () => {
    const offer = await publishedOffer({ languageNote: "" });
    await saveTranslation(owner, offer.id, "en", { ...englishTexts, costNote: "€2 for coffee and cake" });
    const { source, translation } = await getTranslationForEdit(owner, offer.id, "en");
    expect(source).toMatchObject({ ...germanDetails, languageNote: null });
    expect(translation).toMatchObject({ scheduleText: null, costNote: "€2 for coffee and cake", languageNote: null });
  });
});

describe("the public offer page", () => {
  test("shows translated details in the reader's language and the others in German, naming those", async () => {
    const offer = await publishedOffer();
    await saveTranslation(owner, offer.id, "en", {
      ...englishTexts,
      scheduleText: "Tuesdays 3–5 pm",
      accessibility: "Lift available",
    });
    const detail = await findOfferDetail(offer.slug, "en");
    expect(detail).toMatchObject({
      textLocale: "en",
      schedule: { text: { text: "Tuesdays 3–5 pm", locale: "en" } },
      accessibility: { text: "Lift available", locale: "en" },
      cost: { note: { text: germanDetails.costNote, locale: "de" } },
      languageNote: { text: germanDetails.languageNote, locale: "de" },
    });
    expect(detail?.untranslatedDetails).toEqual(["costNote", "languageNote"]);
  });

  test("without a translation every detail is German, under the page's note that the offer is not translated", async () => {
    const offer = await publishedOffer({ accessibility: "" });
    const detail = await findOfferDetail(offer.slug, "ar");
    expect(detail).toMatchObject({
      textLocale: "de",
      schedule: { text: { text: germanDetails.scheduleText, locale: "de" } },
      cost: { note: { text: germanDetails.costNote, locale: "de" } },
      accessibility: null,
      languageNote: { text: germanDetails.languageNote, locale: "de" },
      untranslatedDetails: [],
    });
  });

  test("German readers get the German details, and a detail removed in German is not shown from a translation", async () => {
    const offer = await publishedOffer();
    await saveTranslation(owner, offer.id, "en", { ...englishTexts, accessibility: "Lift available" });
    await updateOffer(owner, offer.id, offerFormInput({ ...germanDetails, accessibility: "" }));
    expect(await findOfferDetail(offer.slug, "de")).toMatchObject({
      accessibility: null,
      schedule: { text: { text: germanDetails.scheduleText, locale: "de" } },
    });
    const english = await findOfferDetail(offer.slug, "en");
    expect(english?.accessibility).toBeNull();
    expect(english?.untranslatedDetails).toEqual(["scheduleText", "costNote", "languageNote"]);
  });
});
