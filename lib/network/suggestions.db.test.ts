import { prisma } from "@/lib/db";
import { blockPerson } from "@/lib/network/contact-requests";
import { suggestPeople } from "@/lib/network/suggestions";
import { makeAttendee, makeEvent, makeProfile } from "@/tests/conference-factories";
import { makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const DAY = 86_400_000;
const municipalityId = async (slug: string) =>
  (await prisma.municipality.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const profileIdOf = async (userId: string) =>
  (await prisma.profile.findUniqueOrThrow({ where: { userId }, select: { id: true } })).id;

/** The viewer: an attendee in Verl working on language and health, speaking Arabic, looking for interpreters. */
async function arrangeViewer() {
  const event = await makeEvent();
  const viewer = await makeAttendee(
    event.id,
    {},
    {
      displayName: "Vera Viewer",
      organisationName: "Stadt Verl",
      municipalityId: await municipalityId("verl"),
      topicSlugs: ["sprache-bildung", "gesundheit-pflege"],
      languagesJson: '["de","ar"]',
      seeksText: "Dolmetscherinnen für Arabisch",
      offersText: "Räume für Elterncafés",
      visibleUntil: new Date(Date.now() + 30 * DAY),
    },
  );
  return { event, viewer };
}

const reasonKeys = (suggestion: { reasons: { key: string }[] } | undefined) => suggestion?.reasons.map((r) => r.key);

test("reasons come only from fields the candidate shows the viewer, named in the viewer's locale", async () => {
  const { event, viewer } = await arrangeViewer();
  // Shares both topics and offers interpreting, but hides both: only place and language may count.
  const discreet = await makeAttendee(
    event.id,
    {},
    {
      displayName: "Dana Diskret",
      displayNameVisibility: "public",
      topicSlugs: ["sprache-bildung", "gesundheit-pflege"],
      topicsVisibility: "nobody",
      offersText: "Dolmetscherin für Arabisch und Kurdisch",
      offersTextVisibility: "nobody",
      municipalityId: await municipalityId("verl"),
      municipalityVisibility: "public",
      languagesJson: '["de","ar"]',
      languagesVisibility: "attendees",
    },
  );
  // Shows topics, offer and place to attendees of the same event: every reason may count.
  const open = await makeAttendee(
    event.id,
    {},
    {
      displayName: "Omar Offen",
      displayNameVisibility: "attendees",
      organisationName: "Caritas",
      organisationVisibility: "attendees",
      topicSlugs: ["sprache-bildung"],
      topicsVisibility: "attendees",
      offersText: "Dolmetscher für Arabisch",
      offersTextVisibility: "attendees",
      municipalityId: await municipalityId("guetersloh"),
      municipalityVisibility: "attendees",
    },
  );

  const suggestions = (await suggestPeople(viewer.userId, "en"))!;

  const byUser = new Map(suggestions.map((s) => [s.profile.userId, s]));
  expect(reasonKeys(byUser.get(discreet.userId))).toEqual(["sameMunicipality", "sharedLanguages"]);
  expect(byUser.get(discreet.userId)!.reasons).toEqual([
    { key: "sameMunicipality", values: { municipality: "Verl" } },
    { key: "sharedLanguages", values: { languages: "Arabic", count: 1 } },
  ]);
  expect(byUser.get(open.userId)!.reasons).toEqual([
    { key: "sharedTopics", values: { topics: expect.stringMatching(/language/i), count: 1 } },
    { key: "theyOffer", values: { words: "Dolmetscher and Arabisch" } },
    { key: "neighbouringMunicipality", values: { municipality: "Gütersloh", ownMunicipality: "Verl" } },
    { key: "differentOrganisation", values: { organisation: "Caritas" } },
  ]);
  // The best match first; the shown profile is the one the directory would show.
  expect(suggestions.map((s) => s.profile.displayName)).toEqual(["Omar Offen", "Dana Diskret"]);
  expect(byUser.get(discreet.userId)!.profile.topics).toBeNull();
});

test("fields shown to attendees count only for people at the same event", async () => {
  const { viewer } = await arrangeViewer();
  const elsewhere = await makeEvent();
  await makeAttendee(
    elsewhere.id,
    {},
    {
      displayName: "Erik Anderswo",
      displayNameVisibility: "public",
      topicSlugs: ["sprache-bildung", "gesundheit-pflege"],
      topicsVisibility: "attendees",
      municipalityId: await municipalityId("verl"),
      municipalityVisibility: "attendees",
    },
  );

  expect(await suggestPeople(viewer.userId, "de")).toEqual([]);
});

test("blocked people are never suggested, whoever blocked whom, and the viewer never meets themself", async () => {
  const { event, viewer } = await arrangeViewer();
  const candidate = (name: string) =>
    makeAttendee(
      event.id,
      {},
      {
        displayName: name,
        displayNameVisibility: "public",
        topicSlugs: ["sprache-bildung", "gesundheit-pflege"],
        topicsVisibility: "public",
      },
    );
  const blockedByViewer = await candidate("Bernd Blockiert");
  const blockingViewer = await candidate("Britta Blockiert");
  const welcome = await candidate("Wilma Willkommen");
  await blockPerson(viewer.actor, await profileIdOf(blockedByViewer.userId));
  await blockPerson(blockingViewer.actor, await profileIdOf(viewer.userId));

  const suggestions = (await suggestPeople(viewer.userId, "de"))!;

  expect(suggestions.map((s) => s.profile.userId)).toEqual([welcome.userId]);
  expect(reasonKeys(suggestions[0])).toEqual(["sharedTopics"]);
});

test("an expired profile is not suggested; the limit keeps the best", async () => {
  const { event, viewer } = await arrangeViewer();
  const shared = { displayNameVisibility: "public", topicsVisibility: "public" } as const;
  await makeAttendee(
    event.id,
    {},
    {
      ...shared,
      displayName: "Abgelaufen",
      topicSlugs: ["sprache-bildung", "gesundheit-pflege"],
      visibleUntil: new Date(Date.now() - DAY),
    },
  );
  const one = await makeAttendee(event.id, {}, { ...shared, topicSlugs: ["sprache-bildung"] });
  const two = await makeAttendee(event.id, {}, { ...shared, topicSlugs: ["sprache-bildung", "gesundheit-pflege"] });

  expect((await suggestPeople(viewer.userId, "de"))!.map((s) => s.profile.userId)).toEqual([two.userId, one.userId]);
  expect((await suggestPeople(viewer.userId, "de", 1))!.map((s) => s.profile.userId)).toEqual([two.userId]);
});

test("someone without a profile gets no suggestions at all (null), not an empty list", async () => {
  const user = await makeUser();
  const other = await makeUser();
  await makeProfile(other.id, {
    displayNameVisibility: "public",
    topicsVisibility: "public",
    topicSlugs: ["sprache-bildung"],
  });

  expect(await suggestPeople(user.id, "de")).toBeNull();
});
