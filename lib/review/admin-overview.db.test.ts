import type { AuditAction } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendReminderDigests } from "@/lib/freshness/reminders";
import { DAY_MS } from "@/lib/offers/freshness";
import { confirmOffers } from "@/lib/offers/status-updates";
import { getAdminOverview, OVERVIEW_DAYS, quantile } from "@/lib/review/admin-overview";
import { actorFor, makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const HOUR_MS = 3_600_000;
const NOW = new Date(Date.now() - 1_000);
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const STALE = ago(env.OFFER_STALE_AFTER_DAYS + 10);

let admin: Actor;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  admin = await actorFor((await makeUser({ isAdmin: true })).id);
});

async function offer(organisationId: string, lastConfirmedAt: Date, status = "published") {
  const { id } = await makeOffer(organisationId, { status });
  await prisma.offer.update({ where: { id }, data: { lastConfirmedAt } });
  return id;
}

async function trail(
  entityType: "offer" | "organisation",
  entityId: string,
  ...steps: [AuditAction, Date][]
): Promise<void> {
  for (const [action, createdAt] of steps)
    await prisma.auditEvent.create({
      data: { action, entityType, entityId, organisationId: null, summary: action, createdAt },
    });
}

test("quantiles interpolate between the nearest ranks", () => {
  expect(quantile([], 0.5)).toBeNull();
  expect(quantile([7], 0.9)).toBe(7);
  expect(quantile([1, 2, 3], 0.5)).toBe(2);
  expect(quantile([2, 10, 30, 240], 0.5)).toBe(20);
  expect(quantile([2, 10, 30, 240], 0.9)).toBeCloseTo(177);
});

test("stale offers per organisation, and reminders sent and answered, from the reminder run itself", async () => {
  const caritas = await makeOrganisation();
  const owner = await makeUser();
  await makeMembership(owner.id, caritas.id, "owner");
  const answered = await offer(caritas.id, STALE);
  await offer(caritas.id, STALE);
  await offer(caritas.id, ago(3)); // fresh
  await offer(caritas.id, STALE, "draft"); // not public: not stale in the product's sense
  const tafel = await makeOrganisation(); // nobody to remind: stale, but no reminder
  await offer(tafel.id, STALE);
  await offer(tafel.id, STALE);
  const quiet = await makeOrganisation(); // nothing stale, no reminders: not listed
  await offer(quiet.id, ago(1));

  expect(await sendReminderDigests(NOW)).toMatchObject({ offersReminded: 2 });
  await confirmOffers(await actorFor(owner.id), caritas.id, { offerIds: [answered] });
  // A reminder from before the period does not count.
  await prisma.auditEvent.create({
    data: {
      action: "offer.reminder-sent",
      entityType: "offer",
      entityId: answered,
      organisationId: caritas.id,
      summary: "alt",
      createdAt: ago(OVERVIEW_DAYS + 5),
    },
  });

  const overview = await getAdminOverview(admin);
  // Most stale offers first.
  expect(overview.organisations).toEqual([
    { slug: tafel.slug, name: tafel.name, staleOffers: 2, remindersSent: 0, remindersAnswered: 0 },
    { slug: caritas.slug, name: caritas.name, staleOffers: 1, remindersSent: 2, remindersAnswered: 1 },
  ]);
  expect(overview.totals).toEqual({ staleOffers: 3, remindersSent: 2, remindersAnswered: 1 });
});

test("a second reminder of the same offer needs its own answer", async () => {
  const organisation = await makeOrganisation();
  const offerId = await offer(organisation.id, STALE);
  await prisma.auditEvent.createMany({
    data: (
      [
        ["offer.reminder-sent", 60],
        ["offer.confirmed", 59],
        ["offer.confirmed", 58], // a second confirmation answers nothing more
        ["offer.reminder-sent", 10],
      ] as const
    ).map(([action, days]) => ({
      action,
      entityType: "offer",
      entityId: offerId,
      organisationId: organisation.id,
      summary: action,
      createdAt: ago(days),
    })),
  });
  const [row] = (await getAdminOverview(admin)).organisations;
  expect(row).toMatchObject({ remindersSent: 2, remindersAnswered: 1 });
});

test("time from submission to decision: median and 90th percentile over the period's decisions", async () => {
  const base = ago(30);
  const at = (hours: number) => new Date(base.getTime() + hours * HOUR_MS);
  await trail("offer", "quick", ["offer.submitted", at(0)], ["offer.published", at(10)]);
  // Rejected after 30 hours, submitted again and published 2 hours later: two decisions, each timed from its
  // own submission.
  await trail(
    "offer",
    "again",
    ["offer.submitted", at(0)],
    ["offer.rejected", at(30)],
    ["offer.submitted", at(100)],
    ["offer.published", at(102)],
  );
  // Submitted before the period, decided in it: counts, with its whole wait.
  await trail(
    "offer",
    "slow",
    ["offer.submitted", ago(OVERVIEW_DAYS + 5)],
    ["offer.published", ago(OVERVIEW_DAYS - 5)],
  );
  // Decided before the period: left out.
  await trail("offer", "old", ["offer.submitted", ago(200)], ["offer.published", ago(199)]);
  // Unpublished after a second look is not a decision on a submission.
  await trail("offer", "second-look", ["offer.unpublished", at(5)]);

  await trail("organisation", "new", ["organisation.registered", at(0)], ["organisation.approved", at(48)]);
  await trail("organisation", "refused", ["organisation.registered", at(0)], ["organisation.rejected", at(24)]);
  // Approved once long ago, approved again now (after a suspension): no submission of its own, no wait.
  await trail(
    "organisation",
    "returning",
    ["organisation.registered", ago(300)],
    ["organisation.approved", ago(299)],
    ["organisation.approved", at(1)],
  );

  const { decisions } = await getAdminOverview(admin);
  // Waits: 2 h, 10 h, 30 h and 10 days (240 h).
  expect(decisions.offers.count).toBe(4);
  expect(decisions.offers.medianMs).toBe(20 * HOUR_MS);
  expect(decisions.offers.p90Ms! / HOUR_MS).toBeCloseTo(177);
  expect(decisions.organisations).toEqual({ count: 2, medianMs: 36 * HOUR_MS, p90Ms: 45.6 * HOUR_MS });
});

test("without decisions there are no times", async () => {
  const { decisions } = await getAdminOverview(admin);
  expect(decisions.offers).toEqual({ count: 0, medianMs: null, p90Ms: null });
});

test("open reports, feedback and waiting submissions are counted; handled ones are not", async () => {
  const reported = await makeUser();
  await prisma.abuseReport.createMany({
    data: [
      { reportedUserId: reported.id, reason: "Spam" },
      { reportedUserId: reported.id, reason: "Beleidigung" },
      { reportedUserId: reported.id, reason: "Erledigt", status: "handled", handledAt: NOW },
    ],
  });
  await prisma.accessibilityFeedback.createMany({
    data: [{ message: "Kontrast zu schwach" }, { message: "Erledigt", status: "handled", handledAt: NOW }],
  });
  const pending = await makeOrganisation({ status: "pending" });
  await makeOffer(pending.id, { status: "in_review" });
  await makeOffer(pending.id, { status: "in_review" });
  await makeOffer(pending.id, { status: "draft" });

  const overview = await getAdminOverview(admin);
  expect([overview.openReports, overview.openFeedback]).toEqual([2, 1]);
  expect(overview.waiting).toEqual({ offers: 2, organisations: 1 });
});

test("the overview is for admins only", async () => {
  const organisation = await makeOrganisation();
  const owner = await makeUser();
  await makeMembership(owner.id, organisation.id, "owner");
  await expect(getAdminOverview(await actorFor(owner.id))).rejects.toMatchObject({ code: "forbidden" });
  await expect(getAdminOverview(null)).rejects.toMatchObject({ code: "unauthenticated" });
});
