import { parse } from "csv-parse/sync";
import { prisma } from "@/lib/db";
import { surveyAnswersCsv } from "@/lib/surveys/answers-csv";
import { surveyResults, surveyResultsForAtlas } from "@/lib/surveys/atlas-results";
import { listSurveyFreeTexts } from "@/lib/surveys/free-texts";
import { closeSurvey, createSurvey, createSurveyInvitations, openSurvey } from "@/lib/surveys/mutations";
import { surveyFigures } from "@/lib/surveys/results";
import { OPEN_ANSWERS_PER_CLIENT_AND_DAY, submitSurveyAnswer } from "@/lib/surveys/submit-answer";
import { makeEvent } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

let client = 0;
/** A client key of its own per answer, so the open survey's rate limit stays out of tests not about it. */
const freshClient = () => `198.51.100.${(client += 1)}`;

const admin = async () => actorFor((await makeUser({ isAdmin: true, email: `admin-${Date.now()}@example.org` })).id);

async function openSurveyWith(access: "open" | "invited", topics = ["sprache-bildung", "gesundheit-pflege"]) {
  const actor = await admin();
  const survey = await createSurvey(actor, {
    title: "Bedarfsumfrage 2027",
    introduction: "Wo fehlt etwas?",
    topics,
    access,
  });
  await openSurvey(actor, survey.id);
  return { actor, ...survey };
}

const answer = (rating: number | "", text = "", municipality = "verl") => ({
  answers: { "sprache-bildung": { rating: String(rating), text } },
  municipality,
  language: "ar",
});

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

describe("figures below five answers are hidden", () => {
  test("four answers are hidden at county and municipality level, the fifth shows them", async () => {
    const survey = await openSurveyWith("open");
    for (const rating of [1, 2, 4, 5]) await submitSurveyAnswer(survey.slug, answer(rating), "de", freshClient());

    let figures = await surveyFigures(null, survey.id);
    const language = () => figures.topics.find((topic) => topic.topic === "sprache-bildung")!;
    expect(figures.responses).toBeNull();
    expect(language().figures).toEqual({ isHidden: true });
    expect(language().municipalities.find((cell) => cell.municipality === "verl")!.figures).toEqual({ isHidden: true });
    expect(JSON.stringify(figures)).not.toContain('"answers"');

    await submitSurveyAnswer(survey.slug, answer(3), "de", freshClient());
    figures = await surveyFigures(null, survey.id);
    expect(figures.responses).toBe(5);
    expect(language().figures).toEqual({
      isHidden: false,
      answers: 5,
      ratings: 5,
      average: 3,
      distribution: [1, 1, 1, 1, 1],
    });
    expect(language().municipalities.find((cell) => cell.municipality === "verl")!.figures).toMatchObject({
      isHidden: false,
      answers: 5,
    });
    // The topic nobody answered stays hidden.
    expect(figures.topics.find((topic) => topic.topic === "gesundheit-pflege")!.figures).toEqual({ isHidden: true });
  });

  test("a small municipality cannot be worked out by subtracting the shown ones from the county", async () => {
    const survey = await openSurveyWith("open");
    for (let i = 0; i < 5; i++) await submitSurveyAnswer(survey.slug, answer(4), "de", freshClient());
    for (let i = 0; i < 2; i++) await submitSurveyAnswer(survey.slug, answer(1, "", "guetersloh"), "de", freshClient());

    const topic = (await surveyFigures(null, survey.id)).topics.find((t) => t.topic === "sprache-bildung")!;
    expect(topic.figures).toMatchObject({ isHidden: false, answers: 7 });
    const cell = (slug: string) => topic.municipalities.find((candidate) => candidate.municipality === slug)!.figures;
    expect(cell("guetersloh")).toEqual({ isHidden: true });
    expect(cell("verl")).toEqual({ isHidden: true }); // 7 − 5 would give Gütersloh's two away
  });
});

test("the admins' changes are in the audit trail, the links without their tokens", async () => {
  const survey = await openSurveyWith("invited");
  const { links } = await createSurveyInvitations(survey.actor, survey.id, { count: 1 });
  await closeSurvey(survey.actor, survey.id);
  const events = await prisma.auditEvent.findMany({
    select: { action: true, entityType: true, entityId: true, summary: true },
  });
  // Sorted: entries written within one millisecond have no order of their own.
  expect(events.map((event) => [event.action, event.entityType, event.entityId]).sort()).toEqual([
    ["survey.closed", "survey", survey.id],
    ["survey.created", "survey", survey.id],
    ["survey.invitations-created", "survey", survey.id],
    ["survey.opened", "survey", survey.id],
  ]);
  expect(JSON.stringify(events)).not.toContain(new URL(links[0]!).searchParams.get("token"));
});

describe("one-time links", () => {
  test("a link takes one answer; its second use is refused with a clear message and writes nothing", async () => {
    const survey = await openSurveyWith("invited");
    const { links } = await createSurveyInvitations(survey.actor, survey.id, { count: "2" });
    expect(links).toHaveLength(2);
    const token = new URL(links[0]!).searchParams.get("token")!;
    // Only the hash is stored.
    expect(JSON.stringify(await prisma.surveyInvitation.findMany())).not.toContain(token);

    await submitSurveyAnswer(survey.slug, { ...answer(4), token }, "ar", freshClient());
    await expect(submitSurveyAnswer(survey.slug, { ...answer(2), token }, "ar", freshClient())).rejects.toMatchObject({
      code: "conflict",
      messageKey: "surveyLinkUsed",
    });
    await expect(submitSurveyAnswer(survey.slug, answer(2), "ar", freshClient())).rejects.toMatchObject({
      code: "forbidden",
      messageKey: "surveyLinkInvalid",
    });
    await expect(
      submitSurveyAnswer(survey.slug, { ...answer(2), token: "made-up" }, "ar", freshClient()),
    ).rejects.toMatchObject({ messageKey: "surveyLinkInvalid" });
    expect(await prisma.surveyResponse.count()).toBe(1);
    expect(await prisma.surveyInvitation.count({ where: { usedAt: { not: null } } })).toBe(1);
  });

  test("two answers with one link at the same moment: exactly one is stored", async () => {
    const survey = await openSurveyWith("invited");
    const token = new URL(
      (await createSurveyInvitations(survey.actor, survey.id, { count: 1 })).links[0]!,
    ).searchParams.get("token")!;
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((rating) => submitSurveyAnswer(survey.slug, { ...answer(rating), token }, "de", freshClient())),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.surveyResponse.count()).toBe(1);
  });
});

describe("an answer", () => {
  test("stores the Berlin day, municipality, language and form locale, and nothing about the person", async () => {
    const survey = await openSurveyWith("open");
    await submitSurveyAnswer(survey.slug, answer(5, "نحتاج دورات لغة مسائية"), "ar", freshClient());
    const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "SurveyResponse"`);
    expect(Object.keys(row!).sort()).toEqual(["id", "language", "locale", "municipality", "submittedOn", "surveyId"]);
    expect(row).toMatchObject({ municipality: "verl", language: "ar", locale: "ar" });
    expect(row!.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A random UUID, not a cuid (which carries the time it was made).
    expect(row!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("is refused for a draft and a closed survey, and when it answers nothing", async () => {
    const actor = await admin();
    const draft = await createSurvey(actor, { title: "Entwurf", topics: ["sprache-bildung"], access: "open" });
    await expect(submitSurveyAnswer(draft.slug, answer(3), "de", freshClient())).rejects.toMatchObject({
      messageKey: "surveyNotOpen",
    });
    const survey = await openSurveyWith("open");
    await expect(
      submitSurveyAnswer(
        survey.slug,
        { answers: { "sprache-bildung": { rating: "", text: " " } } },
        "de",
        freshClient(),
      ),
    ).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { form: [{ key: "surveyEmpty" }] } });
    await expect(
      submitSurveyAnswer(survey.slug, { ...answer(3), municipality: "berlin" }, "de", freshClient()),
    ).rejects.toMatchObject({ fieldErrors: { municipality: [{ key: "choose" }] } });
    await expect(
      submitSurveyAnswer(survey.slug, answer(3, "x".repeat(2_001)), "de", freshClient()),
    ).rejects.toMatchObject({ fieldErrors: { "answers.sprache-bildung.text": [{ key: "tooLong" }] } });
    await closeSurvey(survey.actor, survey.id);
    await expect(submitSurveyAnswer(survey.slug, answer(3), "de", freshClient())).rejects.toMatchObject({
      messageKey: "surveyNotOpen",
    });
    expect(await prisma.surveyResponse.count()).toBe(0);
  });

  test("to an open survey is limited per client, not for others", async () => {
    const survey = await openSurveyWith("open");
    const sameClient = freshClient();
    for (let i = 0; i < OPEN_ANSWERS_PER_CLIENT_AND_DAY; i++)
      await submitSurveyAnswer(survey.slug, answer(3), "de", sameClient);
    await expect(submitSurveyAnswer(survey.slug, answer(3), "de", sameClient)).rejects.toMatchObject({
      code: "rate_limited",
      messageKey: "tooManySurveyAnswers",
    });
    await submitSurveyAnswer(survey.slug, answer(3), "de", freshClient());
  });
});

describe("free texts", () => {
  test("are refused to anyone but admins and moderators, and left out of their results", async () => {
    const survey = await openSurveyWith("open");
    await submitSurveyAnswer(survey.slug, answer(2, "نحتاج دورات لغة مسائية"), "ar", freshClient());
    const resident = await actorFor((await makeUser()).id);
    await expect(listSurveyFreeTexts(resident, survey.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listSurveyFreeTexts(null, survey.id)).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await surveyResultsForAtlas(resident))!.topics.every((topic) => topic.freeTexts === null)).toBe(true);
    expect(JSON.stringify(await surveyResultsForAtlas(null))).not.toContain("نحتاج");

    const moderatorUser = await makeUser();
    const event = await makeEvent();
    const group = await prisma.workingGroup.create({
      data: { eventId: event.id, slug: "ag-sprache", title: "AG Sprache", capacity: 20 },
    });
    await prisma.workingGroupModerator.create({ data: { workingGroupId: group.id, userId: moderatorUser.id } });
    const moderator = await actorFor(moderatorUser.id);
    const texts = await listSurveyFreeTexts(moderator, survey.id);
    expect(texts.find((topic) => topic.topic === "sprache-bildung")!.texts).toEqual([
      { text: "نحتاج دورات لغة مسائية", locale: "ar" },
    ]);
    const forAdmin = await surveyResults(survey.actor, survey.id);
    expect(forAdmin!.topics.find((topic) => topic.slug === "sprache-bildung")!.freeTexts).toHaveLength(1);
  });
});

describe("the CSV export", () => {
  test("reads back with a running number per answer and without ids or addresses", async () => {
    const survey = await openSurveyWith("open");
    await submitSurveyAnswer(survey.slug, answer(2, 'Abends; "Deutsch"\nbitte'), "de", freshClient());
    await submitSurveyAnswer(
      survey.slug,
      { answers: { "gesundheit-pflege": { rating: "4" } }, municipality: "" },
      "ar",
      freshClient(),
    );

    const csv = await surveyAnswersCsv(survey.actor, survey.id, "de");
    const rows: string[][] = parse(csv, { delimiter: ";", record_delimiter: "\r\n", bom: true });
    const [header, ...records] = rows;
    expect(header).toEqual([
      "Nr.",
      "Eingegangen am",
      "Stadt oder Gemeinde",
      "Sprache",
      "Sprache des Formulars",
      "Sprache und Bildung: Bewertung",
      "Sprache und Bildung: Text",
      "Gesundheit und Pflege: Bewertung",
      "Gesundheit und Pflege: Text",
    ]);
    expect(records.map((record) => record[0]).sort()).toEqual(["1", "2"]);
    const verl = records.find((record) => record[2] === "Verl")!;
    expect(verl.slice(3)).toEqual(["Arabisch", "Deutsch", "2", 'Abends; "Deutsch"\nbitte', "", ""]);
    const other = records.find((record) => record[2] === "")!;
    expect(other.slice(4)).toEqual(["Arabisch", "", "", "4", ""]);

    const responseIds = (await prisma.surveyResponse.findMany({ select: { id: true } })).map((row) => row.id);
    const users = await prisma.user.findMany({ select: { id: true, email: true } });
    for (const secret of [...responseIds, ...users.flatMap((user) => [user.id, user.email]), survey.id])
      expect(csv).not.toContain(secret);
  });

  test("is for admins only", async () => {
    const survey = await openSurveyWith("open");
    const resident = await actorFor((await makeUser()).id);
    await expect(surveyAnswersCsv(resident, survey.id, "de")).rejects.toMatchObject({ code: "forbidden" });
    await expect(surveyAnswersCsv(null, survey.id, "de")).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
