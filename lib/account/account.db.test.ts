import { readFileSync } from "node:fs";
import path from "node:path";
import { Prisma } from "@/generated/prisma/client";
import { collectAccountData, type AccountData } from "@/lib/account/account-data";
import { deleteAccount } from "@/lib/account/mutations";
import { prisma } from "@/lib/db";
import { DAY_MS } from "@/lib/offers/freshness";
import { inviteMember } from "@/lib/organisations/members";
import { makeEvent, makeProfile, makeRegistration } from "@/tests/conference-factories";
import { actorFor, makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const PERSON = "person@example.org";

describe("the person's data", () => {
  test("lists their memberships, claims and invitations, and says of sessions only when they run", async () => {
    const person = await makeUser({ email: PERSON });
    const owned = await makeOrganisation();
    const edited = await makeOrganisation();
    const claimed = await makeOrganisation();
    await makeMembership(person.id, owned.id, "owner");
    await makeMembership(person.id, edited.id, "editor");
    await prisma.organisationClaim.create({
      data: { organisationId: claimed.id, userId: person.id, message: "Wir sind das" },
    });
    await inviteMember(await actorFor(person.id), owned.id, { email: "kollegin@example.org", role: "editor" });
    const expires = new Date(Date.now() + 30 * DAY_MS);
    await prisma.session.create({ data: { sessionToken: "secret-session-token", userId: person.id, expires } });

    const data = await collectAccountData(person.id);

    expect(data.email).toBe(PERSON);
    expect(data.memberships.map((m) => [m.organisation.slug, m.role]).sort()).toEqual(
      [
        [owned.slug, "owner"],
        [edited.slug, "editor"],
      ].sort(),
    );
    expect(data.organisationClaims).toEqual([
      expect.objectContaining({ message: "Wir sind das", organisation: { name: claimed.name } }),
    ]);
    expect(data.invitationsSent).toEqual([
      expect.objectContaining({ email: "kollegin@example.org", role: "editor", acceptedAt: null }),
    ]);
    expect(data.auditEvents.map((event) => event.action)).toEqual(["invitation.sent"]);
    expect(data.sessions).toEqual([{ createdAt: expect.any(Date), updatedAt: expect.any(Date), expires }]);
    expect(JSON.stringify(data)).not.toContain("secret-session-token");
  });

  test("holds nothing of other people", async () => {
    const person = await makeUser({ email: PERSON });
    const colleague = await makeUser({ email: "kollege@example.org" });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "owner");
    await makeMembership(colleague.id, organisation.id, "editor");
    await prisma.session.create({
      data: { sessionToken: "colleague-token", userId: colleague.id, expires: new Date(Date.now() + DAY_MS) },
    });
    const exported = JSON.stringify(await collectAccountData(person.id));
    expect(exported).not.toContain("kollege@example.org");
    expect(exported).not.toContain("colleague-token");
  });

  test("an unknown person is not found", async () => {
    await expect(collectAccountData("no-such-user")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("deleting the account", () => {
  async function personOwning() {
    const person = await makeUser({ email: PERSON });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "owner");
    const offer = await makeOffer(organisation.id);
    return { person, organisation, offer };
  }

  const ownerlessSince = async (organisationId: string) =>
    (await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).ownerlessSince;

  test("of a sole owner flags the organisation, which keeps its published offers", async () => {
    const { person, organisation, offer } = await personOwning();
    const editor = await makeUser();
    await makeMembership(editor.id, organisation.id, "editor");

    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 1,
    });

    expect(await ownerlessSince(organisation.id)).toEqual(expect.any(Date));
    expect(await prisma.user.findUnique({ where: { id: person.id } })).toBeNull();
    expect(await prisma.membership.findMany({ where: { organisationId: organisation.id } })).toEqual([
      expect.objectContaining({ userId: editor.id }),
    ]);
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      status: "published",
    });
    expect(await prisma.auditEvent.findMany({ select: { action: true, actorId: true, organisationId: true } })).toEqual(
      [{ action: "organisation.owner-deleted", actorId: null, organisationId: organisation.id }],
    );
  });

  test("removes the address from the audit trail and takes the person's sessions and open invitations along", async () => {
    const { person, organisation } = await personOwning();
    const inviter = await makeUser();
    await makeMembership(inviter.id, organisation.id, "owner");
    await inviteMember(await actorFor(person.id), organisation.id, { email: "kollegin@example.org", role: "editor" });
    const otherOrganisation = await makeOrganisation();
    await makeMembership(inviter.id, otherOrganisation.id, "owner");
    await inviteMember(await actorFor(inviter.id), otherOrganisation.id, { email: PERSON, role: "editor" });
    await prisma.session.create({
      data: { sessionToken: "token", userId: person.id, expires: new Date(Date.now() + DAY_MS) },
    });
    expect(await prisma.auditEvent.count({ where: { summary: { contains: PERSON } } })).toBe(1);

    await deleteAccount(await actorFor(person.id), { confirmation: PERSON });

    const summaries = (await prisma.auditEvent.findMany({ select: { summary: true } })).map((e) => e.summary);
    expect(summaries.join("\n")).not.toContain(PERSON);
    expect(summaries).toContainEqual(expect.stringContaining("[gelöschtes Konto]"));
    expect(summaries).toContainEqual(expect.stringContaining("kollegin@example.org"));
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.invitation.findMany({ select: { email: true } })).toEqual([{ email: "kollegin@example.org" }]);
  });

  test("removes what names an earlier address too: audit summaries, invitations, sign-in tokens, mails, feedback", async () => {
    const { person, organisation } = await personOwning();
    const EARLIER = "frueher@example.org";
    await prisma.user.update({
      where: { id: person.id },
      data: { previousEmailsJson: JSON.stringify([EARLIER, "noch-frueher@example.org"]) },
    });
    const inviter = await makeUser();
    const otherOrganisation = await makeOrganisation();
    await makeMembership(inviter.id, otherOrganisation.id, "owner");
    await inviteMember(await actorFor(inviter.id), otherOrganisation.id, { email: EARLIER, role: "editor" });
    await inviteMember(await actorFor(person.id), organisation.id, {
      email: "johanna.frueher@example.org",
      role: "editor",
    });
    await prisma.devMail.deleteMany(); // the invitation mails; the mails this test is about follow
    await prisma.verificationToken.createMany({
      data: [PERSON, EARLIER, "bleibt@example.org"].map((identifier) => ({
        identifier,
        token: `hash-${identifier}`,
        expires: new Date(Date.now() + 600_000),
      })),
    });
    await prisma.devMail.createMany({
      data: [
        { to: EARLIER, subject: "Anmelden", text: "Ihr Link" },
        { to: "admin@example.org", subject: "Kontakt", text: `Antwort an ${PERSON.toUpperCase()} möglich` },
        { to: "admin@example.org", subject: "Andere", text: "Schreiben Sie an johanna.frueher@example.org" },
      ],
    });
    await prisma.accessibilityFeedback.createMany({
      data: [
        { message: "Kontrast zu schwach", email: EARLIER },
        { message: "Tastatur geht nicht", email: "bleibt@example.org" },
      ],
    });
    const summaries = async () =>
      (await prisma.auditEvent.findMany({ select: { summary: true } })).map((e) => e.summary);
    const earlierAddress = /(?<![\w.])frueher@example\.org/;
    expect((await summaries()).join("\n")).toMatch(earlierAddress);

    await deleteAccount(await actorFor(person.id), { confirmation: PERSON });

    expect((await summaries()).join("\n")).not.toMatch(earlierAddress);
    expect(await summaries()).toContainEqual(expect.stringContaining("johanna.frueher@example.org"));
    expect(await prisma.invitation.findMany({ select: { email: true } })).toEqual([
      { email: "johanna.frueher@example.org" },
    ]);
    expect(await prisma.verificationToken.findMany({ select: { identifier: true } })).toEqual([
      { identifier: "bleibt@example.org" },
    ]);
    expect(await prisma.devMail.findMany({ select: { subject: true } })).toEqual([{ subject: "Andere" }]);
    expect(
      await prisma.accessibilityFeedback.findMany({
        select: { message: true, email: true },
        orderBy: { message: "asc" },
      }),
    ).toEqual([
      { message: "Kontrast zu schwach", email: null },
      { message: "Tastatur geht nicht", email: "bleibt@example.org" },
    ]);
  });

  test("removes only the whole address: an address that merely ends in it stays", async () => {
    const { person, organisation } = await personOwning();
    const longer = `johan${PERSON}`;
    await inviteMember(await actorFor(person.id), organisation.id, { email: longer, role: "editor" });

    await deleteAccount(await actorFor(person.id), { confirmation: PERSON });

    const summaries = (await prisma.auditEvent.findMany({ select: { summary: true } })).map((e) => e.summary);
    expect(summaries).toContainEqual(expect.stringContaining(longer));
  });

  test("with another owner left does not flag the organisation", async () => {
    const { person, organisation } = await personOwning();
    const otherOwner = await makeUser();
    await makeMembership(otherOwner.id, organisation.id, "owner");

    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 0,
    });
    expect(await ownerlessSince(organisation.id)).toBeNull();
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  test("of an editor flags nothing", async () => {
    const person = await makeUser({ email: PERSON });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "editor");
    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 0,
    });
    expect(await ownerlessSince(organisation.id)).toBeNull();
  });

  test("accepts the address typed in other case and with spaces", async () => {
    const { person } = await personOwning();
    await deleteAccount(await actorFor(person.id), { confirmation: `  ${PERSON.toUpperCase()} ` });
    expect(await prisma.user.count()).toBe(0);
  });

  test.each([
    ["another address", { confirmation: "someone-else@example.org" }],
    ["text that is no address", { confirmation: "ja, löschen" }],
    ["nothing", {}],
  ])("with %s as confirmation deletes nothing", async (_name, raw) => {
    const { person, organisation } = await personOwning();
    await expect(deleteAccount(await actorFor(person.id), raw)).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { confirmation: [expect.objectContaining({ key: expect.any(String) })] },
    });
    expect(await prisma.user.findUnique({ where: { id: person.id } })).not.toBeNull();
    expect(await prisma.membership.count()).toBe(1);
    expect(await ownerlessSince(organisation.id)).toBeNull();
  });
});

// ─── The export is complete: checked against prisma/schema.prisma ───────────────────────────────────────
// Every model is either the person's (User, and every model with a relation to User), reached through one of
// them (EXTRA_PATHS), or classified below as not about a person or not exported. For every model that is the
// person's, every column must be in the export or left out with a reason (LEFT_OUT). Two rules save listing
// the obvious: a row's own id, and a foreign key whose relation is exported (or that points back at the
// person or the row it hangs from), count as covered. So a new personal column that the export misses, a new
// relation to User, or a new model fails this test until someone decides about it.

type SchemaField = {
  name: string;
  type: string;
  isList: boolean;
  isScalar: boolean;
  isId: boolean;
  relationName: string | null;
  foreignKeys: string[];
};
type SchemaModel = { name: string; fields: SchemaField[] };

const SCALAR_TYPES = new Set(["String", "Int", "Float", "Boolean", "DateTime", "Json", "BigInt", "Decimal", "Bytes"]);

/** The models of prisma/schema.prisma (this schema uses no enums, views or composite types). */
function readSchema(): Map<string, SchemaModel> {
  const text = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const blocks = [...text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)];
  const names = new Set(blocks.map((block) => block[1]!));
  const models = new Map<string, SchemaModel>();
  for (const [, name, body] of blocks) {
    const fields = body!
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter((line) => line !== "" && !line.startsWith("@@"))
      .map((line): SchemaField => {
        const [fieldName, typeToken = "", ...attributes] = line.split(/\s+/);
        const type = typeToken.replace(/[?[\]]/g, "");
        if (!SCALAR_TYPES.has(type) && !names.has(type)) throw new Error(`${name}.${fieldName}: unknown type ${type}`);
        const attributeText = attributes.join(" ");
        return {
          name: fieldName!,
          type,
          isList: typeToken.endsWith("[]"),
          isScalar: SCALAR_TYPES.has(type),
          isId: /(^|\s)@id(\s|$)/.test(attributeText),
          relationName: /@relation\(\s*(?:name:\s*)?"([^"]+)"/.exec(attributeText)?.[1] ?? null,
          foreignKeys: (/fields:\s*\[([^\]]*)\]/.exec(attributeText)?.[1] ?? "")
            .split(",")
            .map((key) => key.trim())
            .filter(Boolean),
        };
      });
    models.set(name!, { name: name!, fields });
  }
  return models;
}

/** The field on `model` that is the other end of `relation` (a field of another model pointing at it). */
function otherEnd(models: Map<string, SchemaModel>, from: SchemaModel, relation: SchemaField): SchemaField {
  const target = models.get(relation.type)!;
  const candidates = target.fields.filter(
    (field) => field.type === from.name && field.relationName === relation.relationName && field !== relation,
  );
  if (candidates.length !== 1) throw new Error(`${from.name}.${relation.name}: no single other end`);
  return candidates[0]!;
}

const SECRET = "a secret: whoever holds it acts as the person";
const OTHER_PERSON = "another person's key; what the person may see of others is what the network pages show";

/** Columns of the person's models that the export leaves out, per place in the export ("" = the account). */
const LEFT_OUT: Record<string, Record<string, string>> = {
  accounts: {
    refresh_token: SECRET,
    access_token: SECRET,
    id_token: SECRET,
    session_state: SECRET,
    expires_at: "expiry of the provider's token, which is left out",
    token_type: "kind of the provider's token, which is left out",
    scope: "scope of the provider's token, which is left out",
  },
  sessions: { sessionToken: SECRET },
  invitationsSent: { tokenHash: "hash of the secret in the mailed link" },
  invitationsReceived: { tokenHash: "hash of the secret in the mailed link", invitedById: OTHER_PERSON },
  contactRequestsSent: { toUserId: OTHER_PERSON },
  contactRequestsGot: { fromUserId: OTHER_PERSON },
  blocksMade: { blockedId: OTHER_PERSON },
  blocksReceived: { blockerId: OTHER_PERSON },
  reportsMade: { reportedUserId: OTHER_PERSON },
  reportsReceived: {
    reporterId: OTHER_PERSON,
    reason: "may reveal who reported (GDPR art. 15(4)); status and dates are exported",
  },
  auditEvents: { entityId: "internal key of the record the entry is about; action and summary say what it was" },
  importRuns: {
    filePath: "where the server keeps the uploaded file; the file name is exported",
    mappingJson: "the column mapping of the file, no data about the person",
    reportJson: "the file's rows: organisations' and offers' data, not the person's",
  },
};

/** List relations of the person's rows that are not exported. */
const LEFT_OUT_RELATIONS: Record<string, Record<string, string>> = {
  importRuns: {
    organisations: "the organisations the file brought in: their own records, not the person's",
    offers: "the offers the file brought in: their own records, not the person's",
  },
  recommendations: {
    offers: "offers an admin linked: the organisations' public offers",
    topics: "topics an admin linked",
    votes: "other people's votes (the person's own are recommendationVotes)",
  },
};

/** Relations of User whose rows are not the person's data, so the export leaves them out. */
const LEFT_OUT_USER_RELATIONS: Record<string, string> = {
  surveysCreated: "needs surveys are the county's, not the person's data; the admin who made one is in the audit trail",
};

/** The person's data reached other than through a relation of User: place in the export → model. */
const EXTRA_PATHS: Record<string, string> = {
  "profile.topics": "ProfileTopic",
  invitationsReceived: "Invitation", // found by the person's addresses
  accessibilityFeedback: "AccessibilityFeedback", // found by the address the person left
};

/** Models that hold no data about a person who has an account. */
const NOT_ABOUT_A_PERSON: Record<string, string> = {
  Municipality: "region data",
  Postcode: "region data",
  Topic: "reference data",
  Audience: "reference data",
  Organisation: "the organisation's public profile; members see and export it on its pages",
  Offer: "an organisation's public offer",
  OfferTopic: "part of an offer",
  OfferAudience: "part of an offer",
  OfferLanguage: "part of an offer",
  OfferMunicipality: "part of an offer",
  OfferScheduleSlot: "part of an offer",
  OfferTranslation: "part of an offer",
  Event: "the conference itself",
  WorkingGroup: "the conference itself",
  RecommendationOffer: "an admin's link between a recommendation and an offer",
  RecommendationTopic: "an admin's link between a recommendation and a topic",
  OutboxEvent: "search indexing of offers",
  Survey: "the county's needs survey (see LEFT_OUT_USER_RELATIONS)",
  SurveyInvitation: "a one-time link's hash, tied to nobody",
  SurveyResponse: "an anonymous answer, tied to nobody",
  SurveyAnswer: "part of an anonymous answer",
  UnmetSearch: "monthly counts of search texts, tied to nobody (lib/gaps/unmet-searches.ts)",
  CoverageSnapshot: "the county's offer counts of a month",
};

/** Models about a person that the export leaves out. */
const NOT_EXPORTED_MODELS: Record<string, string> = {
  VerificationToken: "hashed sign-in links by address: secrets, valid for minutes, deleted when expired",
  DevMail: "the development mailbox (no SMTP server): copies of sign-in links, deleted after a week",
};

type ExportPath = { path: string; model: SchemaModel; parentKeys: string[] };

/** Every place in the export that holds rows of one of the person's models. */
function exportPaths(models: Map<string, SchemaModel>): ExportPath[] {
  const user = models.get("User")!;
  const direct = user.fields
    .filter((field) => !field.isScalar && !Object.hasOwn(LEFT_OUT_USER_RELATIONS, field.name))
    .map((field) => ({
      path: field.name,
      model: models.get(field.type)!,
      parentKeys: otherEnd(models, user, field).foreignKeys,
    }));
  const extra = Object.entries(EXTRA_PATHS).map(([pathName, modelName]) => {
    const model = models.get(modelName)!;
    const [parentPath, relationName] = pathName.includes(".") ? pathName.split(".") : [null, null];
    if (!parentPath) return { path: pathName, model, parentKeys: [] };
    const parent = direct.find((entry) => entry.path === parentPath)!.model;
    const relation = parent.fields.find((field) => field.name === relationName)!;
    return { path: pathName, model, parentKeys: otherEnd(models, parent, relation).foreignKeys };
  });
  return [...direct, ...extra];
}

function valueAt(data: unknown, pathName: string): unknown {
  return pathName.split(".").reduce<unknown>((value, key) => {
    const container = Array.isArray(value) ? value[0] : value;
    return container && typeof container === "object" ? (container as Record<string, unknown>)[key] : undefined;
  }, data);
}

/** The exported rows at a place in the export (a to-one relation is one row or null). */
function rowsAt(data: AccountData, pathName: string): Record<string, unknown>[] {
  const value = valueAt(data, pathName);
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}

/** What is missing from the export at one place, as readable lines (empty = complete). */
function gapsAt(entry: ExportPath, row: Record<string, unknown>): string[] {
  const leftOut = LEFT_OUT[entry.path] ?? {};
  const leftOutRelations = LEFT_OUT_RELATIONS[entry.path] ?? {};
  const exportedRelations = entry.model.fields.filter((field) => !field.isScalar && field.name in row);
  const coveredKeys = new Set([...entry.parentKeys, ...exportedRelations.flatMap((field) => field.foreignKeys)]);
  const gaps: string[] = [];
  for (const field of entry.model.fields) {
    const where = `${entry.path} (${entry.model.name}.${field.name})`;
    if (field.isScalar) {
      const covered = field.name in row || field.isId || coveredKeys.has(field.name) || field.name in leftOut;
      if (!covered) gaps.push(`${where}: not exported and not in LEFT_OUT`);
      if (field.name in row && field.name in leftOut) gaps.push(`${where}: exported and in LEFT_OUT`);
    } else if (field.isList && field.type !== "User" && !(field.name in row) && !(field.name in leftOutRelations)) {
      gaps.push(`${where}: list not exported and not in LEFT_OUT_RELATIONS`);
    }
  }
  const scalarNames = new Set(entry.model.fields.filter((field) => field.isScalar).map((field) => field.name));
  for (const name of Object.keys(leftOut))
    if (!scalarNames.has(name)) gaps.push(`${entry.path}: LEFT_OUT names ${name}, which is no column`);
  return gaps;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Rows of `model` whose `key` is `value`, read without a hand-written query per table. */
async function rowsWhere(model: string, key: string, value: string): Promise<Record<string, unknown>[]> {
  const delegate = (prisma as unknown as Record<string, { findMany: (args: object) => Promise<unknown[]> }>)[
    lowerFirst(model)
  ]!;
  return (await delegate.findMany({ where: { [key]: value } })) as Record<string, unknown>[];
}

/**
 * A person with a row in every table that is theirs, every column filled with a value that names them
 * (`label`), and the people, organisation and event those rows need.
 */
async function personWithEverything(label: string) {
  const email = `${label}@example.org`;
  const earlier = `${label}.frueher@example.org`;
  const person = await prisma.user.create({
    data: {
      email,
      name: `${label} Name`,
      image: `https://example.org/${label}.png`,
      emailVerified: new Date(Date.now() - 10 * DAY_MS),
      emailChangedAt: new Date(Date.now() - 5 * DAY_MS),
      previousEmailsJson: JSON.stringify([earlier]),
      locale: "en",
    },
    select: { id: true },
  });
  const other = await makeUser();
  const organisation = await makeOrganisation();
  const otherOrganisation = await makeOrganisation();
  await makeMembership(person.id, organisation.id, "owner");
  await prisma.account.create({
    data: {
      userId: person.id,
      type: "email",
      provider: "nodemailer",
      providerAccountId: email,
      refresh_token: `${label}-refresh-secret`,
      access_token: `${label}-access-secret`,
      id_token: `${label}-id-secret`,
      session_state: `${label}-state-secret`,
      expires_at: 1_900_000_000,
      token_type: "bearer",
      scope: "email",
    },
  });
  await prisma.session.create({
    data: { sessionToken: `${label}-session-secret`, userId: person.id, expires: new Date(Date.now() + DAY_MS) },
  });
  await prisma.organisationClaim.create({
    data: {
      organisationId: otherOrganisation.id,
      userId: person.id,
      message: `${label} claims it`,
      status: "approved",
      decidedAt: new Date(),
    },
  });
  const invitation = (to: string, invitedById: string) => ({
    email: to,
    role: "editor",
    tokenHash: `${label}-${to}-hash-secret`,
    expiresAt: new Date(Date.now() + DAY_MS),
    acceptedAt: new Date(),
    invitedById,
  });
  await prisma.invitation.create({
    data: { organisationId: organisation.id, ...invitation(`${label}.kollegin@example.org`, person.id) },
  });
  // Sent to the earlier address, before it changed.
  await prisma.invitation.create({ data: { organisationId: otherOrganisation.id, ...invitation(earlier, other.id) } });
  const event = await makeEvent({ title: `${label} Konferenz` });
  const [group, second, kept] = event.workingGroups;
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { slug: "verl" } });
  await makeRegistration(event.id, person.id, { groupId: group!.id, secondChoiceId: second!.id, keepsGroup: true });
  await prisma.registration.updateMany({
    where: { userId: person.id },
    data: {
      name: `${label} Registered`,
      organisationName: `${label} Verein`,
      municipalityId: municipality.id,
      role: `${label} Rolle`,
      accessibilityNeeds: `${label} Rollstuhl`,
      assignmentReason: `${label} verschoben`,
      checkedInAt: new Date(),
      cancelledAt: new Date(),
    },
  });
  await prisma.workingGroupMember.create({ data: { workingGroupId: kept!.id, userId: person.id } });
  await prisma.workingGroupModerator.create({ data: { workingGroupId: second!.id, userId: person.id } });
  await makeProfile(person.id, {
    displayName: `${label} Profil`,
    organisationName: `${label} Organisation`,
    organisationKind: "association",
    contactEmail: `${label}.kontakt@example.org`,
    phone: "05241 123456",
    roleTitle: `${label} Beratung`,
    municipalityId: municipality.id,
    languagesJson: JSON.stringify(["de", "ar"]),
    offersText: `${label} bietet`,
    seeksText: `${label} sucht`,
    displayNameVisibility: "attendees",
    visibleUntil: new Date(Date.now() + 30 * DAY_MS),
    topicSlugs: ["sprache-bildung"],
  });
  await prisma.contactRequest.create({
    data: { fromUserId: person.id, toUserId: other.id, message: `${label} schreibt`, respondedAt: new Date() },
  });
  await prisma.contactRequest.create({
    data: { fromUserId: other.id, toUserId: person.id, message: `an ${label}`, status: "accepted" },
  });
  await prisma.contactBlock.create({ data: { blockerId: person.id, blockedId: other.id } });
  await prisma.contactBlock.create({ data: { blockerId: other.id, blockedId: person.id } });
  await prisma.abuseReport.create({
    data: {
      reporterId: person.id,
      reportedUserId: other.id,
      reason: `${label} meldet`,
      status: "handled",
      handledAt: new Date(),
    },
  });
  await prisma.abuseReport.create({
    data: { reporterId: other.id, reportedUserId: person.id, reason: "Grund der meldenden Person" },
  });
  const recommendation = await prisma.recommendation.create({
    data: {
      workingGroupId: group!.id,
      authorId: person.id,
      title: `${label} empfiehlt`,
      text: `${label} Text`,
      gapMunicipality: "verl",
      gapTopic: "sprache-bildung",
      gapLanguage: "ar",
      gapOffers: 3,
      gapPer10k: 1.17,
      gapCitedAt: new Date(),
    },
  });
  await prisma.recommendationVote.create({ data: { recommendationId: recommendation.id, userId: person.id } });
  await prisma.auditEvent.create({
    data: {
      actorId: person.id,
      action: "offer.updated",
      entityType: "offer",
      entityId: "offer-id",
      organisationId: organisation.id,
      summary: `${label} hat ein Angebot geändert`,
      pseudonymisedAt: null,
    },
  });
  await prisma.importRun.create({
    data: {
      actorId: person.id,
      source: `${label}-quelle`,
      fileName: `${label}.csv`,
      filePath: `/tmp/${label}.csv`,
      format: "csv",
      status: "done",
      mappingJson: "{}",
      reportJson: "[]",
      totalRows: 3,
      processedRows: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      startedAt: new Date(),
      finishedAt: new Date(),
      approvedAt: new Date(),
    },
  });
  await prisma.accessibilityFeedback.create({
    data: { message: `${label} findet eine Barriere`, pageUrl: "/de/angebote", email, locale: "en" },
  });
  await prisma.verificationToken.create({
    data: { identifier: email, token: `${label}-sign-in-secret`, expires: new Date(Date.now() + 600_000) },
  });
  await prisma.devMail.create({ data: { to: email, subject: "Anmelden", text: `${label}-dev-mail-link` } });
  return { id: person.id, email, earlier };
}

describe("the export is complete", () => {
  const models = readSchema();

  test("the schema as read here is the schema the client was generated from", () => {
    expect([...models.keys()].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const model of models.values()) {
      const columns = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[
        `${model.name}ScalarFieldEnum`
      ];
      const scalars = model.fields.filter((field) => field.isScalar).map((field) => field.name);
      expect([model.name, scalars.sort()]).toEqual([model.name, Object.values(columns ?? {}).sort()]);
    }
  });

  test("every model is the person's, reached from theirs, or classified as not about a person or not exported", () => {
    const theirs = new Set(["User", ...exportPaths(models).map((entry) => entry.model.name)]);
    const classified = new Set([...Object.keys(NOT_ABOUT_A_PERSON), ...Object.keys(NOT_EXPORTED_MODELS)]);
    const unclassified = [...models.keys()].filter((name) => !theirs.has(name) && !classified.has(name));
    expect(unclassified).toEqual([]);
    expect([...classified].filter((name) => theirs.has(name) || !models.has(name))).toEqual([]);
  });

  test("every column of the person's models is in the export or left out with a reason", async () => {
    const person = await personWithEverything("alpha");
    const data = await collectAccountData(person.id);

    const user = models.get("User")!;
    const gaps = user.fields
      .filter((field) => field.isScalar && !field.isId && !(field.name in data))
      .map((field) => `User.${field.name}: not exported`);
    for (const entry of exportPaths(models)) {
      const rows = rowsAt(data, entry.path);
      if (rows.length === 0) gaps.push(`${entry.path}: not exported, or personWithEverything does not fill it`);
      else gaps.push(...gapsAt(entry, rows[0]!));
    }
    expect(gaps).toEqual([]);
  });

  test("the exported values are the stored ones, for every relation of the account", async () => {
    const person = await personWithEverything("alpha");
    const data = await collectAccountData(person.id);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    for (const [key, value] of Object.entries(stored))
      if (key in data) expect([key, data[key as keyof AccountData]]).toEqual([key, value]);

    for (const entry of exportPaths(models).filter((candidate) => !candidate.path.includes("."))) {
      if (entry.parentKeys.length !== 1) continue; // found by address: compared below
      const rows = await rowsWhere(entry.model.name, entry.parentKeys[0]!, person.id);
      const exported = rowsAt(data, entry.path);
      expect([entry.path, exported.length]).toEqual([entry.path, rows.length]);
      const scalars = entry.model.fields.filter((field) => field.isScalar && field.name in exported[0]!);
      for (const field of scalars)
        expect([entry.path, field.name, exported[0]![field.name]]).toEqual([
          entry.path,
          field.name,
          rows[0]![field.name],
        ]);
    }
    expect(data.invitationsReceived).toEqual([expect.objectContaining({ email: person.earlier, role: "editor" })]);
    expect(data.accessibilityFeedback).toEqual([
      expect.objectContaining({ message: "alpha findet eine Barriere", email: person.email, locale: "en" }),
    ]);
    expect(data.profile?.topics).toEqual([{ topic: { slug: "sprache-bildung" } }]);
    expect(data.registrations[0]).toMatchObject({
      event: { title: "alpha Konferenz" },
      municipality: { name: "Verl" },
      assignedGroup: { title: expect.any(String) },
      secondChoice: { title: expect.any(String) },
    });
  });

  test("holds no secret, no reporter's reason and nothing of another person with the same kinds of data", async () => {
    const person = await personWithEverything("alpha");
    await personWithEverything("bravo");

    const exported = JSON.stringify(await collectAccountData(person.id));

    expect(exported).toContain("alpha");
    expect(exported).not.toMatch(/secret/);
    expect(exported).not.toContain("Grund der meldenden Person");
    expect(exported).not.toContain("dev-mail-link");
    expect(exported).not.toContain("bravo");
  });
});
