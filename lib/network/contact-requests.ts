import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { findShownProfile } from "@/lib/network/directory";
import { DomainError, parseInput } from "@/lib/result";
import { ContactRequestInputSchema, ReportInputSchema } from "@/lib/network/schemas";
import { recordIdSchema } from "@/lib/validation/fields";

// Contact requests: a short message; the recipient accepts or declines; only after acceptance do both see each
// other's contact details. Limits are counted in the database, so a restart does not reset them.

export const CONTACT_REQUESTS_PER_HOUR = 5;
export const CONTACT_REQUESTS_PER_DAY = 20;
export const REPORTS_PER_DAY = 5;

const ResponseSchema = z.enum(["accept", "decline"]);

const HOUR_MS = 3_600_000;

async function recipientOf(profileId: unknown, actor: Actor) {
  const id = parseInput(recordIdSchema, profileId);
  // Only someone the sender can see by name can be asked; a block on either side looks like "not found".
  const shown = await findShownProfile(id, actor.userId, "de");
  if (!shown || shown.relation === "self") throw new DomainError("not_found", "notFound");
  return shown;
}

async function shownName(userId: string): Promise<string> {
  const profile = await prisma.profile.findUnique({ where: { userId }, select: { displayName: true } });
  return profile?.displayName ?? "";
}

export async function sendContactRequest(
  actor: Actor | null,
  profileId: unknown,
  raw: unknown,
  now = new Date(),
): Promise<{ id: string }> {
  assertCan(actor, "network:participate");
  const { message } = parseInput(ContactRequestInputSchema, raw);
  const recipient = await recipientOf(profileId, actor);
  // The recipient must be able to tell who is asking: the request shows the sender's profile name.
  if (!(await prisma.profile.findUnique({ where: { userId: actor.userId }, select: { id: true } })))
    throw new DomainError("conflict", "profileRequired");
  const request = await prisma.$transaction(async (tx) => {
    // Counted inside the transaction, so simultaneous requests cannot slip past the limit together.
    const since = (hours: number) => ({
      fromUserId: actor.userId,
      createdAt: { gt: new Date(now.getTime() - hours * HOUR_MS) },
    });
    const lastHour = await tx.contactRequest.count({ where: since(1) });
    const lastDay = await tx.contactRequest.count({ where: since(24) });
    if (lastHour >= CONTACT_REQUESTS_PER_HOUR || lastDay >= CONTACT_REQUESTS_PER_DAY)
      throw new DomainError("rate_limited", "tooManyContactRequests");
    const open = await tx.contactRequest.findFirst({
      where: {
        status: { in: ["pending", "accepted"] },
        OR: [
          { fromUserId: actor.userId, toUserId: recipient.userId },
          { fromUserId: recipient.userId, toUserId: actor.userId },
        ],
      },
      select: { status: true },
    });
    if (open) throw new DomainError("conflict", open.status === "accepted" ? "alreadyContacts" : "requestPending");
    const created = await tx.contactRequest.create({
      data: { fromUserId: actor.userId, toUserId: recipient.userId, message },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "contact-request.sent",
      entityType: "contact-request",
      entityId: created.id,
      organisationId: null,
      summary: "Kontaktanfrage gesendet",
    });
    return created;
  });

  const [to, senderName] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: recipient.userId }, select: { email: true, locale: true } }),
    shownName(actor.userId),
  ]);
  await sendLocalizedMail([to], (t, { locale }) => ({
    subject: t("contactRequest.receivedSubject", { name: senderName }),
    text: t("contactRequest.receivedText", {
      name: senderName,
      message,
      url: `${env.PUBLIC_URL}/${locale}/netzwerk/kontakte`,
    }),
  }));
  return request;
}

export async function respondToContactRequest(actor: Actor | null, requestId: unknown, response: unknown) {
  assertCan(actor, "network:participate");
  const id = parseInput(recordIdSchema, requestId);
  const decision = parseInput(ResponseSchema, response);
  const request = await prisma.$transaction(async (tx) => {
    const found = await tx.contactRequest.findUnique({
      where: { id },
      select: { toUserId: true, fromUserId: true, status: true },
    });
    if (!found || found.toUserId !== actor.userId) throw new DomainError("not_found", "notFound");
    if (found.status !== "pending") throw new DomainError("conflict", "requestAnswered");
    const status = decision === "accept" ? "accepted" : "declined";
    await tx.contactRequest.update({ where: { id }, data: { status, respondedAt: new Date() } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: `contact-request.${status}`,
      entityType: "contact-request",
      entityId: id,
      organisationId: null,
      summary: decision === "accept" ? "Kontaktanfrage angenommen" : "Kontaktanfrage abgelehnt",
    });
    return found;
  });
  const [sender, recipientName] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: request.fromUserId }, select: { email: true, locale: true } }),
    shownName(actor.userId),
  ]);
  await sendLocalizedMail([sender], (t, { locale }) => {
    const values = { name: recipientName, url: `${env.PUBLIC_URL}/${locale}/netzwerk/kontakte` };
    return decision === "accept"
      ? { subject: t("contactRequest.acceptedSubject", values), text: t("contactRequest.acceptedText", values) }
      : { subject: t("contactRequest.declinedSubject", values), text: t("contactRequest.declinedText", values) };
  });
}

/** Blocks a person: no requests, no suggestions, neither sees the other, an existing contact ends. */
export async function blockPerson(actor: Actor | null, profileId: unknown): Promise<void> {
  assertCan(actor, "network:participate");
  const id = parseInput(recordIdSchema, profileId);
  const profile = await prisma.profile.findUnique({ where: { id }, select: { userId: true } });
  if (!profile || profile.userId === actor.userId) throw new DomainError("not_found", "notFound");
  await prisma.$transaction(async (tx) => {
    await tx.contactBlock.upsert({
      where: { blockerId_blockedId: { blockerId: actor.userId, blockedId: profile.userId } },
      create: { blockerId: actor.userId, blockedId: profile.userId },
      update: {},
    });
    const between = [
      { fromUserId: profile.userId, toUserId: actor.userId },
      { fromUserId: actor.userId, toUserId: profile.userId },
    ];
    // Open requests either way are closed and an existing contact ends: neither sees the other's details again.
    await tx.contactRequest.updateMany({
      where: { OR: between, status: "pending" },
      data: { status: "declined", respondedAt: new Date() },
    });
    await tx.contactRequest.updateMany({
      where: { OR: between, status: "accepted" },
      data: { status: "withdrawn", respondedAt: new Date() },
    });
  });
}

export async function unblockPerson(actor: Actor | null, userId: unknown): Promise<void> {
  assertCan(actor, "network:participate");
  const blockedId = parseInput(z.string().min(1).max(40), userId);
  await prisma.contactBlock.deleteMany({ where: { blockerId: actor.userId, blockedId } });
}

/** Reports a profile to the admins, who get a mail; the reporter's name is not shown to the reported person. */
export async function reportPerson(actor: Actor | null, profileId: unknown, raw: unknown): Promise<void> {
  assertCan(actor, "network:participate");
  const id = parseInput(recordIdSchema, profileId);
  const { reason } = parseInput(ReportInputSchema, raw);
  // Reportable: a profile the reporter can see, or someone who sent or got a request from them (a person who
  // hides their name from the directory can still write). Anything else looks like "not found".
  const profile = await prisma.profile.findUnique({ where: { id }, select: { userId: true, displayName: true } });
  if (!profile || profile.userId === actor.userId) throw new DomainError("not_found", "notFound");
  const inContact = await prisma.contactRequest.count({
    where: {
      OR: [
        { fromUserId: profile.userId, toUserId: actor.userId },
        { fromUserId: actor.userId, toUserId: profile.userId },
      ],
    },
  });
  if (inContact === 0 && !(await findShownProfile(id, actor.userId, "de")))
    throw new DomainError("not_found", "notFound");
  await prisma.$transaction(async (tx) => {
    // Each report mails every admin: a few a day per person are enough to flag real problems.
    const today = await tx.abuseReport.count({
      where: { reporterId: actor.userId, createdAt: { gt: new Date(Date.now() - 24 * HOUR_MS) } },
    });
    if (today >= REPORTS_PER_DAY) throw new DomainError("rate_limited", "tooManyReports");
    const report = await tx.abuseReport.create({
      data: { reporterId: actor.userId, reportedUserId: profile.userId, reason },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "report.created",
      entityType: "report",
      entityId: report.id,
      organisationId: null,
      summary: "Profil gemeldet",
    });
  });
  const admins = await prisma.user.findMany({ where: { isAdmin: true }, select: { email: true, locale: true } });
  await sendLocalizedMail(admins, (t, { locale }) => ({
    subject: t("contactRequest.reportSubject"),
    text: t("contactRequest.reportText", {
      name: profile.displayName,
      reason,
      url: `${env.PUBLIC_URL}/${locale}/netzwerk/personen/${id}`,
    }),
  }));
}

export type ContactDetails = { email: string; phone: string | null };

/** Contact details of a person the viewer is connected with (an accepted request either way), else null. */
export async function contactDetailsFor(viewerUserId: string, otherUserId: string): Promise<ContactDetails | null> {
  const accepted = await prisma.contactRequest.findFirst({
    where: {
      status: "accepted",
      OR: [
        { fromUserId: viewerUserId, toUserId: otherUserId },
        { fromUserId: otherUserId, toUserId: viewerUserId },
      ],
    },
    select: { id: true },
  });
  if (!accepted) return null;
  const user = await prisma.user.findUnique({ where: { id: otherUserId }, select: contactUserSelect });
  return user && contactDetailsOf(user);
}

const contactUserSelect = {
  email: true,
  profile: { select: { id: true, displayName: true, contactEmail: true, phone: true } },
} as const;

/** The contact address is the one the person gave for contacts, else the one they sign in with. */
function contactDetailsOf(user: {
  email: string;
  profile: { contactEmail: string | null; phone: string | null } | null;
}) {
  return { email: user.profile?.contactEmail ?? user.email, phone: user.profile?.phone ?? null };
}

/** The viewer's requests and contacts for the contacts page. */
export async function listContactRequests(userId: string) {
  const requests = await prisma.contactRequest.findMany({
    where: { OR: [{ fromUserId: userId }, { toUserId: userId }], status: { in: ["pending", "accepted", "declined"] } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      message: true,
      status: true,
      createdAt: true,
      fromUserId: true,
      toUserId: true,
      from: { select: contactUserSelect },
      to: { select: contactUserSelect },
    },
  });
  // The requests are the viewer's own and accepted ones connect them, so the details come with the same query.
  const contacts = requests
    .filter((r) => r.status === "accepted")
    .map((r) => {
      const other = r.fromUserId === userId ? r.to : r.from;
      return {
        requestId: r.id,
        profileId: other.profile?.id ?? null,
        name: other.profile?.displayName ?? "",
        details: contactDetailsOf(other),
      };
    });
  return {
    incoming: requests
      .filter((r) => r.fromUserId !== userId && r.status === "pending")
      .map((r) => ({
        id: r.id,
        message: r.message,
        createdAt: r.createdAt,
        name: r.from.profile?.displayName ?? "",
        profileId: r.from.profile?.id ?? null,
      })),
    outgoing: requests
      .filter((r) => r.fromUserId === userId && r.status !== "accepted")
      .map((r) => ({
        id: r.id,
        status: r.status,
        createdAt: r.createdAt,
        name: r.to.profile?.displayName ?? "",
        profileId: r.to.profile?.id ?? null,
      })),
    contacts,
  };
}
