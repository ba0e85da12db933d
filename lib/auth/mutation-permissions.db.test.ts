import * as accountMutations from "@/lib/account/mutations";
import { deleteAccount, requestEmailChange } from "@/lib/account/mutations";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import * as freshnessLinks from "@/lib/freshness/freshness-links";
import * as reminders from "@/lib/freshness/reminders";
import * as offerMutations from "@/lib/offers/mutations";
import {
  archiveOffer,
  createOffer,
  duplicateOffer,
  restoreOffer,
  submitOffer,
  updateOffer,
} from "@/lib/offers/mutations";
import * as reviewMutations from "@/lib/offers/review";
import { approveOffer, completeSecondLook, rejectOffer } from "@/lib/offers/review";
import * as statusUpdates from "@/lib/offers/status-updates";
import { confirmOffers, setAvailability } from "@/lib/offers/status-updates";
import * as translationMutations from "@/lib/offers/translations";
import { deleteTranslation, saveTranslation } from "@/lib/offers/translations";
import * as memberMutations from "@/lib/organisations/members";
import {
  acceptInvitation,
  hashInvitationToken,
  inviteMember,
  leaveOrganisation,
  removeMember,
  transferOwnership,
} from "@/lib/organisations/members";
import * as identityReview from "@/lib/organisations/identity-review";
import {
  approveIdentityChange,
  completeOrganisationSecondLook,
  rejectIdentityChange,
} from "@/lib/organisations/identity-review";
import * as organisationMutations from "@/lib/organisations/mutations";
import {
  approveClaim,
  approveOrganisation,
  registerOrganisation,
  rejectClaim,
  rejectOrganisation,
  requestClaim,
  updateOrganisation,
} from "@/lib/organisations/mutations";
import { DomainError } from "@/lib/result";
import * as surveyMutations from "@/lib/surveys/mutations";
import { closeSurvey, createSurvey, createSurveyInvitations, openSurvey, updateSurvey } from "@/lib/surveys/mutations";
import * as surveyAnswers from "@/lib/surveys/submit-answer";
import {
  actorFor,
  makeMembership,
  makeOffer,
  makeOrganisation,
  makeUser,
  offerFormInput,
  organisationFormInput,
  seedRegionForTest,
} from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import * as moderatorMutations from "@/lib/working-groups/moderators";
import { appointModerator, removeModerator } from "@/lib/working-groups/moderators";

// Every mutation × every kind of caller, against the real database. Each cell sets up the state in which the
// call succeeds, so "allowed" means it went through and "refused" can only come from the permission check.
// The callers act on organisation A's resources (or, for platform actions, on their own behalf).

const roles = ["admin", "ownerA", "editorA", "ownerB", "editorB", "signedIn", "signedOut"] as const;
type Role = (typeof roles)[number];
type Outcome = "allowed" | "forbidden" | "unauthenticated";
const Y: Outcome = "allowed";
const F: Outcome = "forbidden";
const U: Outcome = "unauthenticated";
type Row = readonly [
  admin: Outcome,
  ownerA: Outcome,
  editorA: Outcome,
  ownerB: Outcome,
  editorB: Outcome,
  signedIn: Outcome,
  signedOut: Outcome,
];

type World = {
  organisationA: { id: string; name: string };
  organisationB: { id: string };
  publishedOfferA: { id: string };
  /** A second owner of A, so that an owner of A may leave. */
  coOwnerA: { id: string; email: string };
  /** The member of A whom owners remove or make owner. */
  spareEditorA: { id: string; email: string };
  users: Record<Exclude<Role, "signedOut">, { id: string; email: string }>;
};

/**
 * One mutation: `prepare` creates what the call needs beyond the world (a pending claim, a draft offer) and
 * returns its id; `run` is the call. `email` is the caller's address (null when signed out).
 */
type Cell = {
  prepare?: (world: World, email: string | null) => Promise<string>;
  run: (world: World, actor: Actor | null, prepared: string) => Promise<unknown>;
};

/** An approved organisation nobody manages yet (claimable). */
const unmanagedOrganisationId = async () => (await makeOrganisation({ municipalitySlug: "rietberg" })).id;

async function pendingClaimId(): Promise<string> {
  const organisationId = await unmanagedOrganisationId();
  const claimant = await makeUser();
  const claim = await prisma.organisationClaim.create({
    data: { organisationId, userId: claimant.id, message: "Wir sind der Verein." },
    select: { id: true },
  });
  return claim.id;
}

const pendingOrganisationId = async () => (await makeOrganisation({ status: "pending" })).id;
const pendingIdentityChange = async (world: World) => {
  const { name, municipalityId } = await prisma.organisation.findUniqueOrThrow({
    where: { id: world.organisationA.id },
  });
  await prisma.organisation.update({
    where: { id: world.organisationA.id },
    data: {
      pendingIdentitySince: new Date(),
      pendingIdentityJson: JSON.stringify({
        name: `${name} (neu)`,
        website: null,
        email: null,
        phone: null,
        street: null,
        postcode: null,
        municipalityId,
        lat: null,
        lng: null,
      }),
    },
  });
  return world.organisationA.id;
};
const offerIdWithStatus = (status: string) => async (world: World) =>
  (await makeOffer(world.organisationA.id, { status })).id;

const surveyForm = { title: "Bedarfsumfrage", topics: ["sprache-bildung"], access: "invited" };
const surveyIdWithStatus = (status: string) => async () =>
  (
    await prisma.survey.create({
      data: {
        slug: `umfrage-${status}-${Date.now()}`,
        title: "Umfrage",
        topicsJson: '["sprache-bildung"]',
        access: "invited",
        status,
      },
      select: { id: true },
    })
  ).id;

/** A working group and an attendee of its event, who may be appointed to moderate it ("groupId userId"). */
async function groupAndAttendee(): Promise<string> {
  const event = await makeEvent();
  const group = event.workingGroups[0]!;
  const attendee = await makeAttendee(event.id, { groupId: group.id });
  return `${group.id} ${attendee.userId}`;
}
const groupAndUser = (prepared: string) => {
  const [groupId = "", userId = ""] = prepared.split(" ");
  return { groupId, userId };
};

const translationForm = {
  title: "Language café",
  summary: "Practise German over coffee",
  description: "Every Tuesday people meet to practise German together.",
  origin: "author",
  isReviewed: "on",
};

const mutations = {
  registerOrganisation: { run: (_w, actor) => registerOrganisation(actor, organisationFormInput({ name: "Neu" })) },
  updateOrganisation: {
    run: (w, actor) => updateOrganisation(actor, w.organisationA.id, organisationFormInput({ name: "Neuer Name" })),
  },
  requestClaim: {
    prepare: unmanagedOrganisationId,
    run: (_w, actor, organisationId) => requestClaim(actor, organisationId, { message: "Das sind wir" }),
  },
  approveClaim: { prepare: pendingClaimId, run: (_w, actor, claimId) => approveClaim(actor, claimId) },
  rejectClaim: {
    prepare: pendingClaimId,
    run: (_w, actor, claimId) => rejectClaim(actor, claimId, { reason: "Nicht nachvollziehbar" }),
  },
  approveOrganisation: {
    prepare: pendingOrganisationId,
    run: (_w, actor, organisationId) => approveOrganisation(actor, organisationId),
  },
  rejectOrganisation: {
    prepare: pendingOrganisationId,
    run: (_w, actor, organisationId) => rejectOrganisation(actor, organisationId, { reason: "Kein Bezug zur Region" }),
  },
  inviteMember: {
    run: (w, actor) => inviteMember(actor, w.organisationA.id, { email: "neu@example.org", role: "editor" }),
  },
  acceptInvitation: {
    // An invitation to the caller's own address, so only the permission can refuse it.
    prepare: async (w, email) => {
      const token = `token-${w.organisationA.id}`;
      await prisma.invitation.create({
        data: {
          organisationId: w.organisationA.id,
          email: email ?? "someone@example.org",
          role: "editor",
          tokenHash: hashInvitationToken(token),
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return token;
    },
    run: (_w, actor, token) => acceptInvitation(actor, token),
  },
  removeMember: { run: (w, actor) => removeMember(actor, w.organisationA.id, { userId: w.spareEditorA.id }) },
  leaveOrganisation: { run: (w, actor) => leaveOrganisation(actor, w.organisationA.id) },
  transferOwnership: {
    run: (w, actor) => transferOwnership(actor, w.organisationA.id, { userId: w.spareEditorA.id }),
  },
  createOffer: { run: (w, actor) => createOffer(actor, w.organisationA.id, offerFormInput()) },
  updateOffer: {
    run: (w, actor) => updateOffer(actor, w.publishedOfferA.id, offerFormInput({ title: "Neuer Titel" })),
  },
  submitOffer: { prepare: offerIdWithStatus("draft"), run: (_w, actor, offerId) => submitOffer(actor, offerId) },
  archiveOffer: { run: (w, actor) => archiveOffer(actor, w.publishedOfferA.id) },
  restoreOffer: { prepare: offerIdWithStatus("archived"), run: (_w, actor, offerId) => restoreOffer(actor, offerId) },
  duplicateOffer: { run: (w, actor) => duplicateOffer(actor, w.publishedOfferA.id) },
  confirmOffers: {
    run: (w, actor) => confirmOffers(actor, w.organisationA.id, { offerIds: [w.publishedOfferA.id] }),
  },
  setAvailability: { run: (w, actor) => setAvailability(actor, w.publishedOfferA.id, { availability: "few" }) },
  approveOffer: { prepare: offerIdWithStatus("in_review"), run: (_w, actor, offerId) => approveOffer(actor, offerId) },
  rejectOffer: {
    prepare: offerIdWithStatus("in_review"),
    run: (_w, actor, offerId) => rejectOffer(actor, offerId, { reason: "Bitte den Ort ergänzen" }),
  },
  completeSecondLook: {
    prepare: async (w) => {
      const offer = await makeOffer(w.organisationA.id);
      await prisma.offer.update({ where: { id: offer.id }, data: { secondLookSince: new Date() } });
      return offer.id;
    },
    run: (_w, actor, offerId) => completeSecondLook(actor, offerId),
  },
  saveTranslation: { run: (w, actor) => saveTranslation(actor, w.publishedOfferA.id, "en", translationForm) },
  deleteTranslation: {
    prepare: async (w) =>
      (
        await makeOffer(w.organisationA.id, {
          translations: [{ locale: "en", title: "Language café", summary: "Practise German" }],
        })
      ).id,
    run: (_w, actor, offerId) => deleteTranslation(actor, offerId, "en"),
  },
  approveIdentityChange: {
    prepare: pendingIdentityChange,
    run: (_w, actor, organisationId) => approveIdentityChange(actor, organisationId),
  },
  rejectIdentityChange: {
    prepare: pendingIdentityChange,
    run: (_w, actor, organisationId) => rejectIdentityChange(actor, organisationId, { reason: "Nicht belegt" }),
  },
  completeOrganisationSecondLook: {
    prepare: async (w) => {
      await prisma.organisation.update({ where: { id: w.organisationA.id }, data: { secondLookSince: new Date() } });
      return w.organisationA.id;
    },
    run: (_w, actor, organisationId) => completeOrganisationSecondLook(actor, organisationId),
  },
  requestEmailChange: { run: (_w, actor) => requestEmailChange(actor, { email: "new-address@example.org" }) },
  deleteAccount: {
    prepare: (_w, email) => Promise.resolve(email ?? "someone@example.org"),
    run: (_w, actor, email) => deleteAccount(actor, { confirmation: email }),
  },
  createSurvey: { run: (_w, actor) => createSurvey(actor, surveyForm) },
  updateSurvey: {
    prepare: surveyIdWithStatus("draft"),
    run: (_w, actor, surveyId) => updateSurvey(actor, surveyId, { ...surveyForm, title: "Neuer Titel" }),
  },
  openSurvey: { prepare: surveyIdWithStatus("draft"), run: (_w, actor, surveyId) => openSurvey(actor, surveyId) },
  closeSurvey: { prepare: surveyIdWithStatus("open"), run: (_w, actor, surveyId) => closeSurvey(actor, surveyId) },
  createSurveyInvitations: {
    prepare: surveyIdWithStatus("open"),
    run: (_w, actor, surveyId) => createSurveyInvitations(actor, surveyId, { count: 3 }),
  },
  appointModerator: {
    prepare: groupAndAttendee,
    run: (_w, actor, prepared) => {
      const { groupId, userId } = groupAndUser(prepared);
      return appointModerator(actor, groupId, { userId });
    },
  },
  removeModerator: {
    prepare: async () => {
      const prepared = await groupAndAttendee();
      const { groupId, userId } = groupAndUser(prepared);
      await prisma.workingGroupModerator.create({ data: { workingGroupId: groupId, userId } });
      return prepared;
    },
    run: (_w, actor, prepared) => {
      const { groupId, userId } = groupAndUser(prepared);
      return removeModerator(actor, groupId, { userId });
    },
  },
} satisfies Record<string, Cell>;
type MutationName = keyof typeof mutations;

// A missing mutation or role is a type error; a new export of a mutation module fails the completeness test.
const matrix: Record<MutationName, Row> = {
  //                      admin ownerA editorA ownerB editorB signedIn signedOut
  registerOrganisation: [Y, Y, Y, Y, Y, Y, U],
  updateOrganisation: /* */ [Y, Y, Y, F, F, F, U],
  requestClaim: /*       */ [Y, Y, Y, Y, Y, Y, U],
  approveClaim: /*       */ [Y, F, F, F, F, F, U],
  rejectClaim: /*        */ [Y, F, F, F, F, F, U],
  approveOrganisation: /**/ [Y, F, F, F, F, F, U],
  rejectOrganisation: /* */ [Y, F, F, F, F, F, U],
  inviteMember: /*       */ [Y, Y, F, F, F, F, U],
  acceptInvitation: /*   */ [Y, Y, Y, Y, Y, Y, U],
  removeMember: /*       */ [Y, Y, F, F, F, F, U],
  leaveOrganisation: /*  */ [F, Y, Y, F, F, F, U],
  transferOwnership: /*  */ [Y, Y, F, F, F, F, U],
  createOffer: /*        */ [Y, Y, Y, F, F, F, U],
  updateOffer: /*        */ [Y, Y, Y, F, F, F, U],
  submitOffer: /*        */ [Y, Y, Y, F, F, F, U],
  archiveOffer: /*       */ [Y, Y, Y, F, F, F, U],
  restoreOffer: /*       */ [Y, Y, Y, F, F, F, U],
  duplicateOffer: /*     */ [Y, Y, Y, F, F, F, U],
  confirmOffers: /*      */ [Y, Y, Y, F, F, F, U],
  setAvailability: /*    */ [Y, Y, Y, F, F, F, U],
  approveOffer: /*       */ [Y, F, F, F, F, F, U],
  rejectOffer: /*        */ [Y, F, F, F, F, F, U],
  completeSecondLook: /* */ [Y, F, F, F, F, F, U],
  saveTranslation: /*    */ [Y, Y, Y, F, F, F, U],
  deleteTranslation: /*  */ [Y, Y, Y, F, F, F, U],
  approveIdentityChange: [Y, F, F, F, F, F, U],
  rejectIdentityChange: [Y, F, F, F, F, F, U],
  completeOrganisationSecondLook: [Y, F, F, F, F, F, U],
  requestEmailChange: /* */ [Y, Y, Y, Y, Y, Y, U],
  deleteAccount: /*      */ [Y, Y, Y, Y, Y, Y, U],
  appointModerator: /*   */ [Y, F, F, F, F, F, U],
  removeModerator: /*    */ [Y, F, F, F, F, F, U],
  createSurvey: /*       */ [Y, F, F, F, F, F, U],
  updateSurvey: /*       */ [Y, F, F, F, F, F, U],
  openSurvey: /*         */ [Y, F, F, F, F, F, U],
  closeSurvey: /*        */ [Y, F, F, F, F, F, U],
  createSurveyInvitations: [Y, F, F, F, F, F, U],
};

/** Exports of the mutation modules that take no actor: the token or job itself is the authority. */
const withoutActor: Record<string, string> = {
  checkInvitation: "reads an invitation by its secret token (lib/tokens/links.db.test.ts)",
  hashInvitationToken: "pure",
  writeConfirmation: "transaction step of confirmOffers and applyFreshnessLink",
  writeAvailability: "transaction step of setAvailability and applyFreshnessLink",
  confirmEmailChange: "authorised by the signed link (lib/tokens/links.db.test.ts)",
  parsePreviousEmails: "pure",
  identityOf: "pure",
  parsePendingIdentity: "pure",
  profileData: "pure: the row a validated profile is stored as (registration, edits and the import)",
  changedIdentityFields: "pure",
  saveApprovedProfile: "transaction step of updateOrganisation, which authorises",
  createFreshnessToken: "pure",
  freshnessLinkUrl: "pure",
  inspectFreshnessLink: "authorised by the signed link (lib/tokens/links.db.test.ts)",
  applyFreshnessLink: "authorised by the signed link (lib/tokens/links.db.test.ts)",
  sendReminderDigests: "scheduled job (lib/freshness/reminders.db.test.ts)",
  escalateUnansweredReminders: "scheduled job (lib/freshness/reminders.db.test.ts)",
  runReminderJob: "scheduled job (lib/freshness/reminders.db.test.ts)",
  submitSurveyAnswer: "anonymous by design: a one-time link or a rate limit (lib/surveys/surveys.db.test.ts)",
  checkSurveyInvitation: "reads an invitation by its secret token (lib/surveys/surveys.db.test.ts)",
};

async function createWorld(): Promise<World> {
  const organisationA = await makeOrganisation();
  const organisationB = await makeOrganisation({ municipalitySlug: "guetersloh" });
  const users = {
    admin: await makeUser({ isAdmin: true }),
    ownerA: await makeUser(),
    editorA: await makeUser(),
    ownerB: await makeUser(),
    editorB: await makeUser(),
    signedIn: await makeUser(),
  };
  const coOwnerA = await makeUser();
  const spareEditorA = await makeUser();
  await makeMembership(users.ownerA.id, organisationA.id, "owner");
  await makeMembership(coOwnerA.id, organisationA.id, "owner");
  await makeMembership(users.editorA.id, organisationA.id, "editor");
  await makeMembership(spareEditorA.id, organisationA.id, "editor");
  await makeMembership(users.ownerB.id, organisationB.id, "owner");
  await makeMembership(users.editorB.id, organisationB.id, "editor");
  const publishedOfferA = await makeOffer(organisationA.id);
  return { organisationA, organisationB, publishedOfferA, coOwnerA, spareEditorA, users };
}

/** Every row of every table, to show that a refused call wrote nothing (no insert, update or delete). */
async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\_prisma%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name`;
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables)
    snapshot[name] = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
  return snapshot;
}

async function actorOf(world: World, role: Role): Promise<Actor | null> {
  return role === "signedOut" ? null : actorFor(world.users[role].id);
}

let world: World;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  world = await createWorld();
});

describe.each(Object.keys(matrix) as MutationName[])("%s", (name) => {
  const row = roles.map((role, column) => [role, matrix[name][column]!] as const);
  test.each(row)("called by %s is %s", async (role, outcome) => {
    const cell: Cell = mutations[name];
    const email = role === "signedOut" ? null : world.users[role].email;
    const prepared = (await cell.prepare?.(world, email)) ?? "";
    const actor = await actorOf(world, role);
    const before = await snapshotDatabase();
    const call = cell.run(world, actor, prepared);
    if (outcome === "allowed") {
      await call; // a refusal or a business error fails the test with its code
      expect(await snapshotDatabase()).not.toEqual(before); // it did something, so "refused" below means something
    } else {
      await expect(call).rejects.toThrow(DomainError);
      await expect(call).rejects.toMatchObject({ code: outcome });
      expect(await snapshotDatabase()).toEqual(before);
    }
  });
});

test("every exported function of the mutation modules is in the matrix or takes no actor", () => {
  const modules = [
    organisationMutations,
    identityReview,
    memberMutations,
    offerMutations,
    statusUpdates,
    reviewMutations,
    translationMutations,
    accountMutations,
    freshnessLinks,
    reminders,
    moderatorMutations,
    surveyMutations,
    surveyAnswers,
  ];
  const exported = modules
    .flatMap((module) => Object.entries(module))
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name)
    .sort();
  expect(exported).toEqual([...Object.keys(matrix), ...Object.keys(withoutActor)].sort());
});

describe("ids are scoped by their parent organisation", () => {
  const offerMutationsByEditorOfB: [string, (actor: Actor, offerId: string) => Promise<unknown>][] = [
    ["updateOffer", (actor, offerId) => updateOffer(actor, offerId, offerFormInput())],
    ["submitOffer", (actor, offerId) => submitOffer(actor, offerId)],
    ["archiveOffer", (actor, offerId) => archiveOffer(actor, offerId)],
    ["restoreOffer", (actor, offerId) => restoreOffer(actor, offerId)],
    ["duplicateOffer", (actor, offerId) => duplicateOffer(actor, offerId)],
    ["setAvailability", (actor, offerId) => setAvailability(actor, offerId, { availability: "full" })],
    ["saveTranslation", (actor, offerId) => saveTranslation(actor, offerId, "en", translationForm)],
    ["deleteTranslation", (actor, offerId) => deleteTranslation(actor, offerId, "en")],
  ];

  test.each(offerMutationsByEditorOfB)(
    "an offer id of organisation A passed by an editor of organisation B is refused (%s)",
    async (_name, call) => {
      const offer = await makeOffer(world.organisationA.id, {
        status: "draft",
        translations: [{ locale: "en", title: "Language café", summary: "Practise German" }],
      });
      const editorOfB = await actorFor(world.users.editorB.id);
      const before = await snapshotDatabase();
      await expect(call(editorOfB, offer.id)).rejects.toMatchObject({ code: "forbidden" });
      expect(await snapshotDatabase()).toEqual(before);
    },
  );

  test("offer ids of organisation A in a confirmation for organisation B are ignored", async () => {
    const offerOfB = await makeOffer(world.organisationB.id);
    const editorOfB = await actorFor(world.users.editorB.id);
    const offerOfABefore = await prisma.offer.findUniqueOrThrow({ where: { id: world.publishedOfferA.id } });
    const result = await confirmOffers(editorOfB, world.organisationB.id, {
      offerIds: [world.publishedOfferA.id, offerOfB.id],
    });
    expect(result).toEqual({ count: 1 });
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: world.publishedOfferA.id } })).toEqual(offerOfABefore);
    expect(await prisma.auditEvent.findMany({ select: { entityId: true } })).toEqual([{ entityId: offerOfB.id }]);
  });

  test("an owner of B cannot remove or promote a member of A through organisation B", async () => {
    const ownerOfB = await actorFor(world.users.ownerB.id);
    const before = await snapshotDatabase();
    await expect(
      removeMember(ownerOfB, world.organisationB.id, { userId: world.users.editorA.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      transferOwnership(ownerOfB, world.organisationB.id, { userId: world.users.editorA.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  test("a member removed a moment ago is refused on the next call", async () => {
    const ownerOfA = await actorFor(world.users.ownerA.id);
    await removeMember(ownerOfA, world.organisationA.id, { userId: world.users.editorA.id });
    const formerEditor = await actorFor(world.users.editorA.id);
    await expect(archiveOffer(formerEditor, world.publishedOfferA.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  test("a signed-out caller is told to sign in even for an id that does not exist", async () => {
    await expect(updateOffer(null, "no-such-offer", offerFormInput())).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(createOffer(null, "no-such-organisation", offerFormInput())).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});
