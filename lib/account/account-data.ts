import type { Prisma } from "@/generated/prisma/client";
import { parsePreviousEmails } from "@/lib/account/mutations";
import { prisma } from "@/lib/db";
import { visibilitySelect } from "@/lib/network/visibility";
import { DomainError } from "@/lib/result";
import { citedGapSelect } from "@/lib/working-groups/gap-view";

// Everything the platform holds about one person (GDPR art. 15 and 20): shown on the account page and
// downloaded as JSON. lib/account/account.db.test.ts reads prisma/schema.prisma and fails when a column of a
// table that belongs to a person is neither here nor on its list of columns left out, with the reason.
// Left out on purpose:
// - secrets: session tokens, sign-in provider tokens, hashes of invitation and sign-in links;
// - keys of other people (whom a request went to, who reported or blocked the person): what the person may
//   see of others is what the network pages show them;
// - the reason of a report about the person: it may reveal who reported (art. 15(4)); its status and dates
//   are here;
// - the development mailbox and sign-in tokens, found only by address: copies of sign-in links, deleted within
//   days (lib/retention/retention-job.ts).

const title = { select: { title: true } } as const;
const organisationName = { select: { name: true } } as const;

/** An invitation as the person sees it, sent or received. */
const invitationSelect = {
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  createdAt: true,
  organisation: organisationName,
} as const;

const accountDataSelect = {
  name: true,
  email: true,
  emailVerified: true,
  emailChangedAt: true,
  previousEmailsJson: true,
  image: true,
  isAdmin: true,
  isDemo: true,
  locale: true,
  createdAt: true,
  updatedAt: true,
  accounts: { select: { type: true, provider: true, providerAccountId: true, createdAt: true, updatedAt: true } },
  sessions: { select: { expires: true, createdAt: true, updatedAt: true } },
  memberships: {
    select: { role: true, createdAt: true, organisation: { select: { name: true, slug: true, status: true } } },
  },
  organisationClaims: {
    select: { message: true, status: true, decidedAt: true, createdAt: true, organisation: organisationName },
  },
  invitationsSent: {
    select: invitationSelect,
  },
  registrations: {
    select: {
      sequence: true,
      status: true,
      name: true,
      organisationName: true,
      role: true,
      accessibilityNeeds: true,
      groupStatus: true,
      assignmentReason: true,
      keepsGroup: true,
      checkedInAt: true,
      cancelledAt: true,
      anonymisedAt: true,
      createdAt: true,
      updatedAt: true,
      event: { select: { title: true, startsAt: true } },
      municipality: { select: { name: true } },
      firstChoice: title,
      secondChoice: title,
      assignedGroup: title,
    },
  },
  workingGroupSeats: {
    select: { createdAt: true, workingGroup: { select: { title: true, event: { select: { title: true } } } } },
  },
  // The working groups an admin appointed the person to moderate.
  moderatedGroups: {
    select: { createdAt: true, workingGroup: { select: { title: true, event: { select: { title: true } } } } },
  },
  profile: {
    select: {
      displayName: true,
      organisationName: true,
      organisationKind: true,
      contactEmail: true,
      phone: true,
      roleTitle: true,
      languagesJson: true,
      offersText: true,
      seeksText: true,
      ...visibilitySelect,
      visibleUntil: true,
      consentedAt: true,
      createdAt: true,
      updatedAt: true,
      municipality: { select: { name: true } },
      topics: { select: { topic: { select: { slug: true } } } },
    },
  },
  contactRequestsSent: { select: { message: true, status: true, createdAt: true, respondedAt: true } },
  contactRequestsGot: { select: { message: true, status: true, createdAt: true, respondedAt: true } },
  blocksMade: { select: { createdAt: true } },
  blocksReceived: { select: { createdAt: true } },
  reportsMade: { select: { reason: true, status: true, createdAt: true, handledAt: true } },
  reportsReceived: { select: { status: true, createdAt: true, handledAt: true } },
  recommendations: {
    select: {
      title: true,
      text: true,
      status: true,
      ...citedGapSelect,
      createdAt: true,
      updatedAt: true,
      workingGroup: title,
    },
  },
  recommendationVotes: { select: { createdAt: true, recommendation: title } },
  auditEvents: {
    select: {
      action: true,
      entityType: true,
      summary: true,
      createdAt: true,
      pseudonymisedAt: true,
      organisation: organisationName,
    },
    orderBy: { createdAt: "desc" },
  },
  // Imports the person ran as an admin: which file, from which source, with what result.
  importRuns: {
    select: {
      source: true,
      fileName: true,
      format: true,
      status: true,
      totalRows: true,
      processedRows: true,
      created: true,
      updated: true,
      unchanged: true,
      skipped: true,
      startedAt: true,
      finishedAt: true,
      approvedAt: true,
      createdAt: true,
      updatedAt: true,
    },
    orderBy: { createdAt: "desc" },
  },
} satisfies Prisma.UserSelect;

export async function collectAccountData(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: accountDataSelect });
  if (!user) throw new DomainError("not_found", "notFound");
  // Found by address, current or earlier (addresses are stored in lower case): invitations others sent to the
  // person and feedback the person left an address with.
  const addresses = [user.email, ...parsePreviousEmails(user.previousEmailsJson)];
  const [invitationsReceived, accessibilityFeedback] = await Promise.all([
    prisma.invitation.findMany({
      where: { email: { in: addresses } },
      select: invitationSelect,
      orderBy: { createdAt: "desc" },
    }),
    prisma.accessibilityFeedback.findMany({
      where: { email: { in: addresses } },
      select: {
        message: true,
        pageUrl: true,
        email: true,
        locale: true,
        status: true,
        createdAt: true,
        handledAt: true,
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { ...user, invitationsReceived, accessibilityFeedback };
}

export type AccountData = Awaited<ReturnType<typeof collectAccountData>>;
