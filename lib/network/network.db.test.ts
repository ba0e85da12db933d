import { prisma } from "@/lib/db";
import {
  blockPerson,
  CONTACT_REQUESTS_PER_HOUR,
  contactDetailsFor,
  reportPerson,
  respondToContactRequest,
  sendContactRequest,
} from "@/lib/network/contact-requests";
import { DirectoryFilterSchema, findShownProfile, listDirectory, previewOwnProfile } from "@/lib/network/directory";
import { profileFields, type ProfileField } from "@/lib/network/visibility";
import { renewProfileVisibility, saveOwnProfile } from "@/lib/network/profiles";
import { DAY_MS } from "@/lib/offers/freshness";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const noFilter = DirectoryFilterSchema.parse({});

/** Which fields of the shown profile are not hidden. */
function shownFields(profile: Awaited<ReturnType<typeof findShownProfile>>): ProfileField[] {
  if (!profile) return [];
  const valueOf: Record<ProfileField, unknown> = {
    displayName: profile.displayName,
    organisation: profile.organisationName,
    roleTitle: profile.roleTitle,
    municipality: profile.municipality,
    topics: profile.topics,
    languages: profile.languages,
    offersText: profile.offersText,
    seeksText: profile.seeksText,
  };
  return profileFields.filter((field) => valueOf[field] !== null);
}

describe("the visibility matrix", () => {
  // One person shows each field to a different audience; five kinds of viewers look, before and after expiry.
  async function arrange() {
    const event = await makeEvent();
    const otherEvent = await makeEvent();
    const verl = await prisma.municipality.findUniqueOrThrow({ where: { slug: "verl" } });
    const owner = await makeAttendee(
      event.id,
      {},
      {
        displayName: "Maria Muster",
        displayNameVisibility: "public",
        organisationName: "Caritas",
        organisationVisibility: "attendees",
        roleTitle: "Beraterin",
        roleTitleVisibility: "nobody",
        municipalityId: verl.id,
        municipalityVisibility: "public",
        topicSlugs: ["sprache-bildung"],
        topicsVisibility: "attendees",
        languagesJson: '["de","ar"]',
        languagesVisibility: "public",
        offersText: "Sprachmittlung Arabisch",
        offersTextVisibility: "attendees",
        seeksText: "Räume für Elterncafés",
        seeksTextVisibility: "nobody",
        visibleUntil: new Date(Date.now() + 10 * DAY_MS),
      },
    );
    const profile = await prisma.profile.findUniqueOrThrow({ where: { userId: owner.userId } });
    const fellow = await makeAttendee(event.id);
    const waitlisted = await makeAttendee(event.id, { status: "waitlisted" });
    const cancelled = await makeAttendee(event.id, { status: "cancelled" });
    const elsewhere = await makeAttendee(otherEvent.id);
    const stranger = await makeUser();
    return { owner, profile, viewers: { fellow, waitlisted, cancelled, elsewhere, stranger } };
  }

  const PUBLIC: ProfileField[] = ["displayName", "municipality", "languages"];
  const ATTENDEES: ProfileField[] = [
    "displayName",
    "organisation",
    "municipality",
    "topics",
    "languages",
    "offersText",
  ];

  test("each viewer sees exactly the fields chosen for them", async () => {
    const { owner, profile, viewers } = await arrange();
    const seenBy = async (userId: string | null) => shownFields(await findShownProfile(profile.id, userId, "de"));
    expect(await seenBy(owner.userId)).toEqual([...profileFields]);
    expect(await seenBy(viewers.fellow.userId)).toEqual(ATTENDEES);
    expect(await seenBy(viewers.waitlisted.userId)).toEqual(ATTENDEES);
    expect(await seenBy(viewers.cancelled.userId)).toEqual(PUBLIC);
    expect(await seenBy(viewers.elsewhere.userId)).toEqual(PUBLIC);
    expect(await seenBy(viewers.stranger.id)).toEqual(PUBLIC);
    expect(await seenBy(null)).toEqual(PUBLIC);
  });

  test("after the visibility expires nobody else sees anything; the person still sees all", async () => {
    const { owner, profile, viewers } = await arrange();
    await prisma.profile.update({ where: { id: profile.id }, data: { visibleUntil: new Date(Date.now() - 1_000) } });
    expect(await findShownProfile(profile.id, viewers.fellow.userId, "de")).toBeNull();
    expect(await findShownProfile(profile.id, null, "de")).toBeNull();
    expect(await listDirectory(viewers.fellow.userId, noFilter, "de")).toEqual([]);
    expect(shownFields(await findShownProfile(profile.id, owner.userId, "de"))).toEqual([...profileFields]);
  });

  test("the preview shows the person what each kind of viewer sees", async () => {
    const { owner, viewers, profile } = await arrange();
    const preview = (await previewOwnProfile(owner.userId, "de"))!;
    expect(shownFields(preview.fellowAttendee)).toEqual(
      shownFields(await findShownProfile(profile.id, viewers.fellow.userId, "de")),
    );
    expect(shownFields(preview.anonymous)).toEqual(shownFields(await findShownProfile(profile.id, null, "de")));
  });

  test("filters only look at what the viewer sees", async () => {
    const { viewers } = await arrange();
    const filter = (query: Record<string, string>) => DirectoryFilterSchema.parse(query);
    // Topics are for attendees: the fellow attendee finds her by topic, a signed-in stranger does not.
    expect(await listDirectory(viewers.fellow.userId, filter({ topic: "sprache-bildung" }), "de")).toHaveLength(1);
    expect(await listDirectory(viewers.stranger.id, filter({ topic: "sprache-bildung" }), "de")).toHaveLength(0);
    expect(await listDirectory(viewers.stranger.id, filter({ municipality: "verl" }), "de")).toHaveLength(1);
    expect(await listDirectory(viewers.fellow.userId, filter({ q: "arabisch", in: "offers" }), "de")).toHaveLength(1);
    // "Looking for" is hidden from everyone: searching it finds nothing, even for a fellow attendee.
    expect(await listDirectory(viewers.fellow.userId, filter({ q: "Elterncafés" }), "de")).toHaveLength(0);
    expect(await listDirectory(null, filter({ language: "ar" }), "de")).toHaveLength(1);
  });

  test("a profile that shows nobody its name is not listed", async () => {
    const event = await makeEvent();
    await makeAttendee(event.id, {}, { topicSlugs: ["sprache-bildung"], topicsVisibility: "public" });
    const viewer = await makeAttendee(event.id);
    expect(await listDirectory(viewer.userId, noFilter, "de")).toEqual([]);
  });
});

describe("the own profile", () => {
  test("saving stores every field with its visibility; renewing extends it past the latest event", async () => {
    const event = await makeEvent();
    const person = await makeAttendee(event.id);
    const visibility = Object.fromEntries(profileFields.map((f) => [f, "attendees"]));
    await saveOwnProfile(person.actor, {
      displayName: "Ali Beispiel",
      topics: ["sprache-bildung", "arbeit-wirtschaft"],
      languages: ["de", "fa"],
      offersText: "Ich dolmetsche Farsi",
      visibility: { ...visibility, seeksText: "nobody" },
    });
    const stored = await prisma.profile.findUniqueOrThrow({
      where: { userId: person.userId },
      include: { topics: true },
    });
    expect(stored).toMatchObject({
      displayName: "Ali Beispiel",
      seeksTextVisibility: "nobody",
      languagesJson: '["de","fa"]',
    });
    expect(stored.topics).toHaveLength(2);
    const until = await renewProfileVisibility(person.actor);
    const { endsAt } = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(until.getTime()).toBe(endsAt.getTime() + 56 * DAY_MS);
  });

  test("an unknown topic or municipality is a field error and nothing is written", async () => {
    const person = await makeUser();
    const actor = await actorFor(person.id);
    const visibility = Object.fromEntries(profileFields.map((f) => [f, "public"]));
    await expect(
      saveOwnProfile(actor, { displayName: "X Y", topics: ["gibt-es-nicht"], visibility }),
    ).rejects.toMatchObject({ fieldErrors: { topics: [{ key: "choose" }] } });
    await expect(
      saveOwnProfile(actor, { displayName: "X Y", municipality: "atlantis", visibility }),
    ).rejects.toMatchObject({ fieldErrors: { municipality: [{ key: "choose" }] } });
    expect(await prisma.profile.count()).toBe(0);
  });
});

describe("contact requests", () => {
  test("a block ends an accepted contact: neither sees the other's details any more", async () => {
    const { anna, ben, annaProfile, benProfile } = await arrange();
    const request = await sendContactRequest(anna.actor, benProfile.id, { message: "Wollen wir zusammenarbeiten?" });
    await respondToContactRequest(ben.actor, request.id, "accept");
    await blockPerson(anna.actor, benProfile.id);
    expect(await contactDetailsFor(anna.userId, ben.userId)).toBeNull();
    expect(await contactDetailsFor(ben.userId, anna.userId)).toBeNull();
    expect(annaProfile.id).toBeTruthy();
  });

  test("a person without a profile cannot send a request (the recipient would not know who asks)", async () => {
    const { anna, benProfile } = await arrange();
    const { eventId } = await prisma.registration.findFirstOrThrow({ where: { userId: anna.userId } });
    const nameless = await makeAttendee(eventId);
    await expect(
      sendContactRequest(nameless.actor, benProfile.id, { message: "Hallo, kurze Frage" }),
    ).rejects.toMatchObject({ messageKey: "profileRequired" });
  });

  async function arrange() {
    const event = await makeEvent();
    const shown = { displayNameVisibility: "attendees", organisationVisibility: "attendees" };
    const anna = await makeAttendee(event.id, {}, { displayName: "Anna", ...shown, phone: "05241 123456" });
    const ben = await makeAttendee(event.id, {}, { displayName: "Ben", ...shown });
    const annaProfile = await prisma.profile.findUniqueOrThrow({ where: { userId: anna.userId } });
    const benProfile = await prisma.profile.findUniqueOrThrow({ where: { userId: ben.userId } });
    return { anna, ben, annaProfile, benProfile };
  }

  test("request → mail → accept → both see each other's details; the sender is mailed", async () => {
    const { anna, ben, benProfile } = await arrange();
    const request = await sendContactRequest(anna.actor, benProfile.id, { message: "Wollen wir zusammenarbeiten?" });
    const benMail = await prisma.devMail.findFirstOrThrow({ where: { to: ben.actor.email } });
    expect(benMail.subject).toBe("Kontaktanfrage von Anna");
    expect(benMail.text).toContain("Wollen wir zusammenarbeiten?");
    expect(await contactDetailsFor(anna.userId, ben.userId)).toBeNull();
    expect(await contactDetailsFor(ben.userId, anna.userId)).toBeNull();

    await expect(respondToContactRequest(anna.actor, request.id, "accept")).rejects.toMatchObject({
      code: "not_found",
    });
    await respondToContactRequest(ben.actor, request.id, "accept");
    expect(await contactDetailsFor(anna.userId, ben.userId)).toEqual({ email: ben.actor.email, phone: null });
    expect(await contactDetailsFor(ben.userId, anna.userId)).toEqual({
      email: anna.actor.email,
      phone: "05241 123456",
    });
    expect(
      await prisma.devMail.findFirstOrThrow({ where: { to: anna.actor.email, subject: { contains: "angenommen" } } }),
    ).toBeTruthy();
    await expect(respondToContactRequest(ben.actor, request.id, "decline")).rejects.toMatchObject({
      messageKey: "requestAnswered",
    });
    await expect(
      sendContactRequest(ben.actor, (await prisma.profile.findUniqueOrThrow({ where: { userId: anna.userId } })).id, {
        message: "Noch eine Anfrage bitte",
      }),
    ).rejects.toMatchObject({ messageKey: "alreadyContacts" });
  });

  test("a declined request reveals nothing and tells the sender", async () => {
    const { anna, ben, benProfile } = await arrange();
    const request = await sendContactRequest(anna.actor, benProfile.id, { message: "Hallo Ben, kurze Frage" });
    await respondToContactRequest(ben.actor, request.id, "decline");
    expect(await contactDetailsFor(anna.userId, ben.userId)).toBeNull();
    expect(await prisma.devMail.count({ where: { to: anna.actor.email } })).toBe(1);
  });

  test("only people the sender can see by name can be asked", async () => {
    const event = await makeEvent();
    const anna = await makeAttendee(event.id);
    const hidden = await makeAttendee(event.id, {}, { displayNameVisibility: "nobody" });
    const hiddenProfile = await prisma.profile.findUniqueOrThrow({ where: { userId: hidden.userId } });
    await expect(
      sendContactRequest(anna.actor, hiddenProfile.id, { message: "Hallo, kurze Frage" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(sendContactRequest(null, hiddenProfile.id, { message: "Hallo, kurze Frage" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect(await prisma.contactRequest.count()).toBe(0);
  });

  test(`more than ${CONTACT_REQUESTS_PER_HOUR} requests an hour are refused`, async () => {
    const event = await makeEvent();
    const sender = await makeAttendee(event.id, {}, {});
    for (let i = 0; i <= CONTACT_REQUESTS_PER_HOUR; i++) {
      const other = await makeAttendee(event.id, {}, { displayNameVisibility: "attendees" });
      const profile = await prisma.profile.findUniqueOrThrow({ where: { userId: other.userId } });
      const attempt = sendContactRequest(sender.actor, profile.id, { message: "Hallo, kurze Frage" });
      if (i < CONTACT_REQUESTS_PER_HOUR) await attempt;
      else await expect(attempt).rejects.toMatchObject({ code: "rate_limited" });
    }
    expect(await prisma.contactRequest.count()).toBe(CONTACT_REQUESTS_PER_HOUR);
  });

  test("a block hides both from each other and declines what was pending; a report mails the admins", async () => {
    const { anna, ben, annaProfile, benProfile } = await arrange();
    await makeUser({ isAdmin: true, email: "ki@example.org" });
    await sendContactRequest(anna.actor, benProfile.id, { message: "Hallo Ben, kurze Frage" });
    await blockPerson(ben.actor, annaProfile.id);
    expect(await prisma.contactRequest.findFirstOrThrow()).toMatchObject({ status: "declined" });
    expect(await findShownProfile(benProfile.id, anna.userId, "de")).toBeNull();
    expect(await findShownProfile(annaProfile.id, ben.userId, "de")).toBeNull();
    expect(await listDirectory(anna.userId, noFilter, "de")).toEqual([]);
    await expect(sendContactRequest(anna.actor, benProfile.id, { message: "Noch einmal hallo" })).rejects.toMatchObject(
      {
        code: "not_found",
      },
    );

    await reportPerson(ben.actor, annaProfile.id, { reason: "Werbung statt Austausch" });
    expect(await prisma.abuseReport.count({ where: { reportedUserId: anna.userId } })).toBe(1);
    expect((await prisma.devMail.findFirstOrThrow({ where: { to: "ki@example.org" } })).text).toContain("Werbung");
  });
});

describe("reports", () => {
  test("a hidden person can be reported only by someone they contacted; five reports a day at most", async () => {
    const event = await makeEvent();
    const reporter = await makeAttendee(event.id, {}, {});
    const hidden = await makeAttendee(event.id, {}, { displayNameVisibility: "nobody" });
    const hiddenProfile = await prisma.profile.findUniqueOrThrow({ where: { userId: hidden.userId } });
    await expect(
      reportPerson(reporter.actor, hiddenProfile.id, { reason: "Schreibt mir ständig Werbung" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await prisma.contactRequest.create({
      data: { fromUserId: hidden.userId, toUserId: reporter.userId, message: "Kaufen Sie jetzt!" },
    });
    await reportPerson(reporter.actor, hiddenProfile.id, { reason: "Schreibt mir ständig Werbung" });
    for (let i = 1; i < 5; i++)
      await reportPerson(reporter.actor, hiddenProfile.id, { reason: `Noch einmal Werbung ${i}` });
    await expect(
      reportPerson(reporter.actor, hiddenProfile.id, { reason: "Und noch einmal Werbung" }),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect(await prisma.abuseReport.count()).toBe(5);
  });
});
