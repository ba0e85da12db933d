import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { OfferLocationMap } from "@/components/map/offer-location-map";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { findEventPage } from "@/lib/events/event-queries";
import { EVENT_TIME_ZONE, readDeadline } from "@/lib/events/event-time";
import { Link } from "@/lib/i18n/navigation";
import { parseSlug } from "@/lib/validation/page-params";
import { cancelRegistrationAction } from "./actions";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const parsed = parseSlug(slug);
  const event = parsed ? await findEventPage(parsed, null, locale) : null;
  return event ? { title: event.title, description: event.description.slice(0, 160) } : {};
}

export default async function EventPage({ params }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug);
  if (!slug) notFound();
  const actor = await getActor();
  const event = await findEventPage(slug, actor?.userId ?? null, locale);
  if (!event) notFound();
  const t = await getTranslations("EventPage");
  const format = await getFormatter();
  // Event times are Berlin times, whatever zone the reader's device or the server is in.
  const timeZone = EVENT_TIME_ZONE;
  const when = format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "full", timeStyle: "short", timeZone });
  // "bis einschließlich 1. Februar 2027", not "2. Februar 2027 um 00:00", which reads as a day later.
  const closing = readDeadline(event.registrationClosesAt);
  const deadline =
    closing.kind === "end-of-day"
      ? t("deadlineThrough", { day: format.dateTime(closing.day, { dateStyle: "long", timeZone }) })
      : format.dateTime(closing.at, { dateStyle: "long", timeStyle: "short", timeZone });
  const own = event.viewerRegistration;

  return (
    <article className="event">
      <h1>{event.title}</h1>
      {event.status === "cancelled" ? <p className="notice notice--warning">{t("cancelled")}</p> : null}
      <dl className="facts">
        <dt>{t("when")}</dt>
        <dd>{when}</dd>
        <dt>{t("where")}</dt>
        <dd>
          {event.venueName}
          <br />
          {event.venueAddress}
        </dd>
        <dt>{t("places")}</dt>
        <dd>
          {t("placesLeft", { left: event.placesLeft, capacity: event.capacity })}
          {event.waitlisted > 0 ? ` · ${t("waitlistLength", { count: event.waitlisted })}` : null}
        </dd>
        <dt>{t("deadline")}</dt>
        <dd>{deadline}</dd>
      </dl>
      <p>
        <a href={`/api/v1/events/${event.slug}/ical?locale=${locale}`} download>
          {t("addToCalendar")}
        </a>
      </p>

      {/* The mails' cancel link points here (lib/events/registration-mail.ts). */}
      <section id="anmeldung" aria-labelledby="registration-heading" className="card">
        <h2 id="registration-heading">{t("registration")}</h2>
        {own ? (
          <div>
            <p className="notice notice--success">
              {own.status === "confirmed"
                ? t("youAreConfirmed")
                : t("youAreWaitlisted", { position: own.waitlistPosition ?? 0 })}
            </p>
            {own.group ? (
              <p>
                {own.group.status === "assigned"
                  ? t("yourGroup", { group: own.group.title })
                  : t("yourGroupWaitlist", { group: own.group.title })}
              </p>
            ) : null}
            <p>
              <Link href="/netzwerk">{t("toNetwork")}</Link> ·{" "}
              <Link href="/netzwerk/arbeitsgruppen">{t("toGroups")}</Link>
            </p>
            {!event.isOver ? (
              <ActionButton
                action={cancelRegistrationAction.bind(null, own.id)}
                label={t("cancel")}
                variant="danger"
                confirm={t("cancelConfirm")}
                done={t("cancelled")}
              />
            ) : null}
          </div>
        ) : event.window === "open" ? (
          <>
            <p>{event.placesLeft > 0 ? t("registerInvite") : event.hasWaitlist ? t("waitlistInvite") : t("full")}</p>
            {event.placesLeft > 0 || event.hasWaitlist ? (
              <p>
                <Link className="button" href={`/veranstaltungen/${event.slug}/anmeldung`}>
                  {actor ? t("register") : t("signInToRegister")}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p>{event.window === "not-open" ? t("notOpenYet") : t("closed")}</p>
        )}
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t("about")}</h2>
        <p className="prose">{event.description}</p>
      </section>

      {event.agenda ? (
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t("agenda")}</h2>
          <ol className="agenda">
            {event.agenda
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line, index) => (
                <li key={index}>{line}</li>
              ))}
          </ol>
        </section>
      ) : null}

      {event.workingGroups.length > 0 ? (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading">{t("workingGroups")}</h2>
          <ul className="card-list">
            {event.workingGroups.map((group) => (
              <li key={group.id} className="card">
                <h3>{group.title}</h3>
                {group.description ? <p>{group.description}</p> : null}
                <p className="meta">{t("groupPlaces", { left: group.placesLeft, capacity: group.capacity })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.lat !== null && event.lng !== null ? (
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">{t("map")}</h2>
          <OfferLocationMap
            pins={[
              {
                id: event.slug,
                title: event.venueName,
                organisationName: event.venueAddress,
                url: `/${locale}/veranstaltungen/${event.slug}`,
                lat: event.lat,
                lng: event.lng,
              },
            ]}
            labels={{ map: t("map") }}
            hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
          />
        </section>
      ) : null}
    </article>
  );
}
