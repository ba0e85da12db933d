import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { inspectFreshnessLink, applyFreshnessLink } from "@/lib/freshness/freshness-links";
import { escalateUnansweredReminders, runReminderJob, sendReminderDigests } from "@/lib/freshness/reminders";
import { DAY_MS } from "@/lib/offers/freshness";
import { makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Time is passed as `now`: the digest run a second ago, the escalation weeks later. Offers become stale by
// moving their lastConfirmedAt back, so the links in the mails work at the real clock.

const NOW = new Date(Date.now() - 1_000);
const daysAfterNow = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const STALE = daysAfterNow(-(env.OFFER_STALE_AFTER_DAYS + 10));
const ESCALATION_DUE = daysAfterNow(env.ESCALATE_AFTER_DAYS + 1);

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

async function offer(organisationId: string, title: string, lastConfirmedAt: Date) {
  const { id } = await makeOffer(organisationId, { title });
  await prisma.offer.update({ where: { id }, data: { lastConfirmedAt } });
  return { id, title };
}

async function organisationWithMembers(count: number) {
  const organisation = await makeOrganisation();
  const members = [];
  for (let i = 0; i < count; i++) {
    const member = await makeUser({ locale: i === 0 ? "de" : "en" });
    await makeMembership(member.id, organisation.id, i === 0 ? "owner" : "editor");
    members.push(member);
  }
  return { ...organisation, members };
}

const mailsTo = (to: string) => prisma.devMail.findMany({ where: { to }, select: { subject: true, text: true } });

/** The `token` parameters of the links in a mail's text. */
function linkTokens(text: string): string[] {
  return (text.match(/https?:\/\/\S+/g) ?? [])
    .map((url) => new URL(url).searchParams.get("token"))
    .filter((token): token is string => token !== null);
}

/** The link in the mail that would confirm this offer (found by what the link says it does, not by layout). */
async function confirmTokenFor(text: string, offerId: string): Promise<string> {
  for (const token of linkTokens(text)) {
    const state = await inspectFreshnessLink(token);
    if (state.status === "ready" && state.action.kind === "confirm" && state.action.offerId === offerId) return token;
  }
  throw new Error(`No confirm link for ${offerId} in:\n${text}`);
}

test("two stale offers of one organisation make one digest per member that lists both", async () => {
  const organisation = await organisationWithMembers(2);
  const first = await offer(organisation.id, "Sprachcafé", STALE);
  const second = await offer(organisation.id, "Hausaufgabenhilfe", STALE);
  const fresh = await offer(organisation.id, "Frisch bestätigt", daysAfterNow(-3));

  expect(await sendReminderDigests(NOW)).toEqual({ digests: 1, offersReminded: 2, failedMails: 0 });

  expect(await prisma.devMail.count()).toBe(2);
  for (const member of organisation.members) {
    const [mail, ...others] = await mailsTo(member.email);
    expect(others).toEqual([]);
    expect(mail!.subject).toContain(organisation.name);
    expect(mail!.text).toContain(first.title);
    expect(mail!.text).toContain(second.title);
    expect(mail!.text).not.toContain(fresh.title);
    await confirmTokenFor(mail!.text, first.id);
    await confirmTokenFor(mail!.text, second.id);
  }
  expect(
    await prisma.offer.findMany({ where: { reminderSentAt: NOW }, select: { id: true }, orderBy: { title: "asc" } }),
  ).toEqual([{ id: second.id }, { id: first.id }]);
});

test("each member's links lead to the site in their language", async () => {
  const organisation = await organisationWithMembers(2);
  await offer(organisation.id, "Sprachcafé", STALE);
  await sendReminderDigests(NOW);
  const [german, english] = organisation.members;
  expect((await mailsTo(german!.email))[0]!.text).toContain(`${env.PUBLIC_URL}/de/angebot-aktualisieren?token=`);
  expect((await mailsTo(english!.email))[0]!.text).toContain(`${env.PUBLIC_URL}/en/angebot-aktualisieren?token=`);
});

test("each organisation gets its own digest", async () => {
  const first = await organisationWithMembers(1);
  const second = await organisationWithMembers(1);
  const offerOfFirst = await offer(first.id, "Sprachcafé", STALE);
  const offerOfSecond = await offer(second.id, "Nähcafé", STALE);

  expect(await sendReminderDigests(NOW)).toMatchObject({ digests: 2, offersReminded: 2 });
  const [mailOfFirst] = await mailsTo(first.members[0]!.email);
  expect(mailOfFirst!.text).toContain(offerOfFirst.title);
  expect(mailOfFirst!.text).not.toContain(offerOfSecond.title);
});

test("unpublished and fresh offers are not reminded", async () => {
  const organisation = await organisationWithMembers(1);
  for (const status of ["draft", "in_review", "archived"]) {
    const { id } = await makeOffer(organisation.id, { status });
    await prisma.offer.update({ where: { id }, data: { lastConfirmedAt: STALE } });
  }
  await offer(organisation.id, "Gerade noch frisch", daysAfterNow(-(env.OFFER_STALE_AFTER_DAYS - 1)));
  expect(await sendReminderDigests(NOW)).toEqual({ digests: 0, offersReminded: 0, failedMails: 0 });
  expect(await prisma.devMail.count()).toBe(0);
});

test("a second run sends nothing", async () => {
  const organisation = await organisationWithMembers(2);
  await offer(organisation.id, "Sprachcafé", STALE);
  await sendReminderDigests(NOW);
  const mails = await prisma.devMail.count();

  expect(await sendReminderDigests(NOW)).toEqual({ digests: 0, offersReminded: 0, failedMails: 0 });
  expect(await sendReminderDigests(daysAfterNow(1))).toMatchObject({ digests: 0 });
  expect(await prisma.devMail.count()).toBe(mails);
});

test("the confirm link from the mail makes the offer fresh and queues it for the search index", async () => {
  const organisation = await organisationWithMembers(1);
  const stale = await offer(organisation.id, "Sprachcafé", STALE);
  await sendReminderDigests(NOW);
  const [mail] = await mailsTo(organisation.members[0]!.email);
  const token = await confirmTokenFor(mail!.text, stale.id);
  await prisma.outboxEvent.deleteMany();

  expect(await applyFreshnessLink(token)).toMatchObject({ status: "done" });

  const confirmed = await prisma.offer.findUniqueOrThrow({
    where: { id: stale.id },
    select: { lastConfirmedAt: true, reminderSentAt: true, escalatedAt: true },
  });
  expect(confirmed.lastConfirmedAt.getTime()).toBeGreaterThan(NOW.getTime());
  expect(confirmed).toMatchObject({ reminderSentAt: null, escalatedAt: null });
  expect(await prisma.outboxEvent.findMany({ select: { entityType: true, entityId: true, operation: true } })).toEqual([
    { entityType: "offer", entityId: stale.id, operation: "upsert" },
  ]);
  // Fresh again, so neither the next digest nor the escalation lists it.
  expect(await runReminderJob(ESCALATION_DUE)).toEqual({
    digests: 0,
    offersReminded: 0,
    escalatedOffers: 0,
    failedMails: 0,
  });
});

test(`an offer unconfirmed ${env.ESCALATE_AFTER_DAYS} days after its digest is reported to the admins once`, async () => {
  const organisation = await organisationWithMembers(1);
  const admins = [await makeUser({ isAdmin: true }), await makeUser({ isAdmin: true, locale: "en" })];
  const unanswered = await offer(organisation.id, "Sprachcafé", STALE);
  const answered = await offer(organisation.id, "Nähcafé", STALE);
  await sendReminderDigests(NOW);
  const [digest] = await mailsTo(organisation.members[0]!.email);
  await applyFreshnessLink(await confirmTokenFor(digest!.text, answered.id));

  expect(await escalateUnansweredReminders(daysAfterNow(env.ESCALATE_AFTER_DAYS - 1))).toEqual({
    escalatedOffers: 0,
    failedMails: 0,
  });
  expect(await escalateUnansweredReminders(ESCALATION_DUE)).toEqual({ escalatedOffers: 1, failedMails: 0 });

  for (const admin of admins) {
    const mails = await mailsTo(admin.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(unanswered.title);
    expect(mails[0]!.text).not.toContain(answered.title);
  }
  expect(await prisma.devMail.count({ where: { to: organisation.members[0]!.email } })).toBe(1);
  expect(await prisma.offer.findUniqueOrThrow({ where: { id: unanswered.id } })).toMatchObject({
    escalatedAt: ESCALATION_DUE,
  });

  expect(await escalateUnansweredReminders(daysAfterNow(env.ESCALATE_AFTER_DAYS + 30))).toEqual({
    escalatedOffers: 0,
    failedMails: 0,
  });
  expect(await prisma.devMail.count({ where: { to: { in: admins.map((admin) => admin.email) } } })).toBe(2);
});

test("offers of an organisation without members go to the admins directly, without a digest", async () => {
  const admin = await makeUser({ isAdmin: true });
  const nobodys = await makeOrganisation();
  const orphan = await offer(nobodys.id, "Ohne Ansprechperson", STALE);

  expect(await runReminderJob(NOW)).toEqual({ digests: 0, offersReminded: 0, escalatedOffers: 1, failedMails: 0 });
  const mails = await prisma.devMail.findMany({ select: { to: true, text: true } });
  expect(mails).toEqual([{ to: admin.email, text: expect.stringContaining(orphan.title) }]);
  expect(mails[0]!.text).toContain(nobodys.name);

  expect(await runReminderJob(daysAfterNow(1))).toMatchObject({ escalatedOffers: 0 });
  expect(await prisma.devMail.count()).toBe(1);
});

test("without any admin nothing is marked as escalated, so a later run still reports it", async () => {
  const nobodys = await makeOrganisation();
  const orphan = await offer(nobodys.id, "Ohne Ansprechperson", STALE);
  expect(await escalateUnansweredReminders(NOW)).toEqual({ escalatedOffers: 0, failedMails: 0 });
  expect(await prisma.offer.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({ escalatedAt: null });

  await makeUser({ isAdmin: true });
  expect(await escalateUnansweredReminders(daysAfterNow(1))).toEqual({ escalatedOffers: 1, failedMails: 0 });
});
