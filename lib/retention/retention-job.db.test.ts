import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/offers/freshness";
import { NEUTRAL_SUMMARIES } from "@/lib/audit/pseudonymise";
import { sendAttendeeMessage } from "@/lib/events/attendee-message";
import { listBadges } from "@/lib/events/badges";
import { listCheckIn, listRegistrations } from "@/lib/events/registration-list";
import { describeRetentionRun, runRetentionJob, type RetentionRun } from "@/lib/retention/retention-job";
import {
  DEV_MAIL_KEEP_DAYS,
  HANDLED_KEEP_DAYS,
  IMPORT_FILE_KEEP_DAYS,
  INVITATION_KEEP_DAYS,
} from "@/lib/retention/retention-periods";
import { getWorkingGroupSpace, listReadableWorkingGroups } from "@/lib/working-groups/queries";
import { postRecommendation } from "@/lib/working-groups/recommendation-mutations";
import { makeEvent, makeProfile, makeRegistration } from "@/tests/conference-factories";
import { actorFor, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const N = env.REGISTRATION_RETENTION_DAYS;

/** A run that changed nothing, with `changes` on top. */
const nothing: RetentionRun = {
  events: 0,
  deletedRegistrations: 0,
  anonymisedRegistrations: 0,
  deletedProfiles: 0,
  pseudonymisedAuditEvents: 0,
  deletedVerificationTokens: 0,
  deletedSessions: 0,
  deletedDevMails: 0,
  deletedAccessibilityFeedback: 0,
  deletedReports: 0,
  deletedInvitations: 0,
  clearedImportFiles: 0,
  deletedUnmetSearches: 0,
};
const runWith = (changes: Partial<RetentionRun>): RetentionRun => ({ ...nothing, ...changes });

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** An event that ended at `endsAt` (a working day long). */
const eventEnded = (endsAt: Date) => makeEvent({ startsAt: new Date(endsAt.getTime() - 8 * 3_600_000), endsAt });

let sequence = 0;

/** A registration with every personal field filled, so anonymisation has something to clear. */
async function register(
  event: Awaited<ReturnType<typeof eventEnded>>,
  status: "confirmed" | "waitlisted" | "cancelled",
  keepsGroup = false,
) {
  const user = await makeUser();
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { slug: "verl" } });
  const groupId = event.workingGroups[0]!.id;
  const registration = await prisma.registration.create({
    data: {
      eventId: event.id,
      userId: user.id,
      sequence: ++sequence,
      status,
      name: "Erika Beispiel",
      organisationName: "Nachbarschaftshilfe Verl",
      municipalityId: municipality.id,
      role: "Ehrenamt",
      accessibilityNeeds: "Rollstuhl",
      firstChoiceId: groupId,
      secondChoiceId: groupId,
      assignedGroupId: groupId,
      groupStatus: "assigned",
      assignmentReason: "Von der Verwaltung verschoben",
      keepsGroup,
      checkedInAt: status === "confirmed" ? daysAgo(N + 1) : null,
      cancelledAt: status === "cancelled" ? daysAgo(N + 2) : null,
    },
    select: { id: true, userId: true },
  });
  return registration;
}

/** One registration of each kind: cancelled, waitlisted, confirmed, confirmed and keeping the group. */
async function eventWithEveryKind(endsAt: Date) {
  const event = await eventEnded(endsAt);
  return {
    event,
    cancelled: await register(event, "cancelled"),
    waitlisted: await register(event, "waitlisted", true),
    confirmed: await register(event, "confirmed"),
    keeper: await register(event, "confirmed", true),
  };
}

test("deletes cancelled, waitlisted and confirmed registrations of an event that ended N+1 days ago, except those keeping the group", async () => {
  const { event, keeper } = await eventWithEveryKind(daysAgo(N + 1));

  const run = await runRetentionJob(NOW);

  expect(run).toEqual(runWith({ events: 1, deletedRegistrations: 3, anonymisedRegistrations: 1 }));
  expect(await prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true } })).toEqual([
    { id: keeper.id },
  ]);
});

test("an anonymised registration keeps no personal field and no link to the person", async () => {
  const { event, keeper } = await eventWithEveryKind(daysAgo(N + 1));

  await runRetentionJob(NOW);

  const stored = await prisma.registration.findUniqueOrThrow({ where: { id: keeper.id } });
  expect(stored).toMatchObject({
    name: "",
    organisationName: null,
    municipalityId: null,
    role: null,
    accessibilityNeeds: null,
    checkedInAt: null,
    firstChoiceId: null,
    secondChoiceId: null,
    assignmentReason: null,
    anonymisedAt: NOW,
    userId: null,
    // for the group's figures: a confirmed place in the group, nobody's
    status: "confirmed",
    assignedGroupId: event.workingGroups[0]!.id,
    groupStatus: "assigned",
    keepsGroup: true,
  });
  expect(JSON.stringify(stored)).not.toMatch(/Erika|Nachbarschaftshilfe|Ehrenamt|Rollstuhl|verschoben/);
});

test("never touches an event that ended N-1 days ago", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N - 1));
  const before = await prisma.registration.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });

  expect(await runRetentionJob(NOW)).toEqual(nothing);
  expect(await prisma.registration.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } })).toEqual(before);
  expect(await prisma.auditEvent.count()).toBe(0);
});

test("records one audit event per event with the counts, in German", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N + 1));
  const other = await eventEnded(daysAgo(N + 30));
  await register(other, "confirmed");

  await runRetentionJob(NOW);

  const audits = await prisma.auditEvent.findMany({
    select: { actorId: true, entityType: true, entityId: true, summary: true },
  });
  expect(audits).toHaveLength(2);
  expect(audits).toContainEqual({
    actorId: null,
    entityType: "event",
    entityId: event.id,
    summary: expect.stringMatching(/^Aufbewahrungsfrist .*: 3 Anmeldungen gelöscht, 1 anonymisiert$/),
  });
  expect(audits).toContainEqual(
    expect.objectContaining({ entityId: other.id, summary: expect.stringMatching(/1 Anmeldung gelöscht, 0 anonym/) }),
  );
});

test("a second run changes nothing", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N + 1));
  await runRetentionJob(NOW);
  const after = await prisma.registration.findMany({ where: { eventId: event.id } });

  const later = new Date(NOW.getTime() + DAY_MS);
  expect(await runRetentionJob(later)).toEqual(nothing);
  expect(await prisma.registration.findMany({ where: { eventId: event.id } })).toEqual(after);
  expect(await prisma.auditEvent.count()).toBe(1);
});

describe("directory profiles", () => {
  async function profile(visibleUntil: Date | null) {
    const user = await makeUser();
    return makeProfile(user.id, { visibleUntil, topicSlugs: ["sprache-bildung"] });
  }

  test("a profile whose visibility ended more than N days ago is deleted with its topics", async () => {
    const expired = await profile(daysAgo(N + 1));
    expect(await prisma.profileTopic.count()).toBe(1);

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 1 });
    expect(await prisma.profile.count({ where: { id: expired.id } })).toBe(0);
    expect(await prisma.profileTopic.count()).toBe(0);
    expect(await prisma.user.count({ where: { id: expired.userId } })).toBe(1);
    expect(await prisma.auditEvent.findMany({ select: { entityType: true, entityId: true } })).toEqual([
      { entityType: "profile", entityId: expired.id },
    ]);
    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 0 });
  });

  test("profiles still visible, renewed, without an expiry or ended less than N days ago stay", async () => {
    const kept = [await profile(daysAgo(N - 1)), await profile(new Date(NOW.getTime() + DAY_MS)), await profile(null)];

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 0 });
    expect(await prisma.profile.count()).toBe(kept.length);
  });

  test("a person registered for an event that has not ended keeps the profile; a cancelled registration does not count", async () => {
    const registered = await profile(daysAgo(N + 1));
    const cancelled = await profile(daysAgo(N + 1));
    const coming = await eventEnded(new Date(NOW.getTime() + 30 * DAY_MS));
    await makeRegistration(coming.id, registered.userId, { status: "waitlisted" });
    await makeRegistration(coming.id, cancelled.userId, { status: "cancelled" });

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 1 });
    expect(await prisma.profile.findMany({ select: { id: true } })).toEqual([{ id: registered.id }]);
  });
});

describe("working groups after the retention period", () => {
  async function endedEventWithGroupMembers() {
    const event = await eventEnded(daysAgo(N + 1));
    const group = event.workingGroups[0]!;
    const person = async (overrides: Parameters<typeof makeRegistration>[2]) => {
      const user = await makeUser();
      await makeRegistration(event.id, user.id, { groupId: group.id, ...overrides });
      return { userId: user.id, actor: await actorFor(user.id) };
    };
    return {
      event,
      group,
      keeper: await person({ keepsGroup: true }),
      leaver: await person({ keepsGroup: false }),
      // Kept the group but only ever had a place on its waiting list: never a member.
      waitingKeeper: await person({ keepsGroup: true, groupStatus: "waitlisted" }),
    };
  }

  test("a person who kept the group becomes its member, apart from the registration, and still reads and posts", async () => {
    const { event, group, keeper } = await endedEventWithGroupMembers();

    await runRetentionJob(NOW);

    expect(await prisma.registration.count({ where: { userId: keeper.userId } })).toBe(0);
    expect(await prisma.workingGroupMember.findMany({ select: { workingGroupId: true, userId: true } })).toEqual([
      { workingGroupId: group.id, userId: keeper.userId },
    ]);
    const space = await getWorkingGroupSpace(keeper.actor, group.id, "de");
    expect(space.viewer).toEqual({
      isMember: true,
      canContribute: true,
      canModerate: false,
      canAppointModerators: false,
    });
    expect(space.memberCount).toBe(1);
    await postRecommendation(keeper.actor, group.id, { title: "Weiter so", text: "Die Gruppe arbeitet weiter." });
    // The overview lists the event with only the group they may still enter.
    const overview = await listReadableWorkingGroups(keeper.actor, "de");
    expect(overview.map((entry) => [entry.eventId, entry.groups.map((g) => [g.id, g.isMine, g.memberCount])])).toEqual([
      [event.id, [[group.id, true, 1]]],
    ]);
    // Another group of the same event was open to them as an attendee only.
    await expect(getWorkingGroupSpace(keeper.actor, event.workingGroups[1]!.id, "de")).rejects.toMatchObject({
      code: "not_found",
    });
  });

  test("a person who did not keep the group, or only waited for a place in it, can no longer enter", async () => {
    const { group, leaver, waitingKeeper } = await endedEventWithGroupMembers();
    // Before the retention period both may read the space (attendees of the event).
    await getWorkingGroupSpace(leaver.actor, group.id, "de");
    await getWorkingGroupSpace(waitingKeeper.actor, group.id, "de");

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedRegistrations: 1, anonymisedRegistrations: 2 });

    for (const { actor } of [leaver, waitingKeeper]) {
      await expect(getWorkingGroupSpace(actor, group.id, "de")).rejects.toMatchObject({ code: "not_found" });
      await expect(
        postRecommendation(actor, group.id, { title: "Noch da", text: "Ich möchte noch etwas sagen." }),
      ).rejects.toMatchObject({ code: "not_found" });
      expect(await listReadableWorkingGroups(actor, "de")).toEqual([]);
    }
    expect(await prisma.registration.count({ where: { userId: { not: null } } })).toBe(0);
  });

  test("a second run adds no member twice and keeps the membership", async () => {
    const { group, keeper } = await endedEventWithGroupMembers();
    await runRetentionJob(NOW);
    await runRetentionJob(new Date(NOW.getTime() + DAY_MS));
    expect(await prisma.workingGroupMember.findMany({ select: { workingGroupId: true, userId: true } })).toEqual([
      { workingGroupId: group.id, userId: keeper.userId },
    ]);
  });
});

describe("audit events", () => {
  const A = env.AUDIT_RETENTION_DAYS;

  async function auditEvent(
    createdAt: Date,
    data: { actorId: string | null; action: string; entityType: string; entityId: string; summary: string },
    organisationId: string | null = null,
  ) {
    return prisma.auditEvent.create({ data: { ...data, organisationId, createdAt }, select: { id: true } });
  }

  test("older than the audit retention period lose actor, names, addresses, reasons and links to a person's record", async () => {
    const person = await makeUser({ email: "erika.beispiel@example.org" });
    const organisation = await makeOrganisation();
    const aboutPerson = await auditEvent(
      daysAgo(A + 1),
      {
        actorId: person.id,
        action: "member.joined",
        entityType: "membership",
        entityId: person.id,
        summary: "erika.beispiel@example.org ist der Organisation beigetreten",
      },
      organisation.id,
    );
    const aboutOffer = await auditEvent(
      daysAgo(A + 1),
      {
        actorId: person.id,
        action: "offer.rejected",
        entityType: "offer",
        entityId: "offer-1",
        summary: "Angebot „Sprachcafé“ nicht freigegeben: Frau Beispiel ist telefonisch nicht erreichbar",
      },
      organisation.id,
    );
    const recent = await auditEvent(daysAgo(A - 1), {
      actorId: person.id,
      action: "account.email-changed",
      entityType: "account",
      entityId: person.id,
      summary: "E-Mail-Adresse geändert",
    });
    const recentBefore = await prisma.auditEvent.findUniqueOrThrow({ where: { id: recent.id } });

    expect(await runRetentionJob(NOW)).toEqual(runWith({ pseudonymisedAuditEvents: 2 }));

    const select = {
      actorId: true,
      action: true,
      entityType: true,
      entityId: true,
      organisationId: true,
      summary: true,
      pseudonymisedAt: true,
    } as const;
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: aboutPerson.id }, select })).toEqual({
      actorId: null,
      action: "member.joined",
      entityType: "membership",
      entityId: "",
      organisationId: organisation.id,
      summary: NEUTRAL_SUMMARIES["member.joined"],
      pseudonymisedAt: NOW,
    });
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: aboutOffer.id }, select })).toEqual({
      actorId: null,
      action: "offer.rejected",
      entityType: "offer",
      entityId: "offer-1",
      organisationId: organisation.id,
      summary: "Angebot nicht freigegeben",
      pseudonymisedAt: NOW,
    });
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: recent.id } })).toEqual(recentBefore);
    const old = await prisma.auditEvent.findMany({ where: { pseudonymisedAt: { not: null } } });
    expect(JSON.stringify(old)).not.toMatch(/erika|Beispiel|Sprachcafé|telefonisch|@/i);
  });

  test("an action the code no longer writes gets a general text; a second run changes nothing", async () => {
    const { id } = await auditEvent(daysAgo(A + 1), {
      actorId: null,
      action: "offer.legacy-action",
      entityType: "legacy",
      entityId: "someone",
      summary: "Max Mustermann hat etwas getan",
    });

    expect(await runRetentionJob(NOW)).toMatchObject({ pseudonymisedAuditEvents: 1 });
    const once = await prisma.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(once).toMatchObject({
      summary: "Eintrag nach Ablauf der Aufbewahrungsfrist gekürzt",
      entityId: "",
      pseudonymisedAt: NOW,
    });

    expect(await runRetentionJob(new Date(NOW.getTime() + DAY_MS))).toEqual(nothing);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id } })).toEqual(once);
  });
});

describe("purging what expired or was handled", () => {
  const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
  const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

  test("expired sign-in tokens and sessions go at once; valid ones stay", async () => {
    const user = await makeUser();
    await prisma.verificationToken.createMany({
      data: [
        { identifier: user.email, token: "expired-token-hash", expires: minutesAgo(1) },
        { identifier: user.email, token: "valid-token-hash", expires: inMinutes(10) },
      ],
    });
    await prisma.session.createMany({
      data: [
        { sessionToken: "expired-session", userId: user.id, expires: minutesAgo(1) },
        { sessionToken: "valid-session", userId: user.id, expires: inMinutes(60) },
      ],
    });

    expect(await runRetentionJob(NOW)).toEqual(runWith({ deletedVerificationTokens: 1, deletedSessions: 1 }));
    expect(await prisma.verificationToken.findMany({ select: { token: true } })).toEqual([
      { token: "valid-token-hash" },
    ]);
    expect(await prisma.session.findMany({ select: { sessionToken: true } })).toEqual([
      { sessionToken: "valid-session" },
    ]);
    expect(await runRetentionJob(NOW)).toEqual(nothing);
  });

  test(`development mails go after ${DEV_MAIL_KEEP_DAYS} days`, async () => {
    const mail = (createdAt: Date, subject: string) => ({ to: "a@example.org", subject, text: "Link", createdAt });
    await prisma.devMail.createMany({
      data: [mail(daysAgo(DEV_MAIL_KEEP_DAYS + 1), "alt"), mail(daysAgo(DEV_MAIL_KEEP_DAYS - 1), "neu")],
    });

    expect(await runRetentionJob(NOW)).toEqual(runWith({ deletedDevMails: 1 }));
    expect(await prisma.devMail.findMany({ select: { subject: true } })).toEqual([{ subject: "neu" }]);
  });

  test(`handled accessibility feedback and reports go ${HANDLED_KEEP_DAYS} days after handling; open ones stay`, async () => {
    const feedback = (message: string, status: string, handledAt: Date | null) => ({
      message,
      email: "melder@example.org",
      pageUrl: "https://atlas.example.org/de",
      status,
      handledAt,
      createdAt: daysAgo(HANDLED_KEEP_DAYS + 100),
    });
    await prisma.accessibilityFeedback.createMany({
      data: [
        feedback("erledigt, alt", "handled", daysAgo(HANDLED_KEEP_DAYS + 1)),
        feedback("erledigt, neu", "handled", daysAgo(HANDLED_KEEP_DAYS - 1)),
        feedback("offen", "open", null),
      ],
    });
    const reporter = await makeUser();
    const reported = await makeUser();
    const report = (reason: string, status: string, handledAt: Date | null) => ({
      reporterId: reporter.id,
      reportedUserId: reported.id,
      reason,
      status,
      handledAt,
      createdAt: daysAgo(HANDLED_KEEP_DAYS + 100),
    });
    await prisma.abuseReport.createMany({
      data: [
        report("erledigt, alt", "handled", daysAgo(HANDLED_KEEP_DAYS + 1)),
        report("erledigt, neu", "handled", daysAgo(HANDLED_KEEP_DAYS - 1)),
        report("offen", "open", null),
      ],
    });

    expect(await runRetentionJob(NOW)).toEqual(runWith({ deletedAccessibilityFeedback: 1, deletedReports: 1 }));
    const left = ["erledigt, neu", "offen"];
    expect(
      (await prisma.accessibilityFeedback.findMany({ select: { message: true } })).map((f) => f.message).sort(),
    ).toEqual(left);
    expect((await prisma.abuseReport.findMany({ select: { reason: true } })).map((r) => r.reason).sort()).toEqual(left);
  });

  test(`invitations go ${INVITATION_KEEP_DAYS} days after they were accepted or expired; open ones stay`, async () => {
    const organisation = await makeOrganisation();
    const invitation = (email: string, expiresAt: Date, acceptedAt: Date | null = null) => ({
      organisationId: organisation.id,
      email,
      role: "editor",
      tokenHash: `hash-${email}`,
      expiresAt,
      acceptedAt,
    });
    const past = INVITATION_KEEP_DAYS + 1;
    const recent = INVITATION_KEEP_DAYS - 1;
    await prisma.invitation.createMany({
      data: [
        invitation("accepted-long-ago@example.org", daysAgo(past - 5), daysAgo(past)),
        invitation("accepted-recently@example.org", inMinutes(60 * 24 * 10), daysAgo(recent)),
        invitation("expired-long-ago@example.org", daysAgo(past)),
        invitation("expired-recently@example.org", daysAgo(recent)),
        invitation("open@example.org", inMinutes(60 * 24)),
      ],
    });

    expect(await runRetentionJob(NOW)).toEqual(runWith({ deletedInvitations: 2 }));
    expect((await prisma.invitation.findMany({ select: { email: true } })).map((i) => i.email).sort()).toEqual([
      "accepted-recently@example.org",
      "expired-recently@example.org",
      "open@example.org",
    ]);
  });
});

test("uploaded import files and their reports go after 30 days; counts stay, the operators' own files are kept", async () => {
  const uploads = path.resolve(env.DATA_DIR, "imports");
  mkdirSync(uploads, { recursive: true });
  const uploaded = path.join(uploads, "old-upload.csv");
  writeFileSync(uploaded, "Name;E-Mail\nA;a@example.org\n");
  const operators = path.join(uploads, "..", "operators-own.csv");
  writeFileSync(operators, "Name\n");
  const run = (filePath: string, finishedDaysAgo: number) => ({
    source: "test",
    fileName: path.basename(filePath),
    filePath,
    format: "csv",
    status: "done",
    reportJson: '[{"title":"Kurs","organisation":"Verein"}]',
    created: 1,
    finishedAt: daysAgo(finishedDaysAgo),
  });
  await prisma.importRun.createMany({
    data: [
      run(uploaded, IMPORT_FILE_KEEP_DAYS + 1),
      run(operators, IMPORT_FILE_KEEP_DAYS + 1),
      run(path.join(uploads, "recent.csv"), IMPORT_FILE_KEEP_DAYS - 1),
    ],
  });
  expect(await runRetentionJob(NOW)).toEqual(runWith({ clearedImportFiles: 2 }));
  expect(existsSync(uploaded)).toBe(false);
  expect(existsSync(operators)).toBe(true);
  const runs = await prisma.importRun.findMany({
    select: { fileName: true, filePath: true, reportJson: true, created: true },
  });
  expect(runs.map((r) => [r.fileName, r.filePath !== "", r.reportJson !== null, r.created]).sort()).toEqual([
    ["old-upload.csv", false, false, 1],
    ["operators-own.csv", true, false, 1],
    ["recent.csv", true, true, 1],
  ]);
  expect(await runRetentionJob(NOW)).toEqual(nothing);
});

test("the job's line names every count, and there is none when nothing changed", () => {
  expect(describeRetentionRun(nothing)).toBeNull();
  expect(describeRetentionRun(runWith({ deletedDevMails: 3, pseudonymisedAuditEvents: 2 }))).toMatch(
    /2 audit event\(s\) pseudonymised.*3 development mail\(s\)/,
  );
});

test("an anonymised registration appears in no admin list, on no badge and in no mailing", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N + 1));
  await runRetentionJob(NOW);
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);

  expect(await listRegistrations(admin, event.id, { status: "confirmed" })).toEqual([]);
  expect(await listCheckIn(admin, event.id)).toEqual([]);
  expect(await listBadges(admin, event.id)).toEqual([]);
  expect(await sendAttendeeMessage(admin, event.id, { subject: "Nachlese", text: "Danke fürs Kommen!" })).toEqual({
    recipients: 0,
    failed: 0,
  });
  expect(await prisma.devMail.count()).toBe(0);
});
