import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import {
  EventInputSchema,
  EventUpdateInputSchema,
  type EventInput,
  type EventStatus,
} from "@/lib/events/event-admin-schemas";
import { countEventRegistrations } from "@/lib/events/event-queries";
import { assignedCount, fillFreePlaces, mailPromotions } from "@/lib/events/registration";
import { localizedName } from "@/lib/i18n/localized-name";
import { DomainError, parseInput, type FieldErrors } from "@/lib/result";
import { recordIdSchema, slugSchema } from "@/lib/validation/fields";
import { uniqueSlug } from "@/lib/validation/unique-slug";

// Events from the admins' side (permission "event:manage"): create with one working group per topic, edit
// with the groups, list with counts, check people in. Capacities never drop below the people already
// confirmed: the count and the write share one transaction, which the SQLite adapter runs one at a time, so a
// registration cannot slip in between (docs/decisions/010-registration-under-concurrency.md).

// "/verwaltung/veranstaltungen/neu" is the form for a new event; an event with that slug could not be opened.
const RESERVED_SLUGS: ReadonlySet<string> = new Set(["neu"]);

const eventSlugTaken = async (slug: string) =>
  RESERVED_SLUGS.has(slug) || Boolean(await prisma.event.findUnique({ where: { slug }, select: { id: true } }));

const statusLabel: Record<string, string> = { draft: "Entwurf", published: "veröffentlicht", cancelled: "abgesagt" };

/** Places per working group when the event is created: the event's places shared evenly, rounded up. */
export function defaultGroupCapacity(eventCapacity: number, groupCount: number): number {
  return Math.max(1, Math.ceil(eventCapacity / Math.max(1, groupCount)));
}

async function resolveMunicipalityId(slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const municipality = await prisma.municipality.findUnique({ where: { slug }, select: { id: true } });
  if (!municipality) throw new DomainError("invalid_input", "invalidInput", { municipality: [{ key: "choose" }] });
  return municipality.id;
}

function eventData(input: EventInput, municipalityId: string | null) {
  return {
    title: input.title,
    description: input.description,
    agenda: input.agenda ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    municipalityId,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    hasWaitlist: input.hasWaitlist,
    status: input.status,
  };
}

/** Creates an event with one working group per topic of the region, sharing the event's places. */
export async function createEvent(actor: Actor | null, raw: unknown): Promise<{ id: string; slug: string }> {
  assertCan(actor, "event:manage");
  const input = parseInput(EventInputSchema, raw);
  const municipalityId = await resolveMunicipalityId(input.municipality);
  const slug = await uniqueSlug(input.title, eventSlugTaken);
  return prisma.$transaction(async (tx) => {
    const topics = await tx.topic.findMany({
      select: { id: true, slug: true, namesJson: true },
      orderBy: { sortOrder: "asc" },
    });
    const capacity = defaultGroupCapacity(input.capacity, topics.length);
    const event = await tx.event.create({
      data: {
        ...eventData(input, municipalityId),
        slug,
        workingGroups: {
          // Titles in German, like the event itself; admins can rename them.
          create: topics.map((topic) => ({
            topicId: topic.id,
            slug: topic.slug,
            title: localizedName(topic.namesJson, "de"),
            capacity,
          })),
        },
      },
      select: { id: true, slug: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "event.created",
      entityType: "event",
      entityId: event.id,
      organisationId: null,
      summary: `Veranstaltung „${input.title}“ angelegt (${statusLabel[input.status]}, ${input.capacity} Plätze, ${topics.length} Arbeitsgruppen)`,
    });
    return event;
  });
}

/**
 * Saves an event and its working groups. Refuses (field errors) a capacity below the people already
 * confirmed, for the event and for each group: lowering it must not drop anyone who has a place.
 */
export async function updateEvent(actor: Actor | null, eventIdRaw: unknown, raw: unknown): Promise<{ slug: string }> {
  assertCan(actor, "event:manage");
  const eventId = parseInput(recordIdSchema, eventIdRaw);
  const input = parseInput(EventUpdateInputSchema, raw);
  const municipalityId = await resolveMunicipalityId(input.municipality);
  const { slug, promotions } = await prisma.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: {
        slug: true,
        title: true,
        capacity: true,
        status: true,
        workingGroups: { select: { id: true, title: true, description: true, capacity: true } },
      },
    });
    if (!event) throw new DomainError("not_found", "notFound");
    const fieldErrors: FieldErrors = {};
    const confirmed = await tx.registration.count({ where: { eventId, status: "confirmed" } });
    if (input.capacity < confirmed)
      fieldErrors.capacity = [{ key: "capacityBelowConfirmed", values: { count: confirmed } }];
    for (const [index, group] of input.groups.entries()) {
      if (!event.workingGroups.some((existing) => existing.id === group.id)) {
        fieldErrors[`groups.${index}.title`] = [{ key: "invalid" }];
        continue;
      }
      const members = await assignedCount(tx, group.id);
      if (group.capacity < members)
        fieldErrors[`groups.${index}.capacity`] = [{ key: "capacityBelowConfirmed", values: { count: members } }];
    }
    if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid_input", "invalidInput", fieldErrors);

    await tx.event.update({ where: { id: eventId }, data: eventData(input, municipalityId) });
    let groupsChanged = 0;
    for (const group of input.groups) {
      const before = event.workingGroups.find((existing) => existing.id === group.id)!;
      const data = { title: group.title, description: group.description ?? "", capacity: group.capacity };
      if (before.title === data.title && before.description === data.description && before.capacity === data.capacity)
        continue;
      await tx.workingGroup.update({ where: { id: group.id, eventId }, data });
      groupsChanged++;
    }
    const changes = [
      event.title !== input.title ? `Titel war „${event.title}“` : null,
      event.capacity !== input.capacity ? `Plätze ${event.capacity} → ${input.capacity}` : null,
      event.status !== input.status ? `Status ${statusLabel[event.status]} → ${statusLabel[input.status]}` : null,
      groupsChanged > 0 ? `${groupsChanged} Arbeitsgruppe(n) geändert` : null,
    ].filter(Boolean);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "event.updated",
      entityType: "event",
      entityId: eventId,
      organisationId: null,
      summary: `Veranstaltung „${input.title}“ bearbeitet${changes.length > 0 ? ` (${changes.join("; ")})` : ""}`,
    });
    // Places added by a higher capacity go to the waiting lists at once.
    return { slug: event.slug, promotions: await fillFreePlaces(tx, eventId) };
  });
  await mailPromotions(promotions);
  return { slug };
}

export type AdminEventListItem = {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  status: EventStatus;
  capacity: number;
  confirmed: number;
  waitlisted: number;
};

/** Every event, the latest start first, with its confirmed and waiting people. */
export async function listEventsForAdmin(actor: Actor | null): Promise<AdminEventListItem[]> {
  assertCan(actor, "event:manage");
  const [events, counts] = await Promise.all([
    prisma.event.findMany({
      select: { id: true, slug: true, title: true, startsAt: true, status: true, capacity: true },
      orderBy: { startsAt: "desc" },
    }),
    prisma.registration.groupBy({
      by: ["eventId", "status"],
      where: { status: { in: ["confirmed", "waitlisted"] } },
      _count: { _all: true },
    }),
  ]);
  const count = (eventId: string, status: string) =>
    counts.find((row) => row.eventId === eventId && row.status === status)?._count._all ?? 0;
  return events.map((event) => ({
    ...event,
    status: event.status as EventStatus,
    confirmed: count(event.id, "confirmed"),
    waitlisted: count(event.id, "waitlisted"),
  }));
}

const adminEventSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  agenda: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  municipalityId: true,
  lat: true,
  lng: true,
  capacity: true,
  hasWaitlist: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  status: true,
  workingGroups: {
    select: { id: true, title: true, description: true, capacity: true },
    orderBy: [{ topic: { sortOrder: "asc" } }, { title: "asc" }],
  },
} satisfies Prisma.EventSelect;

export type AdminEvent = Omit<
  Prisma.EventGetPayload<{ select: typeof adminEventSelect }>,
  "workingGroups" | "municipalityId" | "status"
> & {
  status: EventStatus;
  /** The form's municipality select works with slugs. */
  municipalitySlug: string | null;
  confirmed: number;
  waitlisted: number;
  workingGroups: { id: string; title: string; description: string; capacity: number; assigned: number }[];
};

/** The event behind an admin page, with its groups and counts; null for an unknown or malformed slug. */
export async function findEventForAdmin(actor: Actor | null, slugRaw: string): Promise<AdminEvent | null> {
  assertCan(actor, "event:manage");
  const slug = slugSchema.safeParse(slugRaw);
  if (!slug.success) return null;
  const event = await prisma.event.findUnique({ where: { slug: slug.data }, select: adminEventSelect });
  if (!event) return null;
  const { municipalityId, ...fields } = event;
  const [municipality, { confirmed, waitlisted, assignedByGroup }] = await Promise.all([
    municipalityId ? prisma.municipality.findUnique({ where: { id: municipalityId }, select: { slug: true } }) : null,
    countEventRegistrations(event.id),
  ]);
  return {
    ...fields,
    status: fields.status as EventStatus,
    municipalitySlug: municipality?.slug ?? null,
    confirmed,
    waitlisted,
    workingGroups: fields.workingGroups.map((group) => ({
      ...group,
      assigned: assignedByGroup.get(group.id) ?? 0,
    })),
  };
}

/** Marks a confirmed attendee as arrived or not; a repeated "arrived" keeps the first time. */
export async function setCheckedIn(actor: Actor | null, registrationIdRaw: unknown, checkedInRaw: unknown) {
  assertCan(actor, "event:manage");
  const registrationId = parseInput(recordIdSchema, registrationIdRaw);
  const checkedIn = parseInput(z.boolean(), checkedInRaw);
  await prisma.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { status: true, sequence: true, checkedInAt: true, event: { select: { title: true } } },
    });
    if (!registration) throw new DomainError("not_found", "notFound");
    if (registration.status !== "confirmed") throw new DomainError("conflict", "notConfirmed");
    if (Boolean(registration.checkedInAt) === checkedIn) return;
    await tx.registration.update({
      where: { id: registrationId },
      data: { checkedInAt: checkedIn ? new Date() : null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: checkedIn ? "registration.checked-in" : "registration.check-in-undone",
      entityType: "registration",
      entityId: registrationId,
      organisationId: null,
      // No name: the audit trail outlives the retention period of registrations.
      summary: `Anmeldung Nr. ${registration.sequence} bei „${registration.event.title}“ ${checkedIn ? "eingecheckt" : "Check-in zurückgenommen"}`,
    });
  });
}
