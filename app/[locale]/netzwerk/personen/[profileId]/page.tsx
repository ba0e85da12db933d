import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { contactDetailsFor, listContactRequests } from "@/lib/network/contact-requests";
import { findShownProfile, previewOwnProfile, type ShownProfile } from "@/lib/network/directory";
import { recordIdSchema } from "@/lib/validation/fields";
import { ContactDetailsList } from "../../_components/contact-details-list";
import { ContactRequestForm } from "../../_components/contact-request-form";
import { ProfileCard } from "../../_components/profile-card";
import { ReportForm } from "../../_components/report-form";
import { blockPersonAction, reportPersonAction, sendContactRequestAction } from "./actions";

type Props = { params: Promise<{ locale: string; profileId: string }> };

// Metadata and page ask for the same profile; once per request is enough.
const shownProfile = cache((profileId: string, viewerUserId: string | null, locale: string) =>
  findShownProfile(profileId, viewerUserId, locale),
);

/** The profile as the viewer may see it; unknown, hidden, blocked and malformed ids alike are a 404. */
async function load(params: Props["params"]) {
  const { locale, profileId } = await params;
  const id = recordIdSchema.safeParse(profileId);
  if (!id.success) notFound();
  const actor = await getActor();
  const profile = await shownProfile(id.data, actor?.userId ?? null, locale);
  if (!profile) notFound();
  return { locale, actor, profile };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { profile } = await load(params);
  // Profiles are shown by consent, for a limited time: search engines should not keep copies.
  return { title: profile.displayName ?? undefined, robots: { index: false } };
}

/** How the viewer and the person stand: connected, a request either way, or nothing yet. */
async function contactState(actor: Actor, profile: ShownProfile) {
  const details = await contactDetailsFor(actor.userId, profile.userId);
  if (details) return { kind: "connected", details } as const;
  const requests = await listContactRequests(actor.userId);
  if (requests.outgoing.some((r) => r.profileId === profile.id && r.status === "pending"))
    return { kind: "pending" } as const;
  if (requests.incoming.some((r) => r.profileId === profile.id)) return { kind: "incoming" } as const;
  // A request says who is asking; without a profile of one's own the recipient would get a nameless request.
  if (!(await previewOwnProfile(actor.userId, "de"))) return { kind: "needsProfile" } as const;
  return { kind: "none" } as const;
}

export default async function PersonPage({ params }: Props) {
  const { locale, actor, profile } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("Network.person");
  const name = profile.displayName ?? "";
  const state = actor && profile.relation !== "self" ? await contactState(actor, profile) : null;
  return (
    <>
      <p>
        <Link href="/netzwerk">{t("back")}</Link>
      </p>
      <ProfileCard profile={profile} locale={locale} headingLevel={1} isLinked={false} isFull />
      {profile.relation === "self" ? (
        <p className="notice">
          {t("self")} <Link href="/netzwerk/profil">{t("editOwn")}</Link>
        </p>
      ) : null}

      {!actor ? (
        <p>
          <Link href={{ pathname: "/anmelden", query: { callbackUrl: `/${locale}/netzwerk/personen/${profile.id}` } }}>
            {t("signInToContact", { name })}
          </Link>
        </p>
      ) : null}

      {state ? (
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t("contactTitle")}</h2>
          {state.kind === "connected" ? (
            <>
              <p className="notice notice--ok">{t("connected", { name })}</p>
              <ContactDetailsList details={state.details} profileId={profile.id} name={name} />
            </>
          ) : state.kind === "pending" ? (
            <p className="notice">{t("pending", { name })}</p>
          ) : state.kind === "incoming" ? (
            <p className="notice">
              {t("incoming", { name })} <Link href="/netzwerk/kontakte">{t("answerIncoming")}</Link>
            </p>
          ) : state.kind === "needsProfile" ? (
            <p className="notice">
              {t("needsProfile", { name })} <Link href="/netzwerk/profil">{t("createProfile")}</Link>
            </p>
          ) : (
            <>
              <p>{t("requestIntro", { name })}</p>
              <ContactRequestForm action={sendContactRequestAction.bind(null, profile.id)} name={name} />
            </>
          )}
        </section>
      ) : null}

      {actor && profile.relation !== "self" ? (
        <section aria-labelledby="safety-heading">
          <h2 id="safety-heading">{t("safetyTitle")}</h2>
          <details className="network-details">
            <summary>{t("block", { name })}</summary>
            <p>{t("blockExplanation", { name })}</p>
            <ActionButton
              action={blockPersonAction.bind(null, profile.id)}
              label={t("confirmBlock", { name })}
              variant="danger"
            />
          </details>
          <ReportForm action={reportPersonAction.bind(null, profile.id)} name={name} />
        </section>
      ) : null}
    </>
  );
}
