import { prisma } from "@/lib/db";
import {
  K_ANONYMITY,
  normaliseQuery,
  oldestKeptMonth,
  pruneUnmetSearches,
  recordUnmetSearch,
  unmetSearchesFor,
  type UnmetSearchInput,
} from "@/lib/gaps/unmet-searches";
import { makeEvent } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const NOW = new Date("2026-12-04T10:00:00Z");

let client = 0;
/** A search by a new client each time: repeats of one client count once. */
const search = (overrides: Partial<UnmetSearchInput> = {}): UnmetSearchInput => ({
  text: "Tigrinya Dolmetscher",
  municipality: ["verl"],
  topic: [],
  locale: "de",
  total: 0,
  clientKey: `203.0.113.${(client += 1)}`,
  ...overrides,
});

async function viewers() {
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const resident = await actorFor((await makeUser()).id);
  const moderatorUser = await makeUser();
  const event = await makeEvent();
  const group = await prisma.workingGroup.create({
    data: { eventId: event.id, slug: "ag-arbeit", title: "AG Arbeit", capacity: 20 },
  });
  await prisma.workingGroupModerator.create({ data: { workingGroupId: group.id, userId: moderatorUser.id } });
  return { admin, resident, moderator: await actorFor(moderatorUser.id) };
}

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("a query is shown after five searches, not after four, and only to admins and moderators", async () => {
  const { admin, resident, moderator } = await viewers();
  for (let i = 0; i < K_ANONYMITY - 1; i += 1) expect(await recordUnmetSearch(search(), NOW)).toBe(true);
  expect(await unmetSearchesFor(admin, {}, NOW)).toEqual([]);

  await recordUnmetSearch(search({ text: "  TIGRINYA   dolmetscher ", locale: "ar", total: 1 }), NOW);
  const shown = [
    {
      query: "tigrinya dolmetscher",
      municipality: "verl",
      topic: "",
      searches: 5,
      zeroResults: 4,
      locales: ["ar", "de"],
    },
  ];
  expect(await unmetSearchesFor(admin, {}, NOW)).toEqual(shown);
  expect(await unmetSearchesFor(moderator, {}, NOW)).toEqual(shown);
  expect(await unmetSearchesFor(resident, {}, NOW)).toBeNull();
  expect(await unmetSearchesFor(null, {}, NOW)).toBeNull();
});

test("five searches spread over municipalities are five groups of one: none is shown", async () => {
  const { admin } = await viewers();
  for (const slug of ["verl", "rietberg", "versmold", "harsewinkel", "langenberg"])
    await recordUnmetSearch(search({ municipality: [slug] }), NOW);
  expect(await unmetSearchesFor(admin, {}, NOW)).toEqual([]);
});

test("what is counted: enough results, empty texts and one client's repeats are not; the row holds no person", async () => {
  expect(await recordUnmetSearch(search({ total: 3 }), NOW)).toBe(false);
  expect(await recordUnmetSearch(search({ text: " " }), NOW)).toBe(false);
  const again = search({ text: "Pflegekurs Farsi" });
  expect(await recordUnmetSearch(again, NOW)).toBe(true);
  expect(await recordUnmetSearch(again, NOW)).toBe(false);
  expect(await recordUnmetSearch({ ...again, topic: ["gesundheit-pflege"] }, NOW)).toBe(true);

  const rows = await prisma.unmetSearch.findMany({ orderBy: { topic: "asc" } });
  expect(rows.map(({ id: _id, ...row }) => row)).toEqual([
    {
      month: "2026-12",
      query: "pflegekurs farsi",
      municipality: "verl",
      topic: "",
      locale: "de",
      searches: 1,
      zeroResults: 1,
    },
    {
      month: "2026-12",
      query: "pflegekurs farsi",
      municipality: "verl",
      topic: "gesundheit-pflege",
      locale: "de",
      searches: 1,
      zeroResults: 1,
    },
  ]);
  expect(JSON.stringify(rows)).not.toContain("203.0.113");
});

test("counts are kept for twelve months, then deleted", async () => {
  expect(oldestKeptMonth(NOW)).toBe("2026-01");
  expect(normaliseQuery("Ｄｅｕｔｓｃｈ  Kurs")).toBe("deutsch kurs");
  await recordUnmetSearch(search(), new Date("2025-12-31T22:30:00Z")); // 2025-12-31 23:30 Berlin
  await recordUnmetSearch(search(), new Date("2025-12-31T23:30:00Z")); // already January in Berlin
  expect(await prisma.unmetSearch.count()).toBe(2);
  expect(await pruneUnmetSearches(NOW)).toBe(1);
  expect((await prisma.unmetSearch.findMany()).map((row) => row.month)).toEqual(["2026-01"]);
});
