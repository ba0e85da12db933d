import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getFormOptions } from "@/lib/offers/form-options";
import { createEventAction } from "../actions";
import { EventForm } from "../_components/event-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin" });
  return { title: t("newEvent"), robots: { index: false } };
}

export default async function NewEventPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/veranstaltungen/neu");
  if (!can(actor, "event:manage")) notFound();
  const t = await getTranslations("EventAdmin");
  return (
    <div className="narrow">
      <p>
        <Link href="/verwaltung/veranstaltungen">{t("backToList")}</Link>
      </p>
      <h1>{t("newEvent")}</h1>
      <EventForm
        action={createEventAction}
        event={null}
        municipalities={getFormOptions(locale).municipalities}
        hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
      />
    </div>
  );
}
