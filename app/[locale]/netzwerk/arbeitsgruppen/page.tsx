import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { listReadableWorkingGroups } from "@/lib/working-groups/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "WorkingGroups" });
  return { title: t("title"), robots: { index: false } };
}

export default async function WorkingGroupsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/netzwerk/arbeitsgruppen");
  const events = await listReadableWorkingGroups(actor, locale);
  const t = await getTranslations("WorkingGroups");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="description">{t("intro")}</p>
      {events.length === 0 ? <p className="notice">{t("noGroups")}</p> : null}
      {events.map((event) => (
        <section key={event.eventId} aria-labelledby={`event-${event.eventId}`}>
          <h2 id={`event-${event.eventId}`}>{event.eventTitle}</h2>
          <p className="meta">{format.dateTime(event.startsAt, { dateStyle: "long" })}</p>
          <ul className="card-grid card-grid--list">
            {event.groups.map((group) => (
              <li key={group.id} className={group.isMine ? "card card--highlighted" : "card"}>
                <h3>
                  <Link href={`/netzwerk/arbeitsgruppen/${group.id}`}>{group.title}</Link>
                </h3>
                {group.isMine ? (
                  <p className="badges">
                    <span className="badge badge--ok">{t("yourGroup")}</span>
                  </p>
                ) : null}
                {group.topicName ? <p className="meta">{t("topic", { topic: group.topicName })}</p> : null}
                <p>
                  {t("groupCounts", {
                    members: group.memberCount,
                    capacity: group.capacity,
                    recommendations: group.recommendationCount,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
