import { GET } from "@/app/[locale]/verwaltung/umfragen/[id]/antworten.csv/route";
import { getActor } from "@/lib/auth/session";
import { createSurvey, openSurvey } from "@/lib/surveys/mutations";
import { submitSurveyAnswer } from "@/lib/surveys/submit-answer";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { readCsv } from "@/tests/read-csv";
import { resetDatabase } from "@/tests/setup/reset-database";

// The session is the one edge mocked here (a factory, so next-auth is never loaded).
jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn(), requireActor: jest.fn() }));
const getActorMock = jest.mocked(getActor);

const download = (id: string, locale = "de") =>
  GET(new Request(`http://localhost/${locale}/verwaltung/umfragen/${id}/antworten.csv`), {
    params: Promise.resolve({ locale, id }),
  });

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  getActorMock.mockReset();
});

test("an admin downloads the answers as a named CSV file, headed in their language", async () => {
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const survey = await createSurvey(admin, { title: "Umfrage 2027", topics: ["sprache-bildung"], access: "open" });
  await openSurvey(admin, survey.id);
  await submitSurveyAnswer(survey.slug, { answers: { "sprache-bildung": { rating: "5" } } }, "uk", "192.0.2.1");
  getActorMock.mockResolvedValue(admin);

  const response = await download(survey.id, "en");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="umfrage-${survey.slug}.csv"`);
  const [header, ...records] = readCsv(await response.text());
  expect(header!.slice(0, 2)).toEqual(["No.", "Received on"]);
  expect(records).toEqual([["1", expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), "", "", "Ukrainian", "5", ""]]);
});

test("signed out is 401; anyone else, an unknown and a malformed survey are 404", async () => {
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const survey = await createSurvey(admin, { title: "Umfrage", topics: ["sprache-bildung"], access: "open" });
  getActorMock.mockResolvedValue(null);
  expect((await download(survey.id)).status).toBe(401);
  getActorMock.mockResolvedValue(await actorFor((await makeUser()).id));
  expect((await download(survey.id)).status).toBe(404);
  getActorMock.mockResolvedValue(admin);
  expect((await download("gibt-es-nicht")).status).toBe(404);
  expect((await download("../../etc")).status).toBe(404);
});
