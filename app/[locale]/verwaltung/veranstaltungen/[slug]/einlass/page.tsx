import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor, requireRecentPageSignIn } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { listCheckIn } from "@/lib/events/registration-list";
import { setCheckedInAction } from "../../actions";
import { CheckInButton } from "../../_components/check-in-button";
import { EventAdminNav } from "../../_components/event-admin-nav";
import { PrintButton } from "../../_components/print-button";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin.checkIn" });
  return { title: t("title"), robots: { index: false } };
}

/** The list at the door: alphabetical, one button per person, and a printed copy to tick by hand. */
export default async function CheckInPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, `/verwaltung/veranstaltungen/${slug}/einlass`);
  if (!can(actor, "event:manage")) notFound();
  // An attendee list: only with a sign-in from the last hour (lib/auth/session-lifetime.ts).
  requireRecentPageSignIn(actor, locale, `/verwaltung/veranstaltungen/${slug}/einlass`);
  const event = (await findEventForAdmin(actor, slug)) ?? notFound();
  const attendees = await listCheckIn(actor, event.id);
  const t = await getTranslations("EventAdmin.checkIn");
  const tColumns = await getTranslations("EventAdmin.columns");
  const arrived = attendees.filter((attendee) => attendee.checkedInAt).length;
  return (
    <>
      <EventAdminNav slug={event.slug} current="checkIn" />
      <h1>
        {t("title")}: {event.title}
      </h1>
      <p className="no-print">{t("intro")}</p>
      <p className="no-print">
        <PrintButton label={t("print")} />
      </p>
      {attendees.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("caption", { count: attendees.length, arrived })}>
          <table className="data-table check-in-list">
            <caption>{t("caption", { count: attendees.length, arrived })}</caption>
            <thead>
              <tr>
                <th scope="col">{tColumns("name")}</th>
                <th scope="col">{tColumns("organisation")}</th>
                <th scope="col">{tColumns("group")}</th>
                <th scope="col">{t("arrived")}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((attendee) => (
                <tr key={attendee.id}>
                  <th scope="row">{attendee.name}</th>
                  <td>{attendee.organisationName ?? ""}</td>
                  <td>{attendee.group ?? ""}</td>
                  <td>
                    <span className="print-only check-in-box" aria-hidden="true">
                      {attendee.checkedInAt ? "☑" : "☐"}
                    </span>
                    <CheckInButton
                      action={setCheckedInAction.bind(null, attendee.id, !attendee.checkedInAt)}
                      checkedIn={Boolean(attendee.checkedInAt)}
                      personName={attendee.name}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
