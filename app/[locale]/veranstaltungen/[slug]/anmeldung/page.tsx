import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { findEventPage, registrationDefaults } from "@/lib/events/event-queries";
import { Link } from "@/lib/i18n/navigation";
import { getRegion } from "@/lib/region/region";
import { parseSlug } from "@/lib/validation/page-params";
import { registerAction } from "../actions";
import { RegistrationForm } from "./registration-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventRegistration" });
  return { title: t("title"), robots: { index: false } };
}

export default async function RegistrationPage({ params }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug);
  if (!slug) notFound();
  // Signed-out people go through the magic link and come back here.
  const actor = await getPageActor(locale, `/veranstaltungen/${slug}/anmeldung`);
  const event = await findEventPage(slug, actor.userId, locale);
  if (!event) notFound();
  const t = await getTranslations("EventRegistration");
  const back = (
    <p>
      <Link href={`/veranstaltungen/${slug}`}>{t("backToEvent", { event: event.title })}</Link>
    </p>
  );
  if (event.viewerRegistration)
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="notice">{t("alreadyRegistered")}</p>
        {back}
      </>
    );
  if (event.window !== "open")
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="notice notice--warning">{t(event.window === "closed" ? "closed" : "notOpen")}</p>
        {back}
      </>
    );
  const region = getRegion();
  return (
    <>
      <h1>{t("titleFor", { event: event.title })}</h1>
      <p>
        {event.placesLeft > 0
          ? t("placesLeft", { count: event.placesLeft })
          : event.hasWaitlist
            ? t("waitlistOnly")
            : t("full")}
      </p>
      <RegistrationForm
        action={registerAction.bind(null, event.id, event.slug)}
        groups={event.workingGroups.map((group) => ({
          value: group.id,
          label: t("groupOption", { title: group.title, places: group.placesLeft }),
        }))}
        municipalities={region.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
        defaults={await registrationDefaults(actor.userId)}
      />
      {back}
    </>
  );
}
