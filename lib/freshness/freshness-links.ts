import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { availabilityValues, type Availability } from "@/lib/offers/availability";
import { writeAvailability, writeConfirmation } from "@/lib/offers/status-updates";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { createSignedToken, verifySignedToken } from "@/lib/tokens/signed-token";

// The links in a reminder digest act without a sign-in: "still current" and "places free / few / waiting list
// / full" for one offer. They are signed (lib/tokens/signed-token.ts) and expire; a link that was already used
// is recognised by comparing with the offer's state and gets its own answer. Opening a link only shows what it
// will do; the change needs a press of the button on that page, because mail scanners open every link.
// Each link names its recipient and works only while that person may still edit the offer (a member of its
// organisation, or an admin). A places-free link is spent by any later change of the status, whoever made it:
// otherwise an old link could undo a newer status.

export const FRESHNESS_LINK_VALID_DAYS = 30;

const PayloadSchema = z.union([
  z.object({ kind: z.literal("confirm"), offerId: z.string(), recipientId: z.string(), issuedAt: z.number() }),
  z.object({
    kind: z.literal("availability"),
    offerId: z.string(),
    recipientId: z.string(),
    issuedAt: z.number(),
    availability: z.enum(availabilityValues),
  }),
]);
type Payload = z.infer<typeof PayloadSchema>;
const PURPOSE = "offer-freshness";

export function createFreshnessToken(
  action: { kind: "confirm" } | { kind: "availability"; availability: Availability },
  offerId: string,
  /** The user the link is mailed to. */
  recipientId: string,
  now = new Date(),
): string {
  return createSignedToken(
    PURPOSE,
    { ...action, offerId, recipientId, issuedAt: now.getTime() },
    new Date(now.getTime() + FRESHNESS_LINK_VALID_DAYS * 86_400_000),
  );
}

export function freshnessLinkUrl(token: string, locale: string): string {
  return `${env.PUBLIC_URL}/${locale}/angebot-aktualisieren?token=${encodeURIComponent(token)}`;
}

export type FreshnessLinkState =
  | { status: "invalid" | "expired" | "revoked" }
  | {
      status: "ready" | "used" | "superseded" | "done";
      action: Payload;
      offer: { title: string; slug: string; lastConfirmedAt: string; availability: string };
    };

type OfferState = { lastConfirmedAt: Date; availability: string; availabilitySetAt: Date | null };

/**
 * "used" when the offer changed as the link would change it after the link was issued; "superseded" when its
 * places-free status was changed to something else since; otherwise the link may still act.
 */
function usability(action: Payload, offer: OfferState): "ready" | "used" | "superseded" {
  if (action.kind === "confirm") return offer.lastConfirmedAt.getTime() > action.issuedAt ? "used" : "ready";
  if ((offer.availabilitySetAt?.getTime() ?? 0) <= action.issuedAt) return "ready";
  return offer.availability === action.availability ? "used" : "superseded";
}

/** Whether the link's recipient may still edit the offer: a member of its organisation, or an admin. */
async function isRecipientEntitled(recipientId: string, organisationId: string): Promise<boolean> {
  const recipient = await prisma.user.findUnique({
    where: { id: recipientId },
    select: { isAdmin: true, memberships: { where: { organisationId }, select: { role: true } } },
  });
  return recipient !== null && (recipient.isAdmin || recipient.memberships.length > 0);
}

async function readLink(token: unknown, now: Date): Promise<FreshnessLinkState> {
  const check = verifySignedToken(PURPOSE, token, (value) => PayloadSchema.safeParse(value).data ?? null, now);
  if (!check.ok) return { status: check.reason === "expired" ? "expired" : "invalid" };
  const action = check.payload;
  const offer = await prisma.offer.findUnique({
    where: { id: action.offerId },
    select: {
      title: true,
      slug: true,
      status: true,
      organisationId: true,
      lastConfirmedAt: true,
      availability: true,
      availabilitySetAt: true,
    },
  });
  if (!offer || offer.status === "archived") return { status: "invalid" };
  if (!(await isRecipientEntitled(action.recipientId, offer.organisationId))) return { status: "revoked" };
  return {
    status: usability(action, offer),
    action,
    offer: {
      title: offer.title,
      slug: offer.slug,
      lastConfirmedAt: offer.lastConfirmedAt.toISOString(),
      availability: offer.availability,
    },
  };
}

/** What a link would do, for the page that shows it before the button is pressed. */
export function inspectFreshnessLink(token: unknown, now = new Date()): Promise<FreshnessLinkState> {
  return readLink(token, now);
}

/** Carries out the link's action once; a second use, or one after a later change, changes nothing. */
export async function applyFreshnessLink(token: unknown, now = new Date()): Promise<FreshnessLinkState> {
  const state = await readLink(token, now);
  if (state.status !== "ready") return state;
  const { action } = state;
  // Checked again inside the write transaction (SQLite runs them one at a time): of two presses at the same
  // moment, the second sees the first one's change and reports "used".
  const outcome = await prisma.$transaction(async (tx) => {
    const offer = await tx.offer.findUniqueOrThrow({
      where: { id: action.offerId },
      select: {
        id: true,
        organisationId: true,
        title: true,
        lastConfirmedAt: true,
        availability: true,
        availabilitySetAt: true,
      },
    });
    const current = usability(action, offer);
    if (current !== "ready") return current;
    if (action.kind === "confirm") await writeConfirmation(tx, [offer], null, "Link aus der Erinnerungsmail");
    else await writeAvailability(tx, offer, action.availability, null, "Link aus der Erinnerungsmail");
    return "done";
  });
  if (outcome !== "done") return { ...state, status: outcome };
  notifyOutboxChanged();
  return { ...state, status: "done" };
}
