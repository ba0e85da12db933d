import { getFormatter, getTranslations } from "next-intl/server";
import { AvailabilityBadge } from "@/components/availability-badge";
import { LanguageNames } from "@/components/language-names";
import { OfferLocationMap } from "@/components/map/offer-location-map";
import { OfferActions } from "@/components/offer-actions";
import { env } from "@/lib/env";
import { textDirection } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { directionsHref } from "@/lib/map/directions";
import type { OfferDetail } from "@/lib/offers/offer-detail";
import { scheduleNote } from "@/lib/offers/schedule-note";
import type { NearbyOffer } from "@/lib/search/nearby-offers";

// The row a free-text detail appears in, to name it in the note on details left in German.
const detailLabels = {
  scheduleText: "when",
  costNote: "cost",
  accessibility: "accessibility",
  languageNote: "languages",
} as const;

type Props = {
  offer: OfferDetail;
  locale: string;
  nearby?: NearbyOffer[];
  /** The admins' review of an offer not yet public: no share and print buttons for a page nobody can open. */
  preview?: boolean;
};

/** An offer as the public sees it: the offer page, and the admins' preview of it before they decide. */
export async function OfferDetailView({ offer, locale, nearby = [], preview = false }: Props) {
  const t = await getTranslations();
  const point = offer.location.point;
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const weekday = (isoWeekday: number) =>
    // 2024-01-01 was a Monday: ISO weekday n is that date plus n-1 days.
    format.dateTime(new Date(Date.UTC(2024, 0, isoWeekday, 12)), { weekday: "long", timeZone: "UTC" });
  const address = [
    offer.location.name,
    offer.location.street,
    [offer.location.postcode, offer.location.municipality?.name].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");
  const schedule = offer.schedule.text && scheduleNote(offer.schedule.text.text, offer.schedule.slots);

  return (
    <article>
      <header lang={offer.textLocale} dir={textDirection(offer.textLocale)}>
        <h1>{offer.title}</h1>
        <p>{offer.summary}</p>
      </header>
      {offer.textLocale !== locale && (
        <p className="notice">
          {t("OfferPage.translationFallback")} {t("OfferPage.givenInNote")}{" "}
          <LanguageNames codes={offer.languages} locale={locale} />
        </p>
      )}
      {offer.untranslatedDetails.length > 0 && (
        <p className="notice">
          {t("OfferPage.partialTranslationFallback", {
            details: format.list(offer.untranslatedDetails.map((detail) => t(`OfferPage.${detailLabels[detail]}`))),
          })}
        </p>
      )}
      {offer.translation?.origin === "machine" && !offer.translation.isReviewed && (
        <p className="notice">{t("OfferPage.machineTranslation")}</p>
      )}
      {offer.isStale && <p className="notice">{t("OfferPage.staleWarning")}</p>}
      <ul className="badges">
        <li>
          <AvailabilityBadge availability={offer.availability} />
        </li>
        {offer.isDemo && (
          <li>
            <span className="badge">{t("Layout.demoBadge")}</span>
          </li>
        )}
      </ul>

      <div className="offer-actions" role="group" aria-label={t("OfferPage.actions")}>
        {point && (
          // A plain link: the route planner (a third party) is contacted only when someone follows it, and
          // noreferrer keeps the offer's address out of its logs.
          <a className="button button--secondary" href={directionsHref(point)} rel="noopener noreferrer">
            {t("OfferPage.directions")}
          </a>
        )}
        {!preview && (
          <OfferActions
            url={`${env.PUBLIC_URL}/${locale}/angebote/${offer.slug}`}
            title={offer.title}
            labels={{
              share: t("OfferPage.share"),
              copyLink: t("OfferPage.copyLink"),
              linkCopied: t("OfferPage.linkCopied"),
              copyFailed: t("OfferPage.copyFailed"),
              print: t("OfferPage.print"),
              pageLink: t("OfferPage.pageLink"),
            }}
          />
        )}
      </div>

      <div className="two-columns">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t("OfferPage.about")}</h2>
          <div className="description" lang={offer.textLocale} dir={textDirection(offer.textLocale)}>
            {offer.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>

        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t("OfferPage.details")}</h2>
          <dl className="facts">
            <dt>{t("OfferPage.organisation")}</dt>
            <dd>
              <Link href={`/organisationen/${offer.organisation.slug}`}>{offer.organisation.name}</Link>
            </dd>
            <dt>{t("OfferPage.topics")}</dt>
            <dd>
              {offer.topics.map((topic, index) => (
                <span key={topic.slug}>
                  {index > 0 && ", "}
                  <Link href={`/themen/${topic.slug}`}>{topic.name}</Link>
                </span>
              ))}
            </dd>
            <dt>{t("OfferPage.audiences")}</dt>
            <dd>
              {offer.audiences.length > 0 ? offer.audiences.map((a) => a.name).join(", ") : t("OfferPage.audiencesAll")}
            </dd>
            <dt>{t("OfferPage.languages")}</dt>
            <dd>
              <LanguageNames codes={offer.languages} locale={locale} />
              {offer.languageNote && (
                <span lang={offer.languageNote.locale} dir={textDirection(offer.languageNote.locale)}>
                  {` – ${offer.languageNote.text}`}
                </span>
              )}
            </dd>
            <dt>{t("OfferPage.where")}</dt>
            <dd>{offer.location.isOnline ? t("OfferPage.onlineOnly") : address}</dd>
            <dt>{t("OfferPage.servedMunicipalities")}</dt>
            <dd>
              {offer.isCountyWide
                ? t("Offers.countyWide")
                : offer.municipalities.map((municipality, index) => (
                    <span key={municipality.slug}>
                      {index > 0 && ", "}
                      <Link href={`/gemeinden/${municipality.slug}`}>{municipality.name}</Link>
                    </span>
                  ))}
            </dd>
            <dt>{t("OfferPage.when")}</dt>
            <dd>
              {offer.schedule.slots.length > 0 ? (
                <ul className="badges" data-schedule-slots>
                  {offer.schedule.slots.map((slot) => (
                    <li key={`${slot.weekday}-${slot.startTime}`}>
                      {t("OfferPage.slot", {
                        weekday: weekday(slot.weekday),
                        start: slot.startTime,
                        end: slot.endTime,
                      })}
                    </li>
                  ))}
                </ul>
              ) : (
                !offer.schedule.text && t("OfferPage.noSchedule")
              )}
              {offer.schedule.text && schedule && (
                <p lang={offer.schedule.text.locale} dir={textDirection(offer.schedule.text.locale)}>
                  {schedule}
                </p>
              )}
            </dd>
            {(offer.validFrom || offer.validUntil) && (
              <>
                <dt>{t("OfferPage.validity")}</dt>
                <dd>
                  {[
                    offer.validFrom && t("OfferPage.validFrom", { date: date(offer.validFrom) }),
                    offer.validUntil && t("OfferPage.validUntil", { date: date(offer.validUntil) }),
                  ]
                    .filter(Boolean)
                    .join(" ")}
                </dd>
              </>
            )}
            <dt>{t("OfferPage.cost")}</dt>
            <dd>
              {t(`Cost.${offer.cost.kind === "paid" || offer.cost.kind === "reduced" ? offer.cost.kind : "free"}`)}
              {offer.cost.note && (
                <span lang={offer.cost.note.locale} dir={textDirection(offer.cost.note.locale)}>
                  {` – ${offer.cost.note.text}`}
                </span>
              )}
            </dd>
            <dt>{t("OfferPage.registration")}</dt>
            <dd>
              {offer.registrationRequired
                ? t("OfferPage.registrationRequired")
                : t("OfferPage.registrationNotRequired")}
            </dd>
            {offer.accessibility && (
              <>
                <dt>{t("OfferPage.accessibility")}</dt>
                <dd lang={offer.accessibility.locale} dir={textDirection(offer.accessibility.locale)}>
                  {offer.accessibility.text}
                </dd>
              </>
            )}
            <dt>{t("Availability.label")}</dt>
            <dd>
              {t(`Availability.${offer.availability}`)}
              {offer.availabilitySetAt && ` (${t("Availability.setAt", { date: date(offer.availabilitySetAt) })})`}
            </dd>
          </dl>

          <h2>{t("OfferPage.contact")}</h2>
          <dl className="facts">
            {offer.contact.name && (
              <>
                <dt>{t("OfferPage.contactPerson")}</dt>
                <dd>{offer.contact.name}</dd>
              </>
            )}
            {offer.contact.email && (
              <>
                <dt>{t("OfferPage.email")}</dt>
                <dd>
                  <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a>
                </dd>
              </>
            )}
            {offer.contact.phone && (
              <>
                <dt>{t("OfferPage.phone")}</dt>
                <dd>
                  <a href={`tel:${offer.contact.phone.replace(/[^\d+]/g, "")}`} dir="ltr">
                    {offer.contact.phone}
                  </a>
                </dd>
              </>
            )}
          </dl>
          <p className="meta">{t("OfferPage.lastConfirmed", { date: date(offer.lastConfirmedAt) })}</p>

          {point && (
            <div className="offer-page__map">
              <h2>{t("OfferPage.map")}</h2>
              {offer.location.isApproximate && <p className="muted">{t("OfferPage.approximateLocation")}</p>}
              <OfferLocationMap
                pins={[
                  {
                    id: offer.slug,
                    title: offer.title,
                    organisationName: offer.organisation.name,
                    url: `/${locale}/angebote/${offer.slug}`,
                    ...point,
                    isCurrent: true,
                  },
                  ...nearby.map((n) => ({
                    id: n.id,
                    title: n.title,
                    organisationName: n.organisationName,
                    url: `/${locale}/angebote/${n.slug}`,
                    ...n.location,
                  })),
                ]}
                labels={{ map: t("OfferPage.map"), current: t("Map.current") }}
                hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
              />
            </div>
          )}
          {nearby.length > 0 && (
            <>
              <h2>{t("OfferPage.nearby")}</h2>
              <ul className="nearby-list">
                {nearby.map((n) => (
                  <li key={n.id}>
                    <Link href={`/angebote/${n.slug}`}>{n.title}</Link>{" "}
                    <span className="muted">
                      (
                      {t("OfferPage.nearbyDistance", {
                        distance: format.number(n.distanceKm, { maximumFractionDigits: 1 }),
                      })}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
}
