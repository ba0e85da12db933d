import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageNames } from "@/components/language-names";
import { Link } from "@/lib/i18n/navigation";
import type { ShownProfile } from "@/lib/network/directory";

const SNIPPET_LENGTH = 180;

function snippet(text: string): string {
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH).trimEnd()}…` : text;
}

type Props = {
  profile: ShownProfile;
  locale: string;
  /** 1 on the profile's own page, where the card is the page. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** The directory links the name to the profile page; the "what others see" preview does not. */
  isLinked?: boolean;
  /** The card of a profile page shows the whole texts instead of snippets. */
  isFull?: boolean;
  children?: ReactNode;
};

/**
 * A profile as one viewer may see it: only the fields that are not null (hidden fields are null in a
 * ShownProfile). The directory, the suggestions and the preview use this one card, so the preview shows
 * exactly what the directory shows.
 */
export async function ProfileCard({
  profile,
  locale,
  headingLevel = 3,
  isLinked = true,
  isFull = false,
  children,
}: Props) {
  const t = await getTranslations("Network.card");
  const tKind = await getTranslations("OrganisationKind");
  const Heading = `h${headingLevel}` as const;
  const name = profile.displayName ?? "";
  const text = (value: string) => (isFull ? value : snippet(value));
  // Label, content, and whether the content is the person's own words (its direction follows the text).
  const facts: [string, ReactNode, boolean][] = [];
  if (profile.municipality) facts.push([t("municipality"), profile.municipality.name, false]);
  if (profile.topics && profile.topics.length > 0)
    facts.push([
      t("topics"),
      <ul className="badges" key="topics">
        {profile.topics.map((topic) => (
          <li key={topic.id} className="badge">
            {topic.name}
          </li>
        ))}
      </ul>,
      false,
    ]);
  if (profile.languages && profile.languages.length > 0)
    facts.push([t("languages"), <LanguageNames key="languages" codes={profile.languages} locale={locale} />, false]);
  if (profile.offersText) facts.push([t("offers"), text(profile.offersText), true]);
  if (profile.seeksText) facts.push([t("seeks"), text(profile.seeksText), true]);
  return (
    <article className="card profile-card">
      <Heading dir="auto">{isLinked ? <Link href={`/netzwerk/personen/${profile.id}`}>{name}</Link> : name}</Heading>
      {profile.organisationName || profile.organisationKind ? (
        <p>
          {profile.organisationName ? <span dir="auto">{profile.organisationName}</span> : null}
          {profile.organisationName && profile.organisationKind ? " · " : null}
          {profile.organisationKind ? <span className="muted">{tKind(profile.organisationKind)}</span> : null}
        </p>
      ) : null}
      {profile.roleTitle ? (
        <p className="meta" dir="auto">
          {profile.roleTitle}
        </p>
      ) : null}
      {facts.length > 0 ? (
        <dl className="profile-card__facts">
          {facts.map(([label, content, isOwnWords]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={isOwnWords ? "profile-card__text" : undefined} dir={isOwnWords ? "auto" : undefined}>
                {content}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </article>
  );
}
