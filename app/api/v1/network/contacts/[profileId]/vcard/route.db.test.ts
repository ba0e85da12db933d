import ICAL from "ical.js";
import { GET } from "@/app/api/v1/network/contacts/[profileId]/vcard/route";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { respondToContactRequest, sendContactRequest } from "@/lib/network/contact-requests";
import { makeEvent, makeProfile, makeRegistration } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn() })); // a factory: next-auth is never loaded
const getActorMock = jest.mocked(getActor);

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

async function download(actor: Actor | null, profileId: string) {
  getActorMock.mockResolvedValue(actor);
  return GET(new Request(`http://localhost/api/v1/network/contacts/${profileId}/vcard`), {
    params: Promise.resolve({ profileId }),
  });
}

/** An attendee of the event with a profile (fields hidden unless given), and their actor. */
async function attendee(eventId: string, profile: Parameters<typeof makeProfile>[1]) {
  const user = await makeUser();
  await makeRegistration(eventId, user.id);
  const { id: profileId } = await makeProfile(user.id, profile);
  return { userId: user.id, profileId, actor: await actorFor(user.id) };
}

/** Maria (organisation shown to attendees, role to nobody) and Ali, both attendees of one event. */
async function arrange() {
  const event = await makeEvent();
  const maria = await attendee(event.id, {
    displayName: "Maria Muster",
    displayNameVisibility: "attendees",
    organisationName: "Caritas; Gütersloh",
    organisationVisibility: "attendees",
    roleTitle: "Beraterin",
    roleTitleVisibility: "nobody",
    contactEmail: "maria.muster@example.org",
    phone: "05241 12345",
  });
  const fellow = await attendee(event.id, { displayName: "Ali Yilmaz", displayNameVisibility: "attendees" });
  return { maria, profileId: maria.profileId, fellow };
}

/** Ali asks Maria; Maria answers unless the request is to stay pending. */
async function request(arranged: Awaited<ReturnType<typeof arrange>>, answer: "accept" | "decline" | null) {
  const { id } = await sendContactRequest(arranged.fellow.actor, arranged.profileId, {
    message: "Hallo Maria, lass uns reden!",
  });
  if (answer) await respondToContactRequest(arranged.maria.actor, id, answer);
}

test("an accepted contact downloads the person's card: name, shown organisation, contact details", async () => {
  const arranged = await arrange();
  await request(arranged, "accept");

  const response = await download(arranged.fellow.actor, arranged.profileId);

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe('attachment; filename="maria-muster.vcf"');
  const text = await response.text();
  expect(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(card.getFirstPropertyValue("fn")).toBe("Maria Muster");
  expect(card.getFirstPropertyValue("org")).toBe("Caritas; Gütersloh");
  expect(card.getFirstPropertyValue("email")).toBe("maria.muster@example.org");
  expect(card.getFirstPropertyValue("tel")).toBe("05241 12345");
  // The role is hidden from everyone, and a contact is no exception.
  expect(card.getFirstPropertyValue("title")).toBeNull();
});

test("the card works both ways: the person who accepted downloads the requester's card too", async () => {
  const arranged = await arrange();
  await request(arranged, "accept");

  const response = await download(arranged.maria.actor, arranged.fellow.profileId);

  expect(response.status).toBe(200);
  expect(await response.text()).toContain("\r\nFN:Ali Yilmaz\r\n");
});

test.each([
  ["no request at all", undefined],
  ["a pending request", null],
  ["a declined request", "decline"],
] as const)("a person with %s gets 404, as for an unknown profile", async (_, answer) => {
  const arranged = await arrange();
  if (answer !== undefined) await request(arranged, answer);

  const response = await download(arranged.fellow.actor, arranged.profileId);
  const unknown = await download(arranged.fellow.actor, "gibt-es-nicht");

  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  expect(unknown.status).toBe(404);
});

test("the person's own card is not a contact card", async () => {
  const { maria, profileId } = await arrange();

  expect((await download(maria.actor, profileId)).status).toBe(404);
});

test("a signed-out caller gets 401 whether or not the profile exists", async () => {
  const { profileId } = await arrange();

  const existing = await download(null, profileId);
  const unknown = await download(null, "gibt-es-nicht");

  expect(existing.status).toBe(401);
  expect(unknown.status).toBe(401);
  expect(await existing.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
});
