import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import { listPublicEvents } from "@/lib/events/event-queries";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventPage" });
  return { title: t("listTitle") };
}

export default async function EventsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("EventPage");
  const format = await getFormatter();
  const events = await listPublicEvents();
  // The feed of all events: webcal:// makes calendar apps subscribe (and refresh) instead of importing once.
  const feedPath = `/api/v1/events.ics?locale=${locale}`;
  const webcalUrl = `${env.PUBLIC_URL.replace(/^https?:/, "webcal:")}${feedPath}`;
  return (
    <>
      <h1>{t("listTitle")}</h1>
      {events.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="card-list">
        {events.map((event) => (
          <li key={event.slug} className="card">
            <h2>
              <Link href={`/veranstaltungen/${event.slug}`}>{event.title}</Link>
            </h2>
            <p>
              {format.dateTime(event.startsAt, { dateStyle: "full" })} · {event.venueName}
            </p>
            <p className="meta">
              {event.status === "cancelled"
                ? t("cancelled")
                : event.window === "open"
                  ? t("placesLeft", { left: event.placesLeft, capacity: event.capacity })
                  : event.window === "not-open"
                    ? t("notOpenYet")
                    : t("closed")}
            </p>
          </li>
        ))}
      </ul>
      <ul className="inline-list">
        <li>
          <a href={webcalUrl}>{t("subscribeCalendar")}</a>
        </li>
        <li>
          <a href={feedPath} download>
            {t("downloadCalendarFeed")}
          </a>
        </li>
      </ul>
    </>
  );
}
