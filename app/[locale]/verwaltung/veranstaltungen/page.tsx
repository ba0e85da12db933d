import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { listEventsForAdmin } from "@/lib/events/event-admin";
import { Link } from "@/lib/i18n/navigation";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin" });
  return { title: t("listTitle"), robots: { index: false } };
}

export default async function AdminEventsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/veranstaltungen");
  if (!can(actor, "event:manage")) notFound();
  const events = await listEventsForAdmin(actor);
  const t = await getTranslations("EventAdmin");
  const format = await getFormatter();
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("backToAdmin")}</Link>
      </p>
      <h1>{t("listTitle")}</h1>
      <p>
        <Link href="/verwaltung/veranstaltungen/neu" className="button">
          {t("newEvent")}
        </Link>
      </p>
      {events.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <ScrollRegion label={t("listCaption")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.event")}</th>
                <th scope="col">{t("columns.date")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.confirmed")}</th>
                <th scope="col">{t("columns.waitlisted")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <Link href={`/verwaltung/veranstaltungen/${event.slug}`}>{event.title}</Link>
                  </th>
                  <td>
                    <time dateTime={event.startsAt.toISOString()}>
                      {format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                  <td>{t(`eventStatus.${event.status}`)}</td>
                  <td>{t("placesTaken", { confirmed: event.confirmed, capacity: event.capacity })}</td>
                  <td>{event.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
