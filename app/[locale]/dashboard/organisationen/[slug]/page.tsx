import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { listSimilarOffersNearby } from "@/lib/offers/similar-offers-nearby";
import { getOrganisationDashboard } from "@/lib/organisations/dashboard-queries";
import { DomainError } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";
import { confirmOffersAction, setAvailabilityAction } from "../../angebote/actions";
import { changeMemberAction, inviteMemberAction, leaveOrganisationAction } from "../actions";
import { InviteForm } from "./_components/invite-form";
import { OfferTable } from "./_components/offer-table";
import { SimilarOffersNearby } from "./_components/similar-offers-nearby";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OrganisationDashboard" });
  return { title: t("title") };
}

async function loadDashboard(locale: string, rawSlug: string) {
  const slug = parseSlug(rawSlug);
  if (!slug) notFound();
  const actor = await getPageActor(locale, `/dashboard/organisationen/${slug}`);
  try {
    return await getOrganisationDashboard(actor, slug);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

export default async function OrganisationDashboardPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const dashboard = await loadDashboard(locale, slug);
  const similarOffers = await listSimilarOffersNearby(dashboard.id, locale);
  const t = await getTranslations("OrganisationDashboard");
  const tMembers = await getTranslations("Members");
  const format = await getFormatter();
  const availabilityActions = Object.fromEntries(
    dashboard.offers.map((offer) => [offer.id, setAvailabilityAction.bind(null, offer.id)]),
  );
  return (
    <>
      <p>
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{dashboard.name}</h1>
      {dashboard.status === "pending" ? <p className="notice">{t("pendingNotice")}</p> : null}
      {dashboard.status === "rejected" ? (
        <p className="notice notice--alert">{t("rejectedNotice", { reason: dashboard.rejectionReason ?? "" })}</p>
      ) : null}
      <p className="button-row">
        <Link href={`/dashboard/organisationen/${dashboard.slug}/angebote/neu`} className="button">
          {t("newOffer")}
        </Link>
        <Link href={`/dashboard/organisationen/${dashboard.slug}/profil`} className="button button--secondary">
          {t("editProfile")}
        </Link>
        {dashboard.canViewAudit ? (
          <Link href={`/dashboard/organisationen/${dashboard.slug}/protokoll`} className="button button--secondary">
            {t("audit")}
          </Link>
        ) : null}
      </p>

      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t("offers", { count: dashboard.offers.length })}</h2>
        {dashboard.offers.length === 0 ? (
          <p>{t("noOffers")}</p>
        ) : (
          <OfferTable
            offers={dashboard.offers}
            confirmAction={confirmOffersAction.bind(null, dashboard.id)}
            availabilityActions={availabilityActions}
          />
        )}
      </section>

      <SimilarOffersNearby offers={similarOffers} locale={locale} />

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{tMembers("title")}</h2>
        <ul className="member-list">
          {dashboard.members.map((member) => (
            <li key={member.userId}>
              <span>
                {member.name ?? member.email} ({member.email}) · {tMembers(`roles.${member.role as "owner"}`)}
                {member.isMe ? ` · ${tMembers("you")}` : ""}
              </span>
              {dashboard.canManageMembers && !member.isMe ? (
                <span className="button-row">
                  {member.role !== "owner" ? (
                    <ActionButton
                      action={changeMemberAction.bind(null, dashboard.id, "transfer")}
                      fields={{ userId: member.userId }}
                      label={tMembers("makeOwner")}
                      confirm={tMembers("makeOwnerConfirm", { email: member.email })}
                    />
                  ) : null}
                  <ActionButton
                    action={changeMemberAction.bind(null, dashboard.id, "remove")}
                    fields={{ userId: member.userId }}
                    label={tMembers("remove")}
                    variant="danger"
                    confirm={tMembers("removeConfirm", { email: member.email })}
                  />
                </span>
              ) : null}
              {member.isMe ? (
                <ActionButton
                  action={leaveOrganisationAction.bind(null, dashboard.id)}
                  label={tMembers("leave")}
                  variant="danger"
                  confirm={tMembers("leaveConfirm")}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {dashboard.canManageMembers ? (
          <>
            {dashboard.invitations.length > 0 ? (
              <>
                <h3>{tMembers("pendingInvitations")}</h3>
                <ul>
                  {dashboard.invitations.map((invitation) => (
                    <li key={invitation.id}>
                      {invitation.email} · {tMembers(`roles.${invitation.role as "owner"}`)} ·{" "}
                      {tMembers("validUntil", {
                        date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" }),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>{tMembers("inviteHeading")}</h3>
            <InviteForm action={inviteMemberAction.bind(null, dashboard.id)} />
          </>
        ) : null}
      </section>
    </>
  );
}
