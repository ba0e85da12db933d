import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor, requireRecentPageSignIn } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { listRegistrations, RegistrationFilterSchema } from "@/lib/events/registration-list";
import { getFormOptions } from "@/lib/offers/form-options";
import type { SearchParams } from "@/lib/validation/page-params";
import { updateEventAction } from "../actions";
import { EventAdminNav } from "../_components/event-admin-nav";
import { EventForm } from "../_components/event-form";
import { RegistrationTable } from "../_components/registration-table";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, `/verwaltung/veranstaltungen/${slug}`);
  if (!can(actor, "event:manage")) notFound();
  // The page lists the registrations: only with a sign-in from the last hour (lib/auth/session-lifetime.ts).
  requireRecentPageSignIn(actor, locale, `/verwaltung/veranstaltungen/${slug}`);
  const event = (await findEventForAdmin(actor, slug)) ?? notFound();
  const query = await searchParams;
  const filter = RegistrationFilterSchema.parse(query);
  const registrations = await listRegistrations(actor, event.id, filter);
  const t = await getTranslations("EventAdmin");
  const options = getFormOptions(locale);
  return (
    <>
      <EventAdminNav slug={event.slug} current="edit" />
      <h1>{event.title}</h1>
      <p className="meta">
        {t(`eventStatus.${event.status}`)} ·{" "}
        {t("placesTaken", { confirmed: event.confirmed, capacity: event.capacity })} ·{" "}
        {t("waitingCount", { count: event.waitlisted })}
      </p>
      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">{t("registrationsTitle")}</h2>
        <RegistrationTable
          locale={locale}
          event={event}
          filter={filter}
          registrations={registrations}
          municipalities={options.municipalities}
        />
      </section>
      <section aria-labelledby="edit-heading" className="narrow">
        <h2 id="edit-heading">{t("editTitle")}</h2>
        <EventForm
          action={updateEventAction.bind(null, event.id)}
          event={event}
          municipalities={options.municipalities}
          hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
        />
      </section>
    </>
  );
}
