import { NextRequest } from "next/server";
import { GET } from "@/app/[locale]/verwaltung/protokoll/protokoll.csv/route";
import { getActor } from "@/lib/auth/session";
import { confirmOffers } from "@/lib/offers/status-updates";
import { actorFor, makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { readCsv } from "@/tests/read-csv";
import { resetDatabase } from "@/tests/setup/reset-database";

// The session is the one edge mocked here (a factory, so next-auth is never loaded).
jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn(), requireActor: jest.fn() }));
const getActorMock = jest.mocked(getActor);

const download = (query = "", locale = "de") =>
  GET(new NextRequest(`http://localhost/${locale}/verwaltung/protokoll/protokoll.csv${query}`), {
    params: Promise.resolve({ locale }),
  });

/** An organisation whose owner confirmed one offer: one entry in the trail, by a named person. */
async function organisationWithEntry() {
  const organisation = await makeOrganisation();
  const owner = await makeUser();
  await makeMembership(owner.id, organisation.id, "owner");
  const offer = await makeOffer(organisation.id, { title: "Sprachcafé" });
  await confirmOffers(await actorFor(owner.id), organisation.id, { offerIds: [offer.id] });
  return { ...organisation, owner };
}

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  getActorMock.mockReset();
});

test("an admin downloads the filtered trail as a CSV attachment with the byte order mark", async () => {
  const verl = await organisationWithEntry();
  await organisationWithEntry();
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));

  const response = await download(`?organisation=${verl.slug}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe('attachment; filename="protokoll.csv"');
  expect(response.headers.get("cache-control")).toBe("no-store");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = readCsv(new TextDecoder().decode(bytes)); // decode drops the BOM
  expect(header).toEqual(["Wann", "Aktion", "Wer", "Organisation", "Was"]);
  expect(records.map((record) => record.slice(1, 4))).toEqual([["offer.confirmed", verl.owner.email, verl.name]]);

  const all = readCsv(new TextDecoder().decode(await (await download()).arrayBuffer()));
  expect(all).toHaveLength(3);
});

test("a malformed filter is ignored rather than an error", async () => {
  await organisationWithEntry();
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));
  const response = await download("?organisation=%3Cscript%3E&from=morgen&action=everything&person=a%40b.de");
  expect(response.status).toBe(200);
  expect(readCsv(new TextDecoder().decode(await response.arrayBuffer()))).toHaveLength(2);
});

test("signed out is 401; an owner of an organisation and an unknown locale are 404", async () => {
  const organisation = await organisationWithEntry();
  getActorMock.mockResolvedValue(null);
  expect((await download()).status).toBe(401);
  getActorMock.mockResolvedValue(await actorFor(organisation.owner.id));
  const forbidden = await download(`?organisation=${organisation.slug}`);
  expect(forbidden.status).toBe(404);
  expect(await forbidden.text()).not.toContain(organisation.owner.email);
  getActorMock.mockResolvedValue(await actorFor((await makeUser({ isAdmin: true })).id));
  expect((await download("", "xx")).status).toBe(404);
});

test("without a sign-in from the last hour, the admin is sent to sign in again and back to the log", async () => {
  await organisationWithEntry();
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  getActorMock.mockResolvedValue({ ...admin, signedInAt: new Date(Date.now() - 61 * 60_000) });
  const response = await download("?q=Sprachcaf%C3%A9", "en");
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location")!);
  expect(location.pathname).toBe("/en/anmelden");
  expect(Object.fromEntries(location.searchParams)).toEqual({ erneut: "1", callbackUrl: "/en/verwaltung/protokoll" });
});
