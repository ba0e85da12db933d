import { prisma } from "@/lib/db";
import { measureCoverage } from "@/lib/gaps/coverage";
import { DomainError } from "@/lib/result";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { iterateOfferDocuments } from "@/lib/search/offer-document";
import type { OfferSearchDocument } from "@/lib/search/offer-search-index";
import { actorFor, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { recommendationsForGaps } from "@/lib/working-groups/gap-recommendations";
import { getWorkingGroupSpace } from "@/lib/working-groups/queries";
import { postRecommendation, updateRecommendation } from "@/lib/working-groups/recommendation-mutations";
import { recommendationsCsv } from "@/lib/working-groups/recommendations-csv";

// A recommendation cites a gap of the atlas: the figures are the atlas's (measureCoverage) at that moment,
// measured by the server, kept while the gap stays the same and measured again when it changes.

const NOW = new Date("2026-12-04T10:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** An embedded index holding the published offers as they are now, like the site's after a rebuild. */
async function indexOfTheOffers(): Promise<EmbeddedOfferIndex> {
  const documents: OfferSearchDocument[] = [];
  for await (const batch of iterateOfferDocuments(2_000, prisma)) documents.push(...batch);
  const index = new EmbeddedOfferIndex();
  await index.replaceAll(documents);
  return index;
}

/** Language courses in Verl (two, one of them in Arabic too), one county-wide and one in Gütersloh. */
async function makeOffers() {
  const organisation = await makeOrganisation();
  const arabic = await makeOffer(organisation.id, { title: "Deutschkurs mit Erklärungen auf Arabisch" });
  await prisma.offerLanguage.create({ data: { offerId: arabic.id, language: "ar" } });
  await makeOffer(organisation.id, { title: "Sprachcafé Verl" });
  await makeOffer(organisation.id, { title: "Online-Deutschkurs", isCountyWide: true });
  await makeOffer(organisation.id, { title: "Sprachcafé Gütersloh", municipalitySlugs: ["guetersloh"] });
  await makeOffer(organisation.id, { title: "Bewerbungstraining Verl", topicSlugs: ["arbeit-wirtschaft"] });
}

async function makeGroup() {
  const event = await makeEvent();
  const group = event.workingGroups[0]!; // core topic sprache-bildung
  const member = await makeAttendee(event.id, { groupId: group.id });
  return { event, group, member };
}

const text = { title: "Abendkurse in Verl", text: "Mehr Sprachkurse nach Feierabend in Verl anbieten." };

const storedGap = (id: string) =>
  prisma.recommendation.findUniqueOrThrow({
    where: { id },
    select: {
      gapMunicipality: true,
      gapTopic: true,
      gapLanguage: true,
      gapOffers: true,
      gapPer10k: true,
      gapCitedAt: true,
    },
  });

async function atlasFigure(index: EmbeddedOfferIndex, municipality: string, topic: string, language?: string) {
  const coverage = await measureCoverage(
    {
      text: "",
      filters: {
        municipality: [],
        topic: [topic],
        language: language ? [language] : [],
        audience: [],
        isFree: false,
        near: null,
        bbox: null,
      },
    },
    { index, now: NOW },
  );
  const row = coverage.municipalities.find((m) => m.slug === municipality)!;
  return language ? row.languages[language]! : row.topics[topic]!;
}

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, fieldErrors: error.fieldErrors };
    },
  );
}

test("a recommendation citing a gap stores the atlas's figures at that moment, not those of the form", async () => {
  await makeOffers();
  const index = await indexOfTheOffers();
  const { group, member } = await makeGroup();

  const { id } = await postRecommendation(
    member.actor,
    group.id,
    { ...text, gapMunicipality: "verl", gapLanguage: "", gapTopic: "arbeit-wirtschaft", gapOffers: "999" },
    { index, now: NOW },
  );

  const figure = await atlasFigure(index, "verl", "sprache-bildung");
  expect(figure.offers).toBe(3); // two in Verl and the county-wide one
  expect(await storedGap(id)).toEqual({
    gapMunicipality: "verl",
    gapTopic: "sprache-bildung", // the group's core topic, not the one the form sent
    gapLanguage: null,
    gapOffers: figure.offers,
    gapPer10k: figure.per10k,
    gapCitedAt: NOW,
  });
  expect(
    await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id }, select: { summary: true } }),
  ).toMatchObject({ summary: expect.stringContaining("Lücke verl · sprache-bildung (3 Angebote)") });
});

test("with a language of service the figures are those of the language; the space names the gap", async () => {
  await makeOffers();
  const index = await indexOfTheOffers();
  const { group, member } = await makeGroup();

  const { id } = await postRecommendation(
    member.actor,
    group.id,
    { ...text, gapMunicipality: "verl", gapLanguage: "ar" },
    { index, now: NOW },
  );

  const figure = await atlasFigure(index, "verl", "sprache-bildung", "ar");
  expect(figure.offers).toBe(1);
  expect(await storedGap(id)).toMatchObject({ gapLanguage: "ar", gapOffers: 1, gapPer10k: figure.per10k });
  const space = await getWorkingGroupSpace(member.actor, group.id, "de");
  expect(space.recommendations[0]!.gap).toEqual({
    municipality: "verl",
    municipalityName: "Verl",
    topic: "sprache-bildung",
    topicName: expect.any(String),
    language: "ar",
    languageName: "Arabisch",
    offers: 1,
    per10k: figure.per10k,
    citedAt: NOW,
  });
  const [, row] = recommendationsCsv(space.recommendations, "de")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(row).toContain(`;Verl;${space.recommendations[0]!.gap!.topicName};Arabisch;1;`);
});

test("editing keeps the figures of an unchanged gap, measures a changed one again and clears a removed one", async () => {
  await makeOffers();
  const before = await indexOfTheOffers();
  const { group, member } = await makeGroup();
  const { id } = await postRecommendation(
    member.actor,
    group.id,
    { ...text, gapMunicipality: "verl" },
    { index: before, now: NOW },
  );
  await makeOffer((await makeOrganisation()).id, { title: "Neuer Kurs in Verl" });
  const after = await indexOfTheOffers();
  const later = new Date(NOW.getTime() + 86_400_000);

  await updateRecommendation(
    member.actor,
    id,
    { ...text, title: "Abendkurse in Verl, bald", gapMunicipality: "verl" },
    { index: after, now: later },
  );
  expect(await storedGap(id)).toMatchObject({ gapOffers: 3, gapCitedAt: NOW });

  await updateRecommendation(member.actor, id, { ...text, gapMunicipality: "rietberg" }, { index: after, now: later });
  const rietberg = await atlasFigure(after, "rietberg", "sprache-bildung");
  expect(await storedGap(id)).toEqual({
    gapMunicipality: "rietberg",
    gapTopic: "sprache-bildung",
    gapLanguage: null,
    gapOffers: rietberg.offers,
    gapPer10k: rietberg.per10k,
    gapCitedAt: later,
  });

  await updateRecommendation(member.actor, id, { ...text, gapMunicipality: "" }, { index: after, now: later });
  expect(await storedGap(id)).toEqual({
    gapMunicipality: null,
    gapTopic: null,
    gapLanguage: null,
    gapOffers: null,
    gapPer10k: null,
    gapCitedAt: null,
  });
});

test("a municipality or language the region does not know is refused; a group without topic asks for one", async () => {
  const index = await indexOfTheOffers();
  const { group, member } = await makeGroup();

  expect(
    await refusal(
      postRecommendation(
        member.actor,
        group.id,
        { ...text, gapMunicipality: "bielefeld", gapLanguage: "xx" },
        { index },
      ),
    ),
  ).toEqual({
    code: "invalid_input",
    fieldErrors: { gapMunicipality: [{ key: "choose" }], gapLanguage: [{ key: "choose" }] },
  });

  await prisma.workingGroup.update({ where: { id: group.id }, data: { topicId: null } });
  expect(
    await refusal(postRecommendation(member.actor, group.id, { ...text, gapMunicipality: "verl" }, { index })),
  ).toEqual({ code: "invalid_input", fieldErrors: { gapTopic: [{ key: "choose" }] } });
  const { id } = await postRecommendation(
    member.actor,
    group.id,
    { ...text, gapMunicipality: "verl", gapTopic: "arbeit-wirtschaft" },
    { index },
  );
  expect(await storedGap(id)).toMatchObject({ gapTopic: "arbeit-wirtschaft", gapOffers: 0 });
  expect(await prisma.recommendation.count()).toBe(1);
});

test("the atlas learns which gaps have a recommendation, only from groups the reader may read", async () => {
  await makeOffers();
  const index = await indexOfTheOffers();
  const { event, group, member } = await makeGroup();
  const { id } = await postRecommendation(
    member.actor,
    group.id,
    { ...text, gapMunicipality: "verl", gapLanguage: "ar" },
    { index, now: NOW },
  );
  await postRecommendation(member.actor, group.id, {
    title: "Ohne Lücke",
    text: "Diese Empfehlung nennt keine Lücke.",
  });
  const otherEventAttendee = (await makeAttendee((await makeEvent()).id)).actor;
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const attendee = (await makeAttendee(event.id)).actor;

  const expected = {
    recommendationId: id,
    title: text.title,
    status: "proposed",
    workingGroupId: group.id,
    workingGroupTitle: group.title,
    municipality: "verl",
    topic: "sprache-bildung",
    language: "ar",
    offers: 1,
    per10k: (await atlasFigure(index, "verl", "sprache-bildung", "ar")).per10k,
    citedAt: NOW.toISOString(),
  };
  expect(await recommendationsForGaps(attendee, {})).toEqual([expected]);
  expect(await recommendationsForGaps(admin, { topic: "sprache-bildung", language: "ar" })).toEqual([expected]);
  expect(await recommendationsForGaps(admin, { topic: "arbeit-wirtschaft" })).toEqual([]);
  expect(await recommendationsForGaps(admin, { language: "uk" })).toEqual([]);
  expect(await recommendationsForGaps(otherEventAttendee, {})).toEqual([]);
  expect(await recommendationsForGaps(null, {})).toEqual([]);
});
