import { type z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/offers/freshness";
import { parseLanguages } from "@/lib/network/directory";
import { ProfileInputSchema } from "@/lib/network/schemas";
import { visibilitiesOf, visibilityColumns } from "@/lib/network/visibility";
import { DomainError, parseInput } from "@/lib/result";

// The person's own directory profile: its content, who sees each field, and how long (renewable).

/** Until when a profile stays visible if renewed now: the directory period after the person's latest event. */
async function renewedUntil(userId: string, now: Date): Promise<Date> {
  const latest = await prisma.registration.findFirst({
    where: { userId, status: { not: "cancelled" } },
    orderBy: { event: { endsAt: "desc" } },
    select: { event: { select: { endsAt: true } } },
  });
  const from = latest && latest.event.endsAt > now ? latest.event.endsAt : now;
  return new Date(from.getTime() + env.DIRECTORY_VISIBLE_DAYS * DAY_MS);
}

export async function saveOwnProfile(actor: Actor | null, raw: unknown, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "network:participate");
  const input = parseInput(ProfileInputSchema, raw);
  const [municipality, topics] = await Promise.all([
    input.municipality ? prisma.municipality.findUnique({ where: { slug: input.municipality } }) : null,
    prisma.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true } }),
  ]);
  if (input.municipality && !municipality)
    throw new DomainError("invalid_input", "invalidInput", { municipality: [{ key: "choose" }] });
  if (topics.length !== input.topics.length)
    throw new DomainError("invalid_input", "invalidInput", { topics: [{ key: "choose" }] });
  const { visibility } = input;
  const consented = Object.values(visibility).some((value) => value !== "nobody");
  const data = {
    displayName: input.displayName,
    organisationName: input.organisationName ?? null,
    organisationKind: input.organisationKind ?? null,
    roleTitle: input.roleTitle ?? null,
    municipalityId: municipality?.id ?? null,
    languagesJson: JSON.stringify(input.languages),
    offersText: input.offersText ?? null,
    seeksText: input.seeksText ?? null,
    contactEmail: input.contactEmail ?? null,
    phone: input.phone ?? null,
    ...visibilityColumns(visibility),
  };
  const visibleUntil = await renewedUntil(actor.userId, now);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.profile.findUnique({ where: { userId: actor.userId }, select: { id: true } });
    const profile = existing
      ? await tx.profile.update({
          where: { id: existing.id },
          data: { ...data, ...(consented && { consentedAt: now }) },
          select: { id: true },
        })
      : await tx.profile.create({
          data: { userId: actor.userId, ...data, consentedAt: consented ? now : null, visibleUntil },
          select: { id: true },
        });
    await tx.profileTopic.deleteMany({ where: { profileId: profile.id } });
    await tx.profileTopic.createMany({ data: topics.map((topic) => ({ profileId: profile.id, topicId: topic.id })) });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "profile.saved",
      entityType: "profile",
      entityId: profile.id,
      organisationId: null,
      summary: "Netzwerkprofil gespeichert",
    });
    return profile;
  });
}

/** Keeps the profile visible for another directory period; without renewal consent ends at visibleUntil. */
export async function renewProfileVisibility(actor: Actor | null, now = new Date()): Promise<Date> {
  assertCan(actor, "network:participate");
  const profile = await prisma.profile.findUnique({ where: { userId: actor.userId }, select: { id: true } });
  if (!profile) throw new DomainError("not_found", "notFound");
  const visibleUntil = await renewedUntil(actor.userId, now);
  await prisma.profile.update({ where: { id: profile.id }, data: { visibleUntil } });
  return visibleUntil;
}

/** Removes the profile from the directory at once (the data stays editable; nothing is shown to anyone). */
export async function hideOwnProfile(actor: Actor | null, now = new Date()): Promise<void> {
  assertCan(actor, "network:participate");
  await prisma.profile.updateMany({ where: { userId: actor.userId }, data: { visibleUntil: now } });
}

export type OwnProfileForm = z.input<typeof ProfileInputSchema> & { visibleUntil: Date | null };

/** The stored profile as form values, or null when the person has none yet. */
export async function loadOwnProfileForm(userId: string): Promise<OwnProfileForm | null> {
  const row = await prisma.profile.findUnique({
    where: { userId },
    include: { municipality: { select: { slug: true } }, topics: { select: { topic: { select: { slug: true } } } } },
  });
  if (!row) return null;
  return {
    displayName: row.displayName,
    organisationName: row.organisationName ?? "",
    organisationKind: row.organisationKind ?? "",
    roleTitle: row.roleTitle ?? "",
    municipality: row.municipality?.slug ?? "",
    topics: row.topics.map((t) => t.topic.slug),
    languages: parseLanguages(row.languagesJson),
    offersText: row.offersText ?? "",
    seeksText: row.seeksText ?? "",
    contactEmail: row.contactEmail ?? "",
    phone: row.phone ?? "",
    visibility: visibilitiesOf(row),
    visibleUntil: row.visibleUntil,
  };
}
