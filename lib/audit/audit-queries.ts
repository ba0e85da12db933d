import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { KEPT_ENTITY_TYPES, NEUTRAL_SUMMARIES } from "@/lib/audit/pseudonymise";
import { auditActions } from "@/lib/audit/record-audit-event";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { assertRecentSignIn } from "@/lib/auth/session-lifetime";
import { prisma } from "@/lib/db";
import { endOfBerlinDay, fromDateTimeInput } from "@/lib/events/event-time";
import { recordIdSchema, slugSchema } from "@/lib/validation/fields";

// The audit trail as the admins (everything) and an organisation's owners (their organisation) read it:
// filtered, searched, a page at a time, and for the admins as CSV. The filters come from the query string of a
// GET form, so they must not carry personal data into addresses, browser histories and server logs: a person
// is chosen by their opaque user id from a select, and the text search looks only at organisation names and at
// the entries about an organisation's work (offers, organisations, events, recommendations — the entries
// whose references survive pseudonymisation), never at entries about a person's record. Typing a name into
// the search finds nothing there, so nobody learns to do it.

export const AUDIT_PAGE_SIZE = 50;

/** A Berlin calendar day as <input type="date"> sends it. */
const berlinDaySchema = z.string().refine((day) => endOfBerlinDay(day) !== null);

/** The log's filters from the query string; a malformed value is ignored, not an error. */
export const AuditFilterSchema = z.object({
  organisation: slugSchema.optional().catch(undefined),
  person: recordIdSchema.optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  from: berlinDaySchema.optional().catch(undefined),
  to: berlinDaySchema.optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** Whose trail: the whole platform's, or one organisation's (its own log, where the organisation filter is moot). */
export type AuditScope = { organisationId: string } | "all";

export type AuditEntryView = {
  id: string;
  action: string;
  summary: string;
  actor: string | null;
  createdAt: Date;
  organisation: string | null;
};

export type AuditPage = {
  entries: AuditEntryView[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export type AuditFilterOptions = {
  organisations: { slug: string; name: string }[];
  people: { id: string; email: string }[];
  /** Labelled with the German text an entry keeps after pseudonymisation, the trail's own words for it. */
  actions: { value: string; label: string }[];
};

const auditSelect = {
  id: true,
  action: true,
  summary: true,
  createdAt: true,
  actor: { select: { email: true } },
  organisation: { select: { name: true } },
} as const satisfies Prisma.AuditEventSelect;

type Row = Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>;
const toView = (row: Row): AuditEntryView => ({
  ...row,
  actor: row.actor?.email ?? null,
  organisation: row.organisation?.name ?? null,
});

// Newest first; the id breaks ties between entries of the same millisecond, so no entry falls between pages.
const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AuditEventOrderByWithRelationInput[];

function assertCanRead(actor: Actor | null, scope: AuditScope): asserts actor is Actor {
  if (scope === "all") assertCan(actor, "audit:view-all");
  else assertCan(actor, "organisation:view-audit", scope.organisationId);
}

const scopeWhere = (scope: AuditScope): Prisma.AuditEventWhereInput =>
  scope === "all" ? {} : { organisationId: scope.organisationId };

function auditWhere(scope: AuditScope, filter: AuditFilter): Prisma.AuditEventWhereInput {
  const conditions: Prisma.AuditEventWhereInput[] = [scopeWhere(scope)];
  if (scope === "all" && filter.organisation) conditions.push({ organisation: { is: { slug: filter.organisation } } });
  if (filter.person) conditions.push({ actorId: filter.person });
  if (filter.action) conditions.push({ action: filter.action });
  // Days are Berlin days, as the admins' calendars count them: "to" includes the whole of its day.
  const from = filter.from ? fromDateTimeInput(`${filter.from}T00:00`) : null;
  const to = filter.to ? endOfBerlinDay(filter.to) : null;
  if (from) conditions.push({ createdAt: { gte: from } });
  if (to) conditions.push({ createdAt: { lt: to } });
  if (filter.q)
    conditions.push({
      OR: [
        { organisation: { is: { name: { contains: filter.q } } } },
        { entityType: { in: [...KEPT_ENTITY_TYPES] }, summary: { contains: filter.q } },
      ],
    });
  return { AND: conditions };
}

/** One page of the filtered trail with the number of all matching entries; a page past the end shows the last. */
export async function listAuditPage(
  actor: Actor | null,
  scope: AuditScope,
  filter: AuditFilter,
  page: number,
): Promise<AuditPage> {
  assertCanRead(actor, scope);
  const where = auditWhere(scope, filter);
  const total = await prisma.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.auditEvent.findMany({
    where,
    select: auditSelect,
    orderBy: newestFirst,
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { entries: rows.map(toView), total, page: current, pageCount, pageSize: AUDIT_PAGE_SIZE };
}

/**
 * Every entry of the filtered platform trail, for the CSV. It names the people who acted, so like the attendee
 * lists it leaves the app only after a sign-in within the last hour.
 */
export async function listAuditForExport(actor: Actor | null, filter: AuditFilter): Promise<AuditEntryView[]> {
  assertCanRead(actor, "all");
  assertRecentSignIn(actor);
  const rows = await prisma.auditEvent.findMany({
    where: auditWhere("all", filter),
    select: auditSelect,
    orderBy: newestFirst,
  });
  return rows.map(toView);
}

/** What the selects offer: organisations and people that appear in this trail (the people by id, not address). */
export async function listAuditFilterOptions(actor: Actor | null, scope: AuditScope): Promise<AuditFilterOptions> {
  assertCanRead(actor, scope);
  const [organisations, people] = await Promise.all([
    scope === "all"
      ? prisma.organisation.findMany({
          where: { auditEvents: { some: {} } },
          select: { slug: true, name: true },
          orderBy: { name: "asc" },
        })
      : [],
    prisma.user.findMany({
      where: { auditEvents: { some: scopeWhere(scope) } },
      select: { id: true, email: true },
      orderBy: { email: "asc" },
    }),
  ]);
  const actions = auditActions.map((action) => ({ value: action, label: NEUTRAL_SUMMARIES[action] }));
  return { organisations, people, actions };
}
