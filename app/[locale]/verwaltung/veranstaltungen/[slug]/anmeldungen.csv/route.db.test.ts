import { NextRequest } from "next/server";
import { GET } from "@/app/[locale]/verwaltung/veranstaltungen/[slug]/anmeldungen.csv/route";
import { getActor } from "@/lib/auth/session";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { setRegistrationDetails } from "@/tests/event-admin-factories";
import { actorFor, makeUser } from "@/tests/factories";
import { readCsv } from "@/tests/read-csv";
import { resetDatabase } from "@/tests/setup/reset-database";

// The session is the one edge mocked here (a factory, so next-auth is never loaded).
jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn(), requireActor: jest.fn() }));
const getActorMock = jest.mocked(getActor);

const download = (slug: string, query = "", locale = "de") =>
  GET(new NextRequest(`http://localhost/${locale}/verwaltung/veranstaltungen/${slug}/anmeldungen.csv${query}`), {
    params: Promise.resolve({ locale, slug }),
  });

beforeEach(async () => {
  await resetDatabase();
  getActorMock.mockReset();
});

test("an admin downloads the filtered registrations as a named CSV file", async () => {
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));
  const event = await makeEvent({ capacity: 2 });
  const group = event.workingGroups[0]!;
  const anna = await makeAttendee(event.id, { name: 'Anna "Ani" Müller', groupId: group.id });
  await setRegistrationDetails(anna.registrationId, {
    organisationName: "Diakonie; Verl",
    accessibilityNeeds: "Rollstuhl\nund Induktionsschleife",
  });
  await makeAttendee(event.id, { name: "Bernd Schulz" });
  await makeAttendee(event.id, { name: "Carla Weber", status: "waitlisted" });

  const response = await download(event.slug, `?group=${group.id}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="anmeldungen-${event.slug}.csv"`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark Excel needs
  const [header, ...records] = readCsv(new TextDecoder().decode(bytes)); // decode drops the BOM
  expect(records).toHaveLength(1);
  const value = (column: string) => records[0]![header!.indexOf(column)];
  expect(value("Name")).toBe('Anna "Ani" Müller');
  expect(value("Organisation")).toBe("Diakonie; Verl");
  expect(value("Barrierefreiheit")).toBe("Rollstuhl\nund Induktionsschleife");
  expect(value("Arbeitsgruppe")).toBe(group.title);

  const all = readCsv(new TextDecoder().decode(await (await download(event.slug)).arrayBuffer()));
  expect(all.slice(1).map((record) => record[1])).toEqual(['Anna "Ani" Müller', "Bernd Schulz", "Carla Weber"]);
});

test("a malformed filter is ignored rather than an error", async () => {
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));
  const event = await makeEvent();
  await makeAttendee(event.id);
  const response = await download(event.slug, "?status=everything&group=%3Cscript%3E&checkedIn=maybe");
  expect(response.status).toBe(200);
  expect(readCsv(new TextDecoder().decode(await response.arrayBuffer()))).toHaveLength(2);
});

test("signed out is 401; another person, an unknown and a malformed event are 404", async () => {
  const event = await makeEvent();
  await makeAttendee(event.id);
  getActorMock.mockResolvedValue(null);
  expect((await download(event.slug)).status).toBe(401);
  getActorMock.mockResolvedValue(await actorFor((await makeUser()).id));
  expect((await download(event.slug)).status).toBe(404);
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));
  expect((await download("gibt-es-nicht")).status).toBe(404);
  expect((await download("../../etc")).status).toBe(404);
});

test("without a sign-in from the last hour, the admin is sent to sign in again and back to the event page", async () => {
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const event = await makeEvent();
  await makeAttendee(event.id, { name: "Anna Müller" });
  getActorMock.mockResolvedValue({ ...admin, signedInAt: new Date(Date.now() - 61 * 60_000) });

  const response = await download(event.slug, "?q=Anna", "en");
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location")!);
  expect(location.pathname).toBe("/en/anmelden");
  // Back to the event, not to the download: its filters (here a name) must not travel in the mailed link.
  expect(Object.fromEntries(location.searchParams)).toEqual({
    erneut: "1",
    callbackUrl: `/en/verwaltung/veranstaltungen/${event.slug}`,
  });
  expect(await response.text()).not.toContain("Anna");
});
