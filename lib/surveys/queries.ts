import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { SurveyAccess, SurveyStatus } from "@/lib/surveys/schemas";
import { parseSurveyTopics } from "@/lib/surveys/survey-options";
import { recordIdSchema, slugSchema } from "@/lib/validation/fields";

// Surveys as the admins manage them and as the public answer page shows them.

const surveySelect = {
  id: true,
  slug: true,
  title: true,
  introduction: true,
  topicsJson: true,
  access: true,
  status: true,
  createdAt: true,
  closedAt: true,
  _count: { select: { responses: true, invitations: true } },
} satisfies Prisma.SurveySelect;

type SurveyRow = Prisma.SurveyGetPayload<{ select: typeof surveySelect }>;

export type AdminSurvey = {
  id: string;
  slug: string;
  title: string;
  introduction: string;
  topics: string[];
  access: SurveyAccess;
  status: SurveyStatus;
  createdAt: Date;
  closedAt: Date | null;
  responses: number;
  invitations: number;
  usedInvitations: number;
};

function toAdminSurvey(row: SurveyRow, usedInvitations: number): AdminSurvey {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    introduction: row.introduction,
    topics: parseSurveyTopics(row.topicsJson),
    access: row.access as SurveyAccess,
    status: row.status as SurveyStatus,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    responses: row._count.responses,
    invitations: row._count.invitations,
    usedInvitations,
  };
}

/** Every survey, newest first, with its answer and link counts. */
export async function listSurveysForAdmin(actor: Actor | null): Promise<AdminSurvey[]> {
  assertCan(actor, "event:manage");
  const rows = await prisma.survey.findMany({ select: surveySelect, orderBy: { createdAt: "desc" } });
  const used = await prisma.surveyInvitation.groupBy({
    by: ["surveyId"],
    where: { usedAt: { not: null } },
    _count: { _all: true },
  });
  const usedBySurvey = new Map(used.map((group) => [group.surveyId, group._count._all]));
  return rows.map((row) => toAdminSurvey(row, usedBySurvey.get(row.id) ?? 0));
}

/** One survey for its admin page, or null for an unknown or malformed id. */
export async function findSurveyForAdmin(actor: Actor | null, surveyIdRaw: unknown): Promise<AdminSurvey | null> {
  assertCan(actor, "event:manage");
  const surveyId = recordIdSchema.safeParse(surveyIdRaw);
  if (!surveyId.success) return null;
  const row = await prisma.survey.findUnique({ where: { id: surveyId.data }, select: surveySelect });
  if (!row) return null;
  const used = await prisma.surveyInvitation.count({ where: { surveyId: row.id, usedAt: { not: null } } });
  return toAdminSurvey(row, used);
}

export type PublicSurvey = {
  id: string;
  slug: string;
  title: string;
  introduction: string;
  topics: string[];
  access: SurveyAccess;
  status: SurveyStatus;
};

/** A survey for its public answer page, or null. A draft comes without its questions: it is not public yet. */
export async function findSurveyForAnswer(slugRaw: unknown): Promise<PublicSurvey | null> {
  const slug = slugSchema.safeParse(slugRaw);
  if (!slug.success) return null;
  const row = await prisma.survey.findUnique({
    where: { slug: slug.data },
    select: { id: true, slug: true, title: true, introduction: true, topicsJson: true, access: true, status: true },
  });
  if (!row) return null;
  const isDraft = row.status === "draft";
  return {
    id: row.id,
    slug: row.slug,
    title: isDraft ? "" : row.title,
    introduction: isDraft ? "" : row.introduction,
    topics: isDraft ? [] : parseSurveyTopics(row.topicsJson),
    access: row.access as SurveyAccess,
    status: row.status as SurveyStatus,
  };
}
