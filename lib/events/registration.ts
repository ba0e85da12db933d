import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { isUniqueViolation, uniqueViolationFields } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { sendPlaceMails, type PlaceMail } from "@/lib/events/registration-mail";
import { GroupMoveInputSchema, RegistrationInputSchema, type RegistrationInput } from "@/lib/events/schemas";
import { DAY_MS } from "@/lib/offers/freshness";
import { visibilityColumns } from "@/lib/network/visibility";
import { DomainError, parseInput } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";

// Registration for an event: confirmed within capacity, else the waiting list, and a working group by first
// choice, second choice or the group's waiting list. The invariant: confirmed ≤ event capacity and assigned ≤
// group capacity, at every moment and under any number of simultaneous requests.
//
// Why that holds (docs/decisions/010-registration-under-concurrency.md): every decision is read and written in
// one interactive transaction, and the SQLite driver adapter runs one transaction at a time per process, so a
// count read inside it cannot be overtaken. Across processes the unique (eventId, sequence) turns a race into a
// constraint error, retried, rather than a second "confirmed" row taken from the same count.

type Tx = Prisma.TransactionClient;

export type RegistrationOutcome = {
  registrationId: string;
  status: "confirmed" | "waitlisted";
  /** 1-based place on the event's waiting list. */
  waitlistPosition: number | null;
  group: { title: string; status: "assigned" | "waitlisted" } | null;
};

const SEQUENCE_RETRIES = 3;

async function loadOpenEvent(tx: Tx, eventId: string, now: Date) {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      capacity: true,
      hasWaitlist: true,
      endsAt: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      workingGroups: { select: { id: true, title: true, capacity: true, topicId: true } },
    },
  });
  if (!event || event.status !== "published") throw new DomainError("not_found", "notFound");
  if (now < event.registrationOpensAt) throw new DomainError("conflict", "registrationNotOpen");
  if (now >= event.registrationClosesAt) throw new DomainError("conflict", "registrationClosed");
  return event;
}

/** People holding a place in the group (not those on its waiting list). */
export const assignedCount = (tx: Tx, groupId: string) =>
  tx.registration.count({ where: { assignedGroupId: groupId, groupStatus: "assigned", status: "confirmed" } });

/** First choice while it has places, else second, else the first choice's waiting list. */
async function allocateGroup(
  tx: Tx,
  groups: { id: string; capacity: number }[],
  firstChoiceId: string | null,
  secondChoiceId: string | null,
): Promise<{ assignedGroupId: string | null; groupStatus: "assigned" | "waitlisted" | null }> {
  for (const choice of [firstChoiceId, secondChoiceId]) {
    const group = groups.find((g) => g.id === choice);
    if (group && (await assignedCount(tx, group.id)) < group.capacity)
      return { assignedGroupId: group.id, groupStatus: "assigned" };
  }
  if (firstChoiceId) return { assignedGroupId: firstChoiceId, groupStatus: "waitlisted" };
  return { assignedGroupId: null, groupStatus: null };
}

async function waitlistPosition(tx: Tx, eventId: string, sequence: number): Promise<number> {
  return tx.registration.count({ where: { eventId, status: "waitlisted", sequence: { lte: sequence } } });
}

export function isSequenceConflict(error: unknown): boolean {
  return isUniqueViolation(error) && uniqueViolationFields(error).includes("sequence");
}

/** The person's directory profile follows the registration: only what they consented to becomes visible. */
async function upsertProfileFromRegistration(
  tx: Tx,
  userId: string,
  input: RegistrationInput,
  municipalityId: string | null,
  topicIds: string[],
  visibleUntil: Date,
): Promise<void> {
  const consented = Object.values(input.directory).some((visibility) => visibility !== "nobody");
  const fields = {
    displayName: input.name,
    organisationName: input.organisationName ?? null,
    roleTitle: input.role ?? null,
    municipalityId,
    ...visibilityColumns(input.directory),
  };
  const existing = await tx.profile.findUnique({ where: { userId }, select: { id: true, visibleUntil: true } });
  const profile = existing
    ? await tx.profile.update({
        where: { id: existing.id },
        data: {
          ...fields,
          ...(consented && { consentedAt: new Date() }),
          visibleUntil:
            existing.visibleUntil && existing.visibleUntil > visibleUntil ? existing.visibleUntil : visibleUntil,
        },
        select: { id: true },
      })
    : await tx.profile.create({
        data: { userId, ...fields, consentedAt: consented ? new Date() : null, visibleUntil },
        select: { id: true },
      });
  for (const topicId of topicIds)
    await tx.profileTopic.upsert({
      where: { profileId_topicId: { profileId: profile.id, topicId } },
      create: { profileId: profile.id, topicId },
      update: {},
    });
}

/** Registers the signed-in person for a published event whose registration window is open. */
export async function registerForEvent(
  actor: Actor | null,
  eventIdRaw: unknown,
  raw: unknown,
  now = new Date(),
): Promise<RegistrationOutcome> {
  assertCan(actor, "event:register");
  const eventId = parseInput(recordIdSchema, eventIdRaw);
  const input = parseInput(RegistrationInputSchema, raw);
  const municipality = input.municipality
    ? await prisma.municipality.findUnique({ where: { slug: input.municipality }, select: { id: true } })
    : null;
  if (input.municipality && !municipality)
    throw new DomainError("invalid_input", "invalidInput", { municipality: [{ key: "choose" }] });

  const outcome = await withSequenceRetry(() =>
    prisma.$transaction(async (tx) => {
      const event = await loadOpenEvent(tx, eventId, now);
      const groupIds = new Set(event.workingGroups.map((g) => g.id));
      for (const field of ["firstChoice", "secondChoice"] as const)
        if (input[field] && !groupIds.has(input[field]))
          throw new DomainError("invalid_input", "invalidInput", { [field]: [{ key: "choose" }] });
      if (event.workingGroups.length > 0 && !input.firstChoice)
        throw new DomainError("invalid_input", "invalidInput", { firstChoice: [{ key: "choose" }] });

      const existing = await tx.registration.findUnique({
        where: { eventId_userId: { eventId, userId: actor.userId } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "cancelled") throw new DomainError("conflict", "alreadyRegistered");

      const confirmed = await tx.registration.count({ where: { eventId, status: "confirmed" } });
      const waiting = await tx.registration.count({ where: { eventId, status: "waitlisted" } });
      if (confirmed >= event.capacity && !event.hasWaitlist) throw new DomainError("conflict", "eventFull");
      // A free place goes to whoever waits first; a new registration never overtakes the waiting list.
      const status: RegistrationOutcome["status"] =
        confirmed < event.capacity && waiting === 0 ? "confirmed" : "waitlisted";
      const last = await tx.registration.aggregate({ where: { eventId }, _max: { sequence: true } });
      const sequence = (last._max.sequence ?? 0) + 1;
      const firstChoiceId = input.firstChoice ?? null;
      const secondChoiceId = input.secondChoice ?? null;
      const group =
        status === "confirmed"
          ? await allocateGroup(tx, event.workingGroups, firstChoiceId, secondChoiceId)
          : { assignedGroupId: null, groupStatus: null };

      const data = {
        sequence,
        status,
        name: input.name,
        organisationName: input.organisationName ?? null,
        municipalityId: municipality?.id ?? null,
        role: input.role ?? null,
        accessibilityNeeds: input.accessibilityNeeds ?? null,
        firstChoiceId,
        secondChoiceId,
        keepsGroup: input.keepsGroup,
        cancelledAt: null,
        checkedInAt: null,
        assignmentReason: null,
        ...group,
      };
      const registration = existing
        ? await tx.registration.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.registration.create({
            data: { eventId, userId: actor.userId, ...data },
            select: { id: true },
          });

      const chosenTopics = event.workingGroups
        .filter((g) => (g.id === firstChoiceId || g.id === secondChoiceId) && g.topicId)
        .map((g) => g.topicId!);
      await upsertProfileFromRegistration(
        tx,
        actor.userId,
        input,
        municipality?.id ?? null,
        chosenTopics,
        new Date(event.endsAt.getTime() + env.DIRECTORY_VISIBLE_DAYS * DAY_MS),
      );
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: `registration.${status}`,
        entityType: "registration",
        entityId: registration.id,
        organisationId: null,
        summary: `Anmeldung zu „${event.title}“: ${status === "confirmed" ? "bestätigt" : "Warteliste"}`,
      });
      const groupTitle = event.workingGroups.find((g) => g.id === group.assignedGroupId)?.title;
      return {
        registrationId: registration.id,
        status,
        waitlistPosition: status === "waitlisted" ? await waitlistPosition(tx, eventId, sequence) : null,
        group: groupTitle && group.groupStatus ? { title: groupTitle, status: group.groupStatus } : null,
      };
    }),
  );
  await sendPlaceMails([
    {
      email: actor.email,
      locale: await userLocale(actor.userId),
      eventId,
      news:
        outcome.status === "confirmed"
          ? { kind: "confirmed", group: outcome.group }
          : { kind: "waitlisted", position: outcome.waitlistPosition ?? 0 },
    },
  ]);
  return outcome;
}

async function userLocale(userId: string): Promise<string> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user?.locale ?? "de";
}

/** Retries a registration whose sequence number another process took first (see the note at the top). */
async function withSequenceRetry<T>(register: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await register();
    } catch (error) {
      if (attempt >= SEQUENCE_RETRIES || !isSequenceConflict(error)) throw error;
    }
  }
}

export type Promotion = {
  userId: string;
  eventId: string;
  /** Moved up from the event's waiting list, or into the working group they waited for. */
  kind: "event" | "group";
  group: { title: string; status: "assigned" | "waitlisted" } | null;
};

/** Fills a freed group place from the group's waiting list, in registration order. */
async function fillGroupPlace(tx: Tx, groupId: string, eventId: string): Promise<Promotion[]> {
  const group = await tx.workingGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: { capacity: true, title: true },
  });
  const promotions: Promotion[] = [];
  while ((await assignedCount(tx, groupId)) < group.capacity) {
    const next = await tx.registration.findFirst({
      // An anonymised registration (no user) names nobody to move up; it never waits here before the event ends.
      where: { assignedGroupId: groupId, groupStatus: "waitlisted", status: "confirmed", userId: { not: null } },
      orderBy: { sequence: "asc" },
      select: { id: true, userId: true },
    });
    if (!next?.userId) break;
    await tx.registration.update({ where: { id: next.id }, data: { groupStatus: "assigned" } });
    promotions.push({ userId: next.userId, eventId, kind: "group", group: { title: group.title, status: "assigned" } });
  }
  return promotions;
}

/** Fills free event places from the waiting list, in registration order, and gives each a group. */
async function fillEventPlaces(tx: Tx, eventId: string): Promise<Promotion[]> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { capacity: true, workingGroups: { select: { id: true, title: true, capacity: true } } },
  });
  const promotions: Promotion[] = [];
  while ((await tx.registration.count({ where: { eventId, status: "confirmed" } })) < event.capacity) {
    const next = await tx.registration.findFirst({
      where: { eventId, status: "waitlisted", userId: { not: null } },
      orderBy: { sequence: "asc" },
      select: { id: true, userId: true, firstChoiceId: true, secondChoiceId: true },
    });
    if (!next?.userId) break;
    const group = await allocateGroup(tx, event.workingGroups, next.firstChoiceId, next.secondChoiceId);
    await tx.registration.update({ where: { id: next.id }, data: { status: "confirmed", ...group } });
    const title = event.workingGroups.find((g) => g.id === group.assignedGroupId)?.title;
    promotions.push({
      userId: next.userId,
      eventId,
      kind: "event",
      group: title && group.groupStatus ? { title, status: group.groupStatus } : null,
    });
  }
  return promotions;
}

/**
 * After places were added (an admin raised a capacity): the groups' waiting lists move up first, then the event's
 * waiting list, each in registration order. Returns whom to mail (mailPromotions) after the commit.
 */
export async function fillFreePlaces(tx: Tx, eventId: string): Promise<Promotion[]> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { endsAt: true, status: true, workingGroups: { select: { id: true } } },
  });
  if (!isOpenForMovingUp(event)) return [];
  const promotions: Promotion[] = [];
  for (const group of event.workingGroups) promotions.push(...(await fillGroupPlace(tx, group.id, eventId)));
  return [...promotions, ...(await fillEventPlaces(tx, eventId))];
}

export async function mailPromotions(promotions: Promotion[]): Promise<void> {
  if (promotions.length === 0) return;
  const users = await prisma.user.findMany({
    where: { id: { in: promotions.map((p) => p.userId) } },
    select: { id: true, email: true, locale: true },
  });
  const mails: PlaceMail[] = [];
  for (const { userId, eventId, kind, group } of promotions) {
    const user = users.find((u) => u.id === userId);
    if (user)
      mails.push({
        email: user.email,
        locale: user.locale,
        eventId,
        news: { kind: kind === "event" ? "movedUp" : "groupPlace", group },
      });
  }
  await sendPlaceMails(mails);
}

/**
 * Cancels one registration inside the caller's transaction and fills the places it frees, in registration
 * order; returns whom to mail (mailPromotions) after the commit. Used for a cancellation and for a deleted
 * account, whose places must not simply vanish from the count.
 */
export async function cancelInTransaction(
  tx: Tx,
  registrationId: string,
  actorId: string | null,
  summarySuffix = "",
): Promise<Promotion[]> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      eventId: true,
      status: true,
      assignedGroupId: true,
      groupStatus: true,
      event: { select: { title: true, slug: true, endsAt: true, status: true } },
    },
  });
  if (registration.status === "cancelled") return [];
  await tx.registration.update({
    where: { id: registrationId },
    data: { status: "cancelled", cancelledAt: new Date(), assignedGroupId: null, groupStatus: null },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: "registration.cancelled",
    entityType: "registration",
    entityId: registrationId,
    organisationId: null,
    summary: `Anmeldung zu „${registration.event.title}“ storniert${summarySuffix}`,
  });
  // Nobody moves up into an event that is over or cancelled.
  if (registration.status !== "confirmed" || !isOpenForMovingUp(registration.event)) return [];
  // The group place first goes to those already confirmed and waiting for this group, who waited longest.
  const promotions =
    registration.groupStatus === "assigned" && registration.assignedGroupId
      ? await fillGroupPlace(tx, registration.assignedGroupId, registration.eventId)
      : [];
  return [...promotions, ...(await fillEventPlaces(tx, registration.eventId))];
}

const isOpenForMovingUp = (event: { endsAt: Date; status: string }) =>
  event.status === "published" && event.endsAt >= new Date();

/** Cancels a registration (the person's own, or any as an admin); the next people move up and are mailed. */
export async function cancelRegistration(actor: Actor | null, registrationIdRaw: unknown): Promise<void> {
  assertCan(actor, "event:register");
  const registrationId = parseInput(recordIdSchema, registrationIdRaw);
  const promotions = await prisma.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { userId: true },
    });
    if (!registration || (registration.userId !== actor.userId && !actor.isAdmin))
      throw new DomainError("not_found", "notFound");
    const byAdmin = registration.userId === actor.userId ? "" : " (durch die Verwaltung)";
    return cancelInTransaction(tx, registrationId, actor.userId, byAdmin);
  });
  await mailPromotions(promotions);
}

/** Admin: moves a confirmed attendee into another working group of the same event, with a recorded reason. */
export async function moveRegistrationToGroup(
  actor: Actor | null,
  registrationIdRaw: unknown,
  raw: unknown,
): Promise<void> {
  assertCan(actor, "event:manage");
  const registrationId = parseInput(recordIdSchema, registrationIdRaw);
  const { groupId, reason } = parseInput(GroupMoveInputSchema, raw);
  const promotions = await prisma.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: {
        eventId: true,
        status: true,
        assignedGroupId: true,
        groupStatus: true,
        event: { select: { title: true, slug: true, endsAt: true, status: true } },
      },
    });
    if (!registration) throw new DomainError("not_found", "notFound");
    if (registration.status !== "confirmed") throw new DomainError("conflict", "notConfirmed");
    const target = await tx.workingGroup.findFirst({
      where: { id: groupId, eventId: registration.eventId },
      select: { id: true, title: true, capacity: true },
    });
    if (!target) throw new DomainError("invalid_input", "invalidInput", { groupId: [{ key: "choose" }] });
    const alreadyThere = registration.assignedGroupId === target.id && registration.groupStatus === "assigned";
    if (!alreadyThere && (await assignedCount(tx, target.id)) >= target.capacity)
      throw new DomainError("conflict", "groupFull");
    await tx.registration.update({
      where: { id: registrationId },
      data: { assignedGroupId: target.id, groupStatus: "assigned", assignmentReason: reason },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "registration.group-moved",
      entityType: "registration",
      entityId: registrationId,
      organisationId: null,
      // No name in the summary: the audit trail outlives the retention period of registrations.
      summary: `Anmeldung in „${target.title}“ verschoben. Grund: ${reason}`,
    });
    const left = registration.groupStatus === "assigned" ? registration.assignedGroupId : null;
    return left && left !== target.id && isOpenForMovingUp(registration.event)
      ? fillGroupPlace(tx, left, registration.eventId)
      : [];
  });
  await mailPromotions(promotions);
}
