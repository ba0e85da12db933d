import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { sendAttendeeMessageAction } from "../../actions";
import { AttendeeMessageForm } from "../../_components/attendee-message-form";
import { EventAdminNav } from "../../_components/event-admin-nav";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EventAdmin.message" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AttendeeMessagePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, `/verwaltung/veranstaltungen/${slug}/nachricht`);
  if (!can(actor, "event:manage")) notFound();
  const event = (await findEventForAdmin(actor, slug)) ?? notFound();
  const t = await getTranslations("EventAdmin.message");
  return (
    <div className="narrow">
      <EventAdminNav slug={event.slug} current="message" />
      <h1>
        {t("title")}: {event.title}
      </h1>
      <p>{t("intro", { count: event.confirmed })}</p>
      <AttendeeMessageForm action={sendAttendeeMessageAction.bind(null, event.id)} />
    </div>
  );
}
