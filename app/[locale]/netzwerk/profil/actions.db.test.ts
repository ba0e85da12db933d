import { getActor } from "@/lib/auth/session";
import { previewOwnProfile } from "@/lib/network/directory";
import { loadOwnProfileForm } from "@/lib/network/profiles";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { hideProfileAction, renewVisibilityAction, saveProfileAction } from "./actions";

jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn() })); // a factory: next-auth is never loaded
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
const getActorMock = jest.mocked(getActor);

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** The form as the browser sends it: the field names of profile-form.tsx (lists as name[], visibility.<field>). */
function profileForm(visibility: Record<string, string>, overrides: Record<string, string> = {}): FormData {
  const form = new FormData();
  const fields = {
    displayName: "Maria Muster",
    organisationName: "Caritas",
    organisationKind: "welfare_association",
    roleTitle: "Beraterin",
    municipality: "verl",
    offersText: "Sprachmittlung",
    seeksText: "Räume",
    contactEmail: "maria@example.org",
    phone: "05241 12345",
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("topics[]", "sprache-bildung");
  form.append("topics[]", "gesundheit-pflege");
  form.append("languages[]", "de");
  form.append("languages[]", "ar");
  for (const [field, value] of Object.entries(visibility)) form.append(`visibility.${field}`, value);
  return form;
}

const allNobody = {
  displayName: "nobody",
  organisation: "nobody",
  roleTitle: "nobody",
  municipality: "nobody",
  topics: "nobody",
  languages: "nobody",
  offersText: "nobody",
  seeksText: "nobody",
};

test("the submitted form saves every field with its own visibility, and the preview follows it", async () => {
  const user = await makeUser();
  getActorMock.mockResolvedValue(await actorFor(user.id));

  const result = await saveProfileAction(
    null,
    profileForm({ ...allNobody, displayName: "public", topics: "attendees", organisation: "attendees" }),
  );

  expect(result).toEqual({ ok: true, data: null });
  expect(await loadOwnProfileForm(user.id)).toMatchObject({
    displayName: "Maria Muster",
    organisationKind: "welfare_association",
    municipality: "verl",
    topics: ["sprache-bildung", "gesundheit-pflege"],
    languages: ["de", "ar"],
    contactEmail: "maria@example.org",
    visibility: { ...allNobody, displayName: "public", topics: "attendees", organisation: "attendees" },
  });
  const preview = (await previewOwnProfile(user.id, "de"))!;
  expect(preview.anonymous).toMatchObject({ displayName: "Maria Muster", topics: null, organisationName: null });
  expect(preview.fellowAttendee).toMatchObject({ displayName: "Maria Muster", organisationName: "Caritas" });
  expect(preview.fellowAttendee.topics?.map((topic) => topic.slug)).toEqual(["sprache-bildung", "gesundheit-pflege"]);
});

test("an invalid field comes back as a field error under the form's field name", async () => {
  const user = await makeUser();
  getActorMock.mockResolvedValue(await actorFor(user.id));

  const result = await saveProfileAction(
    null,
    profileForm({ ...allNobody, topics: "everyone" }, { displayName: "", phone: "abc" }),
  );

  expect(result).toMatchObject({ ok: false, code: "invalid_input" });
  expect(Object.keys((result.ok ? {} : result.fieldErrors) ?? {}).sort()).toEqual([
    "displayName",
    "phone",
    "visibility.topics",
  ]);
  expect(await loadOwnProfileForm(user.id)).toBeNull();
});

test("hiding ends the visibility at once and renewing brings it back", async () => {
  const user = await makeUser();
  getActorMock.mockResolvedValue(await actorFor(user.id));
  await saveProfileAction(null, profileForm({ ...allNobody, displayName: "public" }));

  expect(await hideProfileAction(null)).toEqual({ ok: true, data: null });
  expect((await previewOwnProfile(user.id, "de"))!.anonymous.displayName).toBeNull();

  expect(await renewVisibilityAction(null)).toEqual({ ok: true, data: null });
  expect((await previewOwnProfile(user.id, "de"))!.anonymous.displayName).toBe("Maria Muster");
});

test("signed out, saving is refused with a result, not an exception", async () => {
  getActorMock.mockResolvedValue(null);

  expect(await saveProfileAction(null, profileForm(allNobody))).toMatchObject({ ok: false, code: "unauthenticated" });
});
