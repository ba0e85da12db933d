import "server-only";
import type { AuditAction } from "@/lib/audit/record-audit-event";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DAY_MS, staleBefore } from "@/lib/offers/freshness";

// The admins' overview: how current the offers are, per organisation; whether the freshness reminders are
// answered; how long submissions wait for a decision; and what is open in the other queues. Numbers only,
// each one leading to the page where an admin acts on it. The facts come from the offers' state (stale is the
// rule of lib/offers/freshness.ts) and from the audit trail, which keeps its action names and entity ids after
// pseudonymisation, so the figures do not change when old entries lose their names.

export const OVERVIEW_DAYS = 90;

export type DecisionTimes = {
  /** Decisions in the period that follow a submission. */
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
};

export type OrganisationFreshness = {
  slug: string;
  name: string;
  /** Published offers that are stale now. */
  staleOffers: number;
  /** Offers listed in a reminder digest in the period. */
  remindersSent: number;
  /** Of those, the ones confirmed as current after the reminder (before any next reminder of the same offer). */
  remindersAnswered: number;
};

export type AdminOverview = {
  days: number;
  /** An offer is stale after this many days without a confirmation (the rule, for the page to explain). */
  staleAfterDays: number;
  since: Date;
  organisations: OrganisationFreshness[];
  totals: { staleOffers: number; remindersSent: number; remindersAnswered: number };
  decisions: { offers: DecisionTimes; organisations: DecisionTimes };
  waiting: { offers: number; organisations: number };
  openReports: number;
  openFeedback: number;
};

/** The p-quantile (0…1) of ascending values, interpolated between the two nearest ranks; null when empty. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const below = sorted[Math.floor(rank)]!;
  const above = sorted[Math.ceil(rank)]!;
  return below + (above - below) * (rank - Math.floor(rank));
}

type TrailEvent = { entityId: string; action: string; createdAt: Date };

/** Each entity's events in time order. */
function byEntity(events: readonly TrailEvent[]): Map<string, TrailEvent[]> {
  const grouped = new Map<string, TrailEvent[]>();
  for (const event of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
    grouped.set(event.entityId, [...(grouped.get(event.entityId) ?? []), event]);
  return grouped;
}

/**
 * Time from the latest submission before each decision made in the period to that decision. A submission may
 * lie before the period; a decision without one (an organisation approved again after a suspension) has no
 * waiting time and is left out.
 */
async function decisionTimes(
  entityType: "offer" | "organisation",
  submitted: AuditAction,
  decided: readonly AuditAction[],
  since: Date,
): Promise<DecisionTimes> {
  const recent = await prisma.auditEvent.findMany({
    where: { entityType, action: { in: [...decided] }, createdAt: { gte: since } },
    select: { entityId: true },
  });
  // The whole history of those entities: an earlier decision ends the submission before it.
  const events = await prisma.auditEvent.findMany({
    where: {
      entityType,
      action: { in: [submitted, ...decided] },
      entityId: { in: [...new Set(recent.map((event) => event.entityId))] },
    },
    select: { entityId: true, action: true, createdAt: true },
  });
  const durations: number[] = [];
  for (const history of byEntity(events).values()) {
    let lastSubmission: Date | null = null;
    for (const event of history) {
      if (event.action === submitted) lastSubmission = event.createdAt;
      else if (lastSubmission) {
        if (event.createdAt >= since) durations.push(event.createdAt.getTime() - lastSubmission.getTime());
        lastSubmission = null; // decided: the next decision needs a new submission
      }
    }
  }
  durations.sort((a, b) => a - b);
  return { count: durations.length, medianMs: quantile(durations, 0.5), p90Ms: quantile(durations, 0.9) };
}

/** Reminders per organisation in the period, and how many of them a confirmation answered. */
async function reminderAnswers(since: Date): Promise<Map<string, { sent: number; answered: number }>> {
  const reminders = await prisma.auditEvent.findMany({
    where: { action: "offer.reminder-sent", createdAt: { gte: since }, organisationId: { not: null } },
    select: { entityId: true, action: true, createdAt: true, organisationId: true },
  });
  const confirmations = await prisma.auditEvent.findMany({
    where: {
      action: "offer.confirmed",
      createdAt: { gte: since },
      entityId: { in: [...new Set(reminders.map((r) => r.entityId))] },
    },
    select: { entityId: true, action: true, createdAt: true },
  });
  const organisationOf = new Map(reminders.map((r) => [r.entityId, r.organisationId!]));
  const counts = new Map<string, { sent: number; answered: number }>();
  for (const [offerId, events] of byEntity([...reminders, ...confirmations])) {
    const count = counts.get(organisationOf.get(offerId)!) ?? { sent: 0, answered: 0 };
    let open = false; // a reminder waits for its answer
    for (const event of events) {
      if (event.action === "offer.reminder-sent") {
        count.sent++;
        open = true;
      } else if (open) {
        count.answered++;
        open = false;
      }
    }
    counts.set(organisationOf.get(offerId)!, count);
  }
  return counts;
}

export async function getAdminOverview(actor: Actor | null, now = new Date()): Promise<AdminOverview> {
  assertCan(actor, "review:decide");
  const since = new Date(now.getTime() - OVERVIEW_DAYS * DAY_MS);
  const [stale, reminders, offers, organisations, waitingOffers, waitingOrganisations, openReports, openFeedback] =
    await Promise.all([
      prisma.offer.groupBy({
        by: ["organisationId"],
        where: { status: "published", lastConfirmedAt: { lt: staleBefore(now) } },
        _count: { _all: true },
      }),
      reminderAnswers(since),
      decisionTimes("offer", "offer.submitted", ["offer.published", "offer.rejected"], since),
      decisionTimes(
        "organisation",
        "organisation.registered",
        ["organisation.approved", "organisation.rejected"],
        since,
      ),
      prisma.offer.count({ where: { status: "in_review" } }),
      prisma.organisation.count({ where: { status: "pending" } }),
      prisma.abuseReport.count({ where: { status: "open" } }),
      prisma.accessibilityFeedback.count({ where: { status: "open" } }),
    ]);
  const staleByOrganisation = new Map(stale.map((row) => [row.organisationId, row._count._all]));
  const ids = [...new Set([...staleByOrganisation.keys(), ...reminders.keys()])];
  const named = await prisma.organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, name: true },
  });
  const rows = named
    .map((organisation) => ({
      slug: organisation.slug,
      name: organisation.name,
      staleOffers: staleByOrganisation.get(organisation.id) ?? 0,
      remindersSent: reminders.get(organisation.id)?.sent ?? 0,
      remindersAnswered: reminders.get(organisation.id)?.answered ?? 0,
    }))
    // Most stale offers first: that is where a call helps most.
    .sort((a, b) => b.staleOffers - a.staleOffers || a.name.localeCompare(b.name, "de"));
  const sum = (key: "staleOffers" | "remindersSent" | "remindersAnswered") =>
    rows.reduce((total, row) => total + row[key], 0);
  return {
    days: OVERVIEW_DAYS,
    staleAfterDays: env.OFFER_STALE_AFTER_DAYS,
    since,
    organisations: rows,
    totals: {
      staleOffers: sum("staleOffers"),
      remindersSent: sum("remindersSent"),
      remindersAnswered: sum("remindersAnswered"),
    },
    decisions: { offers, organisations },
    waiting: { offers: waitingOffers, organisations: waitingOrganisations },
    openReports,
    openFeedback,
  };
}
