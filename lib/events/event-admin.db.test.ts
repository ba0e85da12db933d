import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { listBadges } from "@/lib/events/badges";
import { sendAttendeeMessage } from "@/lib/events/attendee-message";
import {
  createEvent,
  findEventForAdmin,
  listEventsForAdmin,
  setCheckedIn,
  updateEvent,
} from "@/lib/events/event-admin";
import { toDateTimeInput } from "@/lib/events/event-time";
import { listCheckIn, listRegistrations } from "@/lib/events/registration-list";
import { DomainError } from "@/lib/result";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { setRegistrationDetails } from "@/tests/event-admin-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const DAY = 86_400_000;
const inDays = (days: number) => toDateTimeInput(new Date(Date.now() + days * DAY));

/** A submitted event form (strings, as formDataToObject returns them), a month ahead. */
function eventForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Integrationskonferenz",
    description: "Ein Tag zum Vernetzen und Arbeiten in Gruppen.",
    agenda: "09:30 Ankommen\n10:00 Begrüßung",
    startsAt: inDays(30),
    endsAt: inDays(30.3),
    venueName: "Kreishaus",
    venueAddress: "Herzebrocker Straße 140, 33334 Gütersloh",
    municipality: "guetersloh",
    lat: "",
    lng: "",
    capacity: "100",
    registrationOpensAt: inDays(-1),
    registrationClosesAt: inDays(20).slice(0, 10),
    hasWaitlist: "on",
    status: "published",
    ...overrides,
  };
}

async function admin(): Promise<Actor> {
  return actorFor((await makeUser({ isAdmin: true })).id);
}

/** The update form of an event as the edit page fills it in, with changes on top. */
async function updateFormFor(eventId: string, overrides: Record<string, unknown> = {}) {
  const groups = await prisma.workingGroup.findMany({
    where: { eventId },
    select: { id: true, title: true, description: true, capacity: true },
    orderBy: { slug: "asc" },
  });
  return eventForm({
    groups: groups.map((group) => ({ ...group, capacity: String(group.capacity) })),
    ...overrides,
  });
}

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

describe("creating an event", () => {
  test("makes one working group per topic, sharing the places evenly, and records it", async () => {
    const actor = await admin();
    const { id, slug } = await createEvent(actor, eventForm({ capacity: "100" }));
    expect(slug).toBe("integrationskonferenz");
    const topics = await prisma.topic.findMany({ select: { id: true }, orderBy: { sortOrder: "asc" } });
    const groups = await prisma.workingGroup.findMany({
      where: { eventId: id },
      select: { topicId: true, capacity: true, title: true },
    });
    expect(groups).toHaveLength(topics.length);
    expect(new Set(groups.map((g) => g.topicId))).toEqual(new Set(topics.map((t) => t.id)));
    expect(groups.every((g) => g.capacity === Math.ceil(100 / topics.length))).toBe(true);
    expect(groups.map((g) => g.title)).toContain("Sprache und Bildung");
    const event = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ capacity: 100, hasWaitlist: true, status: "published", lat: null });
    expect(
      await prisma.auditEvent.findMany({ where: { entityId: id }, select: { action: true, actorId: true } }),
    ).toEqual([{ action: "event.created", actorId: actor.userId }]);
  });

  test("gives a second event of the same title a slug of its own, and never the 'new' page's", async () => {
    const actor = await admin();
    const first = await createEvent(actor, eventForm());
    const second = await createEvent(actor, eventForm());
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug).toMatch(/^integrationskonferenz-[0-9a-f]{4}$/);
    expect((await createEvent(actor, eventForm({ title: "Neu!" }))).slug).toMatch(/^neu-[0-9a-f]{4}$/);
  });

  test("refuses an unknown municipality and writes nothing", async () => {
    await expect(createEvent(await admin(), eventForm({ municipality: "atlantis" }))).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { municipality: [{ key: "choose" }] },
    });
    expect(await prisma.event.count()).toBe(0);
  });
});

describe("editing an event", () => {
  test("saves the event and its working groups", async () => {
    const actor = await admin();
    const { id } = await createEvent(actor, eventForm());
    const form = await updateFormFor(id, { title: "Konferenz 2026", capacity: "120", status: "cancelled" });
    const groups = form.groups as { title: string; description: string; capacity: string }[];
    groups[0] = { ...groups[0]!, title: "AG Sprache", description: "Deutsch lernen im Kreis", capacity: "30" };
    await updateEvent(actor, id, form);
    const event = await findEventForAdmin(actor, "integrationskonferenz");
    expect(event).toMatchObject({ title: "Konferenz 2026", capacity: 120, status: "cancelled" });
    expect(event?.municipalitySlug).toBe("guetersloh");
    expect(event?.workingGroups).toContainEqual(
      expect.objectContaining({ title: "AG Sprache", description: "Deutsch lernen im Kreis", capacity: 30 }),
    );
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "event.updated" } });
    expect(audit.summary).toContain("Plätze 100 → 120");
    expect(audit.summary).toContain("1 Arbeitsgruppe(n) geändert");
  });

  test("refuses a capacity below the confirmed people and keeps everyone", async () => {
    const actor = await admin();
    const event = await makeEvent({ capacity: 5 });
    for (let i = 0; i < 3; i++) await makeAttendee(event.id);
    await makeAttendee(event.id, { status: "waitlisted" });
    await expect(updateEvent(actor, event.id, await updateFormFor(event.id, { capacity: "2" }))).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { capacity: [{ key: "capacityBelowConfirmed", values: { count: 3 } }] },
    });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).capacity).toBe(5);
    expect(await prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(3);
    // Exactly the confirmed number is fine.
    await updateEvent(actor, event.id, await updateFormFor(event.id, { capacity: "3" }));
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).capacity).toBe(3);
  });

  test("a higher capacity moves the waiting list up in registration order, and mails those moved up", async () => {
    const actor = await admin();
    const event = await makeEvent({ capacity: 1 });
    await makeAttendee(event.id);
    const first = await makeAttendee(event.id, { status: "waitlisted", firstChoiceId: event.workingGroups[0]!.id });
    const second = await makeAttendee(event.id, { status: "waitlisted" });
    await updateEvent(actor, event.id, await updateFormFor(event.id, { capacity: "2" }));
    const statusOf = async (id: string) => (await prisma.registration.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(first.registrationId)).toBe("confirmed");
    expect(await statusOf(second.registrationId)).toBe("waitlisted");
    expect(await prisma.devMail.count({ where: { to: first.actor.email } })).toBe(1);
    expect(await prisma.devMail.count({ where: { to: second.actor.email } })).toBe(0);
  });

  test("refuses a group capacity below the group's members", async () => {
    const actor = await admin();
    const event = await makeEvent({ capacity: 30 });
    const group = event.workingGroups[0]!;
    await makeAttendee(event.id, { groupId: group.id });
    await makeAttendee(event.id, { groupId: group.id });
    const form = await updateFormFor(event.id);
    const groups = form.groups as { id: string; capacity: string }[];
    const index = groups.findIndex((g) => g.id === group.id);
    groups[index]!.capacity = "1";
    await expect(updateEvent(actor, event.id, form)).rejects.toMatchObject({
      fieldErrors: { [`groups.${index}.capacity`]: [{ key: "capacityBelowConfirmed", values: { count: 2 } }] },
    });
  });

  test("refuses a working group of another event", async () => {
    const actor = await admin();
    const event = await makeEvent();
    const other = await makeEvent();
    const form = await updateFormFor(event.id);
    (form.groups as { id: string }[])[0]!.id = other.workingGroups[0]!.id;
    await expect(updateEvent(actor, event.id, form)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await prisma.workingGroup.findUniqueOrThrow({ where: { id: other.workingGroups[0]!.id } })).toMatchObject({
      title: other.workingGroups[0]!.title,
    });
  });
});

describe("who may administer events", () => {
  test("a signed-in person who is not an admin is forbidden and a signed-out client unauthenticated", async () => {
    const event = await makeEvent();
    const { registrationId } = await makeAttendee(event.id);
    const person = await actorFor((await makeUser()).id);
    const calls: [string, (actor: Actor | null) => Promise<unknown>][] = [
      ["createEvent", (actor) => createEvent(actor, eventForm())],
      ["updateEvent", async (actor) => updateEvent(actor, event.id, await updateFormFor(event.id))],
      ["setCheckedIn", (actor) => setCheckedIn(actor, registrationId, true)],
      [
        "sendAttendeeMessage",
        (actor) => sendAttendeeMessage(actor, event.id, { subject: "Hallo", text: "Bis bald!!" }),
      ],
      ["listEventsForAdmin", (actor) => listEventsForAdmin(actor)],
      ["findEventForAdmin", (actor) => findEventForAdmin(actor, event.slug)],
      ["listRegistrations", (actor) => listRegistrations(actor, event.id, {})],
      ["listCheckIn", (actor) => listCheckIn(actor, event.id)],
      ["listBadges", (actor) => listBadges(actor, event.id)],
    ];
    for (const [name, call] of calls) {
      const outcome = async (actor: Actor | null) =>
        call(actor).then(
          () => "allowed",
          (error: unknown) => (error instanceof DomainError ? error.code : error),
        );
      expect({ name, person: await outcome(person), signedOut: await outcome(null) }).toEqual({
        name,
        person: "forbidden",
        signedOut: "unauthenticated",
      });
    }
    expect(await prisma.event.count()).toBe(1);
    expect(await prisma.registration.count({ where: { checkedInAt: { not: null } } })).toBe(0);
    expect(await prisma.devMail.count()).toBe(0);
  });
});

describe("the event list", () => {
  test("counts confirmed and waiting people per event, not cancellations", async () => {
    const event = await makeEvent({ capacity: 2 });
    await makeAttendee(event.id);
    await makeAttendee(event.id);
    await makeAttendee(event.id, { status: "waitlisted" });
    await makeAttendee(event.id, { status: "cancelled" });
    const empty = await makeEvent();
    const list = await listEventsForAdmin(await admin());
    expect(list.find((e) => e.id === event.id)).toMatchObject({ confirmed: 2, waitlisted: 1, capacity: 2 });
    expect(list.find((e) => e.id === empty.id)).toMatchObject({ confirmed: 0, waitlisted: 0 });
  });
});

describe("check-in", () => {
  test("marks a confirmed attendee as arrived and back, keeping the first time and recording each change", async () => {
    const actor = await admin();
    const event = await makeEvent();
    const { registrationId } = await makeAttendee(event.id, { name: "Zoe Zander" });
    await makeAttendee(event.id, { name: "Ada Adler" });
    await makeAttendee(event.id, { name: "Ömer Öztürk" });
    await setCheckedIn(actor, registrationId, true);
    const first = (await prisma.registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt;
    expect(first).toBeInstanceOf(Date);
    await setCheckedIn(actor, registrationId, true); // a second tap changes nothing
    expect((await prisma.registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).toEqual(first);
    const list = await listCheckIn(actor, event.id);
    expect(list.map((row) => [row.name, row.checkedInAt !== null])).toEqual([
      ["Ada Adler", false],
      ["Ömer Öztürk", false],
      ["Zoe Zander", true],
    ]);
    await setCheckedIn(actor, registrationId, false);
    expect((await prisma.registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).toBeNull();
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: registrationId },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "registration.checked-in" }, { action: "registration.check-in-undone" }]);
  });

  test("refuses people without a confirmed place", async () => {
    const event = await makeEvent();
    const { registrationId } = await makeAttendee(event.id, { status: "waitlisted" });
    await expect(setCheckedIn(await admin(), registrationId, true)).rejects.toMatchObject({ code: "conflict" });
    expect(await listCheckIn(await admin(), event.id)).toEqual([]);
  });
});

describe("the registrations table", () => {
  test("filters by status, group, municipality, check-in and text, with waiting positions", async () => {
    const actor = await admin();
    const event = await makeEvent({ capacity: 3 });
    const [groupA, groupB] = event.workingGroups;
    const anna = await makeAttendee(event.id, { name: "Anna Müller", groupId: groupA!.id });
    await setRegistrationDetails(anna.registrationId, {
      organisationName: "Caritas Verl",
      municipalitySlug: "verl",
      checkedInAt: new Date(),
    });
    await makeAttendee(event.id, { name: "Bernd Schulz", groupId: groupB!.id });
    await makeAttendee(event.id, { name: "Carla Weber", status: "waitlisted" });
    await makeAttendee(event.id, { name: "Dana Fischer", status: "cancelled" });
    await makeAttendee(event.id, { name: "Emil Klein", status: "waitlisted" });
    const names = async (filter: Parameters<typeof listRegistrations>[2]) =>
      (await listRegistrations(actor, event.id, filter)).map((row) => row.name);

    expect(await names({})).toEqual(["Anna Müller", "Bernd Schulz", "Carla Weber", "Emil Klein"]);
    expect(await names({ status: "cancelled" })).toEqual(["Dana Fischer"]);
    expect(await names({ group: groupB!.id })).toEqual(["Bernd Schulz"]);
    expect(await names({ municipality: "verl" })).toEqual(["Anna Müller"]);
    expect(await names({ checkedIn: "yes" })).toEqual(["Anna Müller"]);
    expect(await names({ checkedIn: "no" })).toEqual(["Bernd Schulz", "Carla Weber", "Emil Klein"]);
    expect(await names({ q: "MÜLLER" })).toEqual(["Anna Müller"]);
    expect(await names({ q: "caritas" })).toEqual(["Anna Müller"]);

    const waiting = await listRegistrations(actor, event.id, { status: "waitlisted" });
    expect(waiting.map((row) => [row.name, row.waitlistPosition])).toEqual([
      ["Carla Weber", 1],
      ["Emil Klein", 2],
    ]);
    const [annaRow] = await listRegistrations(actor, event.id, { q: "anna" });
    expect(annaRow).toMatchObject({
      organisationName: "Caritas Verl",
      municipality: "Verl",
      status: "confirmed",
      waitlistPosition: null,
      group: { id: groupA!.id, title: groupA!.title, status: "assigned" },
      firstChoice: groupA!.title,
    });
  });
});

describe("name badges", () => {
  test("carry a QR code only for people who made their name visible and whose visibility runs", async () => {
    const actor = await admin();
    const event = await makeEvent();
    const group = event.workingGroups[0]!;
    const consented = await makeAttendee(
      event.id,
      { name: "Ada Adler", groupId: group.id },
      { displayNameVisibility: "attendees", visibleUntil: new Date(Date.now() + 30 * DAY) },
    );
    await makeAttendee(event.id, { name: "Bea Berg" }, { displayNameVisibility: "nobody" });
    await makeAttendee(
      event.id,
      { name: "Cem Can" },
      { displayNameVisibility: "public", visibleUntil: new Date(Date.now() - DAY) },
    );
    await makeAttendee(event.id, { name: "Dora Dach" });
    await makeAttendee(event.id, { name: "Emil Ende", status: "waitlisted" });
    const badges = await listBadges(actor, event.id);
    expect(badges.map((badge) => [badge.name, badge.qrSvg !== null])).toEqual([
      ["Ada Adler", true],
      ["Bea Berg", false],
      ["Cem Can", false],
      ["Dora Dach", false],
    ]);
    expect(badges[0]).toMatchObject({ group: group.title });
    expect(badges[0]!.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The code encodes the person's profile address (the library is deterministic for the same input).
    const profile = await prisma.profile.findUniqueOrThrow({ where: { userId: consented.userId } });
    const expected = await QRCode.toString(`${env.PUBLIC_URL}/de/netzwerk/personen/${profile.id}`, {
      type: "svg",
      margin: 1,
      errorCorrectionLevel: "M",
    });
    expect(badges[0]!.qrSvg).toBe(expected);
  });
});
