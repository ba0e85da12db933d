import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, parseInput } from "@/lib/result";
import { createInvitationToken, hashInvitationToken, surveyLinkUrl } from "@/lib/surveys/survey-links";
import { InvitationCountInputSchema, surveyInputSchema, type SurveyStatus } from "@/lib/surveys/schemas";
import { coreTopicSlugs } from "@/lib/surveys/survey-options";
import { recordIdSchema } from "@/lib/validation/fields";
import { uniqueSlug } from "@/lib/validation/unique-slug";

// The admins' side of the needs survey (permission "event:manage", the admins' planning permission): create and
// edit a draft, open it for answers, close it, and make one-time links for invited workers. Each change writes
// an audit entry in its own transaction.

// "/verwaltung/umfragen/neu" is the form for a new survey; a survey with that slug could not be opened.
const RESERVED_SLUGS: ReadonlySet<string> = new Set(["neu"]);

const slugTaken = async (slug: string) =>
  RESERVED_SLUGS.has(slug) || Boolean(await prisma.survey.findUnique({ where: { slug }, select: { id: true } }));

const accessLabel = { open: "offen, ohne Einladung", invited: "nur mit Einmal-Link" } as const;

/** Creates a survey as a draft; it takes answers once opened. */
export async function createSurvey(actor: Actor | null, raw: unknown): Promise<{ id: string; slug: string }> {
  assertCan(actor, "event:manage");
  const input = parseInput(surveyInputSchema(coreTopicSlugs()), raw);
  const slug = await uniqueSlug(input.title, slugTaken);
  return prisma.$transaction(async (tx) => {
    const survey = await tx.survey.create({
      data: {
        slug,
        title: input.title,
        introduction: input.introduction ?? "",
        topicsJson: JSON.stringify(input.topics),
        access: input.access,
        createdById: actor.userId,
      },
      select: { id: true, slug: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "survey.created",
      entityType: "survey",
      entityId: survey.id,
      organisationId: null,
      summary: `Bedarfsumfrage „${input.title}“ angelegt (${input.topics.length} Themen, ${accessLabel[input.access]})`,
    });
    return survey;
  });
}

/** Saves a draft survey; once it is open, its questions stay as they were asked (conflict "surveyNotDraft"). */
export async function updateSurvey(actor: Actor | null, surveyIdRaw: unknown, raw: unknown): Promise<void> {
  assertCan(actor, "event:manage");
  const surveyId = parseInput(recordIdSchema, surveyIdRaw);
  const input = parseInput(surveyInputSchema(coreTopicSlugs()), raw);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.survey.updateMany({
      where: { id: surveyId, status: "draft" },
      data: {
        title: input.title,
        introduction: input.introduction ?? "",
        topicsJson: JSON.stringify(input.topics),
        access: input.access,
      },
    });
    if (updated.count === 0) throw await notDraftOrMissing(tx, surveyId);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "survey.updated",
      entityType: "survey",
      entityId: surveyId,
      organisationId: null,
      summary: `Bedarfsumfrage „${input.title}“ geändert`,
    });
  });
}

async function notDraftOrMissing(tx: Prisma.TransactionClient, surveyId: string): Promise<DomainError> {
  const exists = await tx.survey.findUnique({ where: { id: surveyId }, select: { id: true } });
  return exists ? new DomainError("conflict", "surveyNotDraft") : new DomainError("not_found", "notFound");
}

async function setStatus(actor: Actor, surveyIdRaw: unknown, from: SurveyStatus, to: SurveyStatus): Promise<void> {
  const surveyId = parseInput(recordIdSchema, surveyIdRaw);
  await prisma.$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { id: surveyId }, select: { title: true, status: true } });
    if (!survey) throw new DomainError("not_found", "notFound");
    if (survey.status !== from) throw new DomainError("conflict", "conflict");
    await tx.survey.update({
      where: { id: surveyId },
      data: { status: to, closedAt: to === "closed" ? new Date() : null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: to === "open" ? "survey.opened" : "survey.closed",
      entityType: "survey",
      entityId: surveyId,
      organisationId: null,
      summary: `Bedarfsumfrage „${survey.title}“ ${to === "open" ? "geöffnet" : "geschlossen"}`,
    });
  });
}

/** Opens a draft survey for answers. A closed survey stays closed: its results are final. */
export async function openSurvey(actor: Actor | null, surveyId: unknown): Promise<void> {
  assertCan(actor, "event:manage");
  await setStatus(actor, surveyId, "draft", "open");
}

/** Closes an open survey: it takes no more answers, and its results stay visible. */
export async function closeSurvey(actor: Actor | null, surveyId: unknown): Promise<void> {
  assertCan(actor, "event:manage");
  await setStatus(actor, surveyId, "open", "closed");
}

/**
 * Makes one-time links for a survey by invitation. The links are returned once and never stored: the database
 * keeps only each token's SHA-256 hash, not who received it.
 */
export async function createSurveyInvitations(
  actor: Actor | null,
  surveyIdRaw: unknown,
  raw: unknown,
): Promise<{ links: string[] }> {
  assertCan(actor, "event:manage");
  const surveyId = parseInput(recordIdSchema, surveyIdRaw);
  const { count } = parseInput(InvitationCountInputSchema, raw);
  return prisma.$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({
      where: { id: surveyId },
      select: { slug: true, title: true, access: true, status: true },
    });
    if (!survey) throw new DomainError("not_found", "notFound");
    if (survey.access !== "invited") throw new DomainError("conflict", "surveyNotByInvitation");
    if (survey.status === "closed") throw new DomainError("conflict", "surveyClosed");
    const tokens = Array.from({ length: count }, () => createInvitationToken());
    await tx.surveyInvitation.createMany({
      data: tokens.map((token) => ({ id: randomUUID(), surveyId, tokenHash: hashInvitationToken(token) })),
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "survey.invitations-created",
      entityType: "survey",
      entityId: surveyId,
      organisationId: null,
      summary: `${count} Einmal-Links für die Bedarfsumfrage „${survey.title}“ erzeugt`,
    });
    return { links: tokens.map((token) => surveyLinkUrl(survey.slug, token)) };
  });
}
