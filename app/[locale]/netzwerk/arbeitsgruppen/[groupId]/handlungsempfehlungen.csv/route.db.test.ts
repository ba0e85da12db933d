import { GET } from "@/app/[locale]/netzwerk/arbeitsgruppen/[groupId]/handlungsempfehlungen.csv/route";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import {
  linkOfferToRecommendation,
  linkTopicToRecommendation,
  setRecommendationStatus,
} from "@/lib/working-groups/recommendation-moderation";
import { postRecommendation, setRecommendationVote } from "@/lib/working-groups/recommendation-mutations";
import { actorFor, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";

jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn() })); // a factory: next-auth is never loaded
const getActorMock = jest.mocked(getActor);

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** RFC 4180 with semicolons: quoted fields may hold ;, "" and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (quoted && char === '"' && csv[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ";") {
      endField();
    } else if (char === "\r" && csv[index + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      index++;
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function download(actor: Actor | null, groupId: string, locale = "de") {
  getActorMock.mockResolvedValue(actor);
  const url = `http://localhost/${locale}/netzwerk/arbeitsgruppen/${groupId}/handlungsempfehlungen.csv`;
  return GET(new Request(url), { params: Promise.resolve({ locale, groupId }) });
}

async function makeBoard() {
  const event = await makeEvent();
  const group = event.workingGroups[0]!;
  const author = await makeAttendee(
    event.id,
    { groupId: group.id },
    { displayName: "Jürgen Müller", displayNameVisibility: "public" },
  );
  const hidden = await makeAttendee(event.id, { groupId: group.id });
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const offer = await makeOffer((await makeOrganisation()).id, { title: "Sprachcafé Gütersloh" });
  const first = await postRecommendation(author.actor, group.id, {
    title: "Übergänge in Ausbildung",
    text: 'Mehr "Ausbildungslotsen"; auch\nin kleinen Gemeinden.',
  });
  await postRecommendation(hidden.actor, group.id, { title: "=HYPERLINK(1)", text: "Eine Formel ist nur Text." });
  await setRecommendationVote(hidden.actor, first.id, { voted: "on" });
  await setRecommendationStatus(admin, first.id, { status: "adopted" });
  await linkTopicToRecommendation(admin, first.id, { topic: "arbeit-wirtschaft" });
  await linkOfferToRecommendation(admin, first.id, { offer: offer.id });
  return { event, group, hidden };
}

test("a member downloads every recommendation with votes, status, author, topics and offers, ready for Excel", async () => {
  const { event, group, hidden } = await makeBoard();

  const response = await download(hidden.actor, group.id);

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe(
    `attachment; filename="handlungsempfehlungen-${event.slug}-${group.slug}.csv"`,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark Excel looks for
  const csv = new TextDecoder().decode(bytes.slice(3));
  expect(csv).toContain('"Mehr ""Ausbildungslotsen""; auch\nin kleinen Gemeinden."');
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([
    "Titel",
    "Empfehlung",
    "Status",
    "Unterstützungen",
    "Verfasst von",
    "Themen",
    "Angebote",
    "Erstellt",
    "Zuletzt geändert",
    "Lücke: Gemeinde",
    "Lücke: Thema",
    "Lücke: Sprache",
    "Lücke: Angebote",
    "Lücke: Angebote je 10.000 Einwohner",
    "Lücke: Stand",
  ]);
  expect(rows.map((row) => row.slice(0, 7))).toEqual([
    [
      "Übergänge in Ausbildung",
      'Mehr "Ausbildungslotsen"; auch\nin kleinen Gemeinden.',
      "Beschlossen",
      "1",
      "Jürgen Müller",
      "Arbeit und Wirtschaft",
      "Sprachcafé Gütersloh",
    ],
    ["'=HYPERLINK(1)", "Eine Formel ist nur Text.", "Vorgeschlagen", "0", "ein Mitglied", "", ""],
  ]);
  for (const row of rows)
    expect(row.slice(7)).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      ...["", "", "", "", "", ""], // no cited gap (lib/working-groups/gap-citation.db.test.ts has one)
    ]);
});

test("the headings follow the reader's language", async () => {
  const { group, hidden } = await makeBoard();
  const csv = (await (await download(hidden.actor, group.id, "en")).text()).replace(/^\uFEFF/, "");
  expect(parseCsv(csv)[0]).toEqual([
    "Title",
    "Recommendation",
    "Status",
    "Supporters",
    "Written by",
    "Topics",
    "Offers",
    "Created",
    "Last changed",
    "Gap: municipality",
    "Gap: topic",
    "Gap: language",
    "Gap: offers",
    "Gap: offers per 10,000 residents",
    "Gap: as of",
  ]);
  expect(parseCsv(csv)[2]![4]).toBe("a member");
});

test("signed out is 401; a stranger, a malformed and an unknown group are 404", async () => {
  const { group } = await makeBoard();
  const stranger = await actorFor((await makeUser()).id);

  expect((await download(null, group.id)).status).toBe(401);
  expect((await download(stranger, group.id)).status).toBe(404);
  expect((await download(stranger, "../etc")).status).toBe(404);
  expect((await download(stranger, "c0000000000000000000000000")).status).toBe(404);
});
