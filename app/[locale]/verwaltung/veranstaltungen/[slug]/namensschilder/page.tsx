import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor, requireRecentPageSignIn } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { listBadges } from "@/lib/events/badges";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { EventAdminNav } from "../../_components/event-admin-nav";
import { PrintButton } from "../../_components/print-button";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin.badges" });
  return { title: t("title"), robots: { index: false } };
}

/** Name badges to print and cut: name, organisation, working group, and a QR code where the person agreed. */
export default async function BadgesPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, `/verwaltung/veranstaltungen/${slug}/namensschilder`);
  if (!can(actor, "event:manage")) notFound();
  // An attendee list: only with a sign-in from the last hour (lib/auth/session-lifetime.ts).
  requireRecentPageSignIn(actor, locale, `/verwaltung/veranstaltungen/${slug}/namensschilder`);
  const event = (await findEventForAdmin(actor, slug)) ?? notFound();
  const badges = await listBadges(actor, event.id);
  const t = await getTranslations("EventAdmin.badges");
  return (
    <>
      <EventAdminNav slug={event.slug} current="badges" />
      <h1 className="no-print">
        {t("title")}: {event.title}
      </h1>
      <p className="no-print">{t("intro", { count: badges.length })}</p>
      <p className="no-print">
        <PrintButton label={t("print")} />
      </p>
      {badges.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="name-badges">
          {badges.map((badge) => (
            <li key={badge.id} className="name-badge">
              <p className="name-badge__event">{event.title}</p>
              <p className="name-badge__name">{badge.name}</p>
              {badge.organisationName ? <p className="name-badge__organisation">{badge.organisationName}</p> : null}
              {badge.group ? <p className="name-badge__group">{t("group", { group: badge.group })}</p> : null}
              {badge.qrSvg ? (
                <span
                  className="name-badge__qr"
                  role="img"
                  aria-label={t("qrLabel", { name: badge.name })}
                  // The SVG is made on the server by the qrcode library from the profile address, not from input.
                  dangerouslySetInnerHTML={{ __html: badge.qrSvg }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
