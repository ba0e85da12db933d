import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { registrationDefaults } from "@/lib/events/event-queries";
import { Link } from "@/lib/i18n/navigation";
import { previewOwnProfile, type ShownProfile } from "@/lib/network/directory";
import { loadOwnProfileForm, type OwnProfileForm } from "@/lib/network/profiles";
import { isConsentCurrent, profileFields } from "@/lib/network/visibility";
import { getFormOptions } from "@/lib/offers/form-options";
import { ProfileCard } from "../_components/profile-card";
import { ProfileForm, type ProfileFormValues } from "../_components/profile-form";
import { hideProfileAction, renewVisibilityAction, saveProfileAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Network.profile" });
  return { title: t("title"), robots: { index: false } };
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);

/** The stored profile as form values; a new profile starts from the registration and shows nothing to anyone. */
function formValues(
  stored: OwnProfileForm | null,
  defaults: Awaited<ReturnType<typeof registrationDefaults>>,
): ProfileFormValues {
  if (!stored)
    return {
      displayName: defaults.name,
      organisationName: defaults.organisationName,
      organisationKind: "",
      roleTitle: defaults.role,
      municipality: defaults.municipality,
      topics: [],
      languages: ["de"],
      offersText: "",
      seeksText: "",
      contactEmail: "",
      phone: "",
      visibility: Object.fromEntries(
        profileFields.map((field) => [field, "nobody"]),
      ) as ProfileFormValues["visibility"],
    };
  return {
    displayName: text(stored.displayName),
    organisationName: text(stored.organisationName),
    organisationKind: text(stored.organisationKind),
    roleTitle: text(stored.roleTitle),
    municipality: text(stored.municipality),
    topics: list(stored.topics),
    languages: list(stored.languages),
    offersText: text(stored.offersText),
    seeksText: text(stored.seeksText),
    contactEmail: text(stored.contactEmail),
    phone: text(stored.phone),
    visibility: stored.visibility as ProfileFormValues["visibility"],
  };
}

async function PreviewColumn({
  id,
  title,
  hint,
  profile,
  locale,
  isVisible,
}: {
  id: string;
  title: string;
  hint: string;
  profile: ShownProfile;
  locale: string;
  isVisible: boolean;
}) {
  const t = await getTranslations("Network.profile");
  return (
    <section aria-labelledby={id} className="profile-preview__column">
      <h3 id={id}>{title}</h3>
      <p className="hint">{hint}</p>
      {profile.displayName === null ? (
        <p className="notice">{t(isVisible ? "previewNotListed" : "previewExpired")}</p>
      ) : (
        <ProfileCard profile={profile} locale={locale} headingLevel={4} isLinked={false} />
      )}
    </section>
  );
}

export default async function OwnProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/netzwerk/profil");
  const [stored, preview, defaults] = await Promise.all([
    loadOwnProfileForm(actor.userId),
    previewOwnProfile(actor.userId, locale),
    registrationDefaults(actor.userId),
  ]);
  const t = await getTranslations("Network.profile");
  const format = await getFormatter();
  const options = getFormOptions(locale);
  const visibleUntil = preview?.visibleUntil ?? null;
  const isVisible = isConsentCurrent(visibleUntil, new Date());

  return (
    <>
      <p>
        <Link href="/netzwerk">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="description">{t("intro")}</p>

      {preview ? (
        <section aria-labelledby="visibility-heading">
          <h2 id="visibility-heading">{t("visibilityTitle")}</h2>
          <p className={isVisible ? undefined : "notice"}>
            {visibleUntil === null
              ? t("visibleNoEnd")
              : isVisible
                ? t("visibleUntil", { date: format.dateTime(visibleUntil, { dateStyle: "long" }) })
                : t("hiddenSince", { date: format.dateTime(visibleUntil, { dateStyle: "long" }) })}
          </p>
          <p className="hint">{t("renewHint")}</p>
          <div className="button-row">
            <ActionButton action={renewVisibilityAction} label={t("renew")} variant="primary" done={t("renewed")} />
            {isVisible ? (
              <ActionButton
                action={hideProfileAction}
                label={t("hide")}
                variant="danger"
                confirm={t("hideConfirm")}
                done={t("hidden")}
              />
            ) : null}
          </div>
          <p>
            <Link href={`/netzwerk/personen/${preview.self.id}`}>{t("ownPage")}</Link>
          </p>
        </section>
      ) : (
        <p className="notice">{t("new")}</p>
      )}

      <section aria-labelledby="form-heading">
        <h2 id="form-heading">{t("formTitle")}</h2>
        <ProfileForm
          action={saveProfileAction}
          values={formValues(stored, defaults)}
          topics={options.topics.map((topic) => ({ value: topic.slug, label: topic.name }))}
          municipalities={options.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
          languages={options.languages.map((language) => language.code)}
        />
      </section>

      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("previewTitle")}</h2>
          <p className="hint">{t("previewIntro")}</p>
          <div className="profile-preview">
            <PreviewColumn
              id="preview-public"
              title={t("previewPublic")}
              hint={t("previewPublicHint")}
              profile={preview.anonymous}
              locale={locale}
              isVisible={isVisible}
            />
            <PreviewColumn
              id="preview-attendees"
              title={t("previewAttendees")}
              hint={t("previewAttendeesHint")}
              profile={preview.fellowAttendee}
              locale={locale}
              isVisible={isVisible}
            />
            <PreviewColumn
              id="preview-signed-in"
              title={t("previewSignedIn")}
              hint={t("previewSignedInHint")}
              profile={preview.signedIn}
              locale={locale}
              isVisible={isVisible}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
