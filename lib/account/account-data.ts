import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/result";

// Everything the platform holds about one person (GDPR art. 15 and 20): shown on the account page and
// downloaded as JSON. New personal data in the schema belongs here too; the test lists the tables it covers.

export async function collectAccountData(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      emailVerified: true,
      emailChangedAt: true,
      locale: true,
      isAdmin: true,
      createdAt: true,
      memberships: {
        select: { role: true, createdAt: true, organisation: { select: { name: true, slug: true, status: true } } },
      },
      sessions: { select: { expires: true, createdAt: true } },
      organisationClaims: {
        select: { status: true, message: true, createdAt: true, organisation: { select: { name: true } } },
      },
      invitationsSent: { select: { email: true, role: true, createdAt: true, acceptedAt: true } },
      registrations: {
        select: {
          status: true,
          name: true,
          organisationName: true,
          role: true,
          accessibilityNeeds: true,
          createdAt: true,
          event: { select: { title: true } },
        },
      },
      profile: {
        select: {
          displayName: true,
          organisationName: true,
          roleTitle: true,
          languagesJson: true,
          offersText: true,
          seeksText: true,
          visibleUntil: true,
          consentedAt: true,
        },
      },
      contactRequestsSent: { select: { message: true, status: true, createdAt: true } },
      contactRequestsGot: { select: { message: true, status: true, createdAt: true } },
      recommendations: { select: { title: true, text: true, createdAt: true } },
      auditEvents: { select: { action: true, summary: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!user) throw new DomainError("not_found", "notFound");
  const { sessions, ...rest } = user;
  // Session tokens are secrets; the export says how many sessions exist and until when.
  return { ...rest, sessions: sessions.map((session) => ({ createdAt: session.createdAt, expires: session.expires })) };
}

export type AccountData = Awaited<ReturnType<typeof collectAccountData>>;
