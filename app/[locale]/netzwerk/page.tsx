import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { DirectoryFilterSchema, isDirectorySearch, listDirectory } from "@/lib/network/directory";
import { suggestPeople } from "@/lib/network/suggestions";
import { getFormOptions } from "@/lib/offers/form-options";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import type { SearchParams } from "@/lib/validation/page-params";
import { DirectoryFilterForm } from "./_components/directory-filter";
import { ProfileCard } from "./_components/profile-card";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Network" });
  // Names are shown by consent and only until it expires: search engines should not keep copies.
  return { title: t("title"), robots: { index: false } };
}

const firstValues = (query: Awaited<SearchParams>) =>
  Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));

export default async function NetworkPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = firstValues(await searchParams);
  // Invalid parameters fall back to "no filter" (the schema catches them): an edited URL still shows people.
  const filter = DirectoryFilterSchema.parse(query);
  const actor = await getActor();
  const [people, suggestions] = await Promise.all([
    listDirectory(actor?.userId ?? null, filter, locale),
    actor ? suggestPeople(actor.userId, locale) : null,
  ]);
  const t = await getTranslations("Network");
  const tMatch = await getTranslations("Matchmaking");
  const tKind = await getTranslations("OrganisationKind");
  const options = getFormOptions(locale);

  // After a search, its results are the answer and come first; on a plain visit the suggestions lead.
  const searched = isDirectorySearch(filter);
  const suggestionsSection = suggestions ? (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{tMatch("title")}</h2>
      <p className="hint">{tMatch("intro")}</p>
      {suggestions.length === 0 ? (
        <p>{tMatch("none")}</p>
      ) : (
        <ul className="card-grid card-grid--list">
          {suggestions.map(({ profile, reasons }) => (
            <li key={profile.id}>
              <ProfileCard profile={profile} locale={locale}>
                <div className="match-reasons">
                  <p className="match-reasons__label">{tMatch("reasonsLabel")}</p>
                  <ul>
                    {reasons.map((reason) => (
                      <li key={reason.key}>{tMatch(`reasons.${reason.key}`, reason.values)}</li>
                    ))}
                  </ul>
                </div>
              </ProfileCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  ) : null;
  const directorySection = (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading">{t("directoryTitle")}</h2>
      <DirectoryFilterForm
        locale={locale}
        filter={filter}
        topics={options.topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
        municipalities={options.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
        kinds={organisationKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
        languages={options.languages.map(({ code, name, endonym }) => ({
          value: code,
          label: endonym === name ? name : `${name} – ${endonym}`,
        }))}
      />
      <p role="status" aria-live="polite" className="network-count">
        {t("resultCount", { count: people.length })}
      </p>
      {people.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <ul className="card-grid card-grid--list">
          {people.map((profile) => (
            <li key={profile.id}>
              <ProfileCard profile={profile} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="description">{t("intro")}</p>

      {actor ? (
        <nav aria-label={t("yourNetwork")} className="network-nav">
          <ul className="inline-list">
            <li>
              <Link href="/netzwerk/profil">{t("ownProfile")}</Link>
            </li>
            <li>
              <Link href="/netzwerk/kontakte">{t("contacts")}</Link>
            </li>
            <li>
              <Link href="/netzwerk/arbeitsgruppen">{t("workingGroups")}</Link>
            </li>
          </ul>
        </nav>
      ) : (
        <p className="notice">
          {t("signedOut")}{" "}
          <Link href={{ pathname: "/anmelden", query: { callbackUrl: `/${locale}/netzwerk` } }}>{t("signIn")}</Link>
        </p>
      )}

      {actor && suggestions === null ? (
        <section aria-labelledby="no-profile-heading" className="notice">
          <h2 id="no-profile-heading">{t("noProfileTitle")}</h2>
          <p>{t("noProfile")}</p>
          <p>
            <Link href="/netzwerk/profil">{t("createProfile")}</Link>
          </p>
        </section>
      ) : null}

      {searched ? (
        <>
          {directorySection}
          {suggestionsSection}
        </>
      ) : (
        <>
          {suggestionsSection}
          {directorySection}
        </>
      )}
    </>
  );
}
