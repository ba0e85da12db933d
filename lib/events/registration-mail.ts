import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { EVENT_TIME_ZONE } from "@/lib/events/event-time";
import { buildEventCalendar, calendarEventSelect, eventPageUrl, type CalendarEvent } from "@/lib/events/ical";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { getMailTranslator } from "@/lib/i18n/mail-translator";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import type { Mail } from "@/lib/mail/send-mail";

// The mails about a place at an event. A mail that gives somebody a place carries what they need at the door
// without opening the site: the date and time (Berlin time, in their language), the venue with its address, their
// working group, where to cancel, and the event as a calendar file from the one iCal writer (lib/events/ical.ts),
// with the UID of the page's download, so importing both gives one calendar entry.

export type PlaceNews =
  /** Registered with a place; moved up from the event's waiting list; given a place in the group waited for. */
  | {
      kind: "confirmed" | "movedUp" | "groupPlace";
      group: { title: string; status: "assigned" | "waitlisted" } | null;
    }
  | { kind: "waitlisted"; position: number };

export type PlaceMail = { email: string; locale: string; eventId: string; news: PlaceNews };

type MailTranslator = ReturnType<typeof getMailTranslator>;

/** "Samstag, 20. März 2027, 09:00–16:30" in the reader's language, always in Berlin time (where the event is). */
function eventTime(event: CalendarEvent, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: EVENT_TIME_ZONE,
  }).formatRange(event.startsAt, event.endsAt);
}

/** The address is typed into a text area; in the mail it is one line after the venue's name. */
const oneLine = (text: string) =>
  text
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .join(", ");

export function composePlaceMail(
  t: MailTranslator,
  locale: Locale,
  event: CalendarEvent,
  news: PlaceNews,
): Omit<Mail, "to" | "kind"> {
  const url = eventPageUrl(env.PUBLIC_URL, locale, event.slug);
  if (news.kind === "waitlisted") {
    const values = { event: event.title, position: news.position, url };
    return { subject: t("registration.waitlistedSubject", values), text: t("registration.waitlistedText", values) };
  }
  const { group } = news;
  const subject =
    news.kind === "confirmed"
      ? t("registration.confirmedSubject", { event: event.title })
      : news.kind === "movedUp"
        ? t("registration.movedUpSubject", { event: event.title })
        : t("registration.groupPlaceSubject", { group: group?.title ?? "" });
  const intro =
    news.kind === "groupPlace"
      ? t("registration.groupPlaceIntro", { group: group?.title ?? "", event: event.title })
      : t(news.kind === "confirmed" ? "registration.confirmedIntro" : "registration.movedUpIntro", {
          event: event.title,
        });
  const filename = `${event.slug}.ics`;
  const facts = [
    t("registration.when", { when: eventTime(event, locale) }),
    t("registration.where", { venue: event.venueName, address: oneLine(event.venueAddress) }),
    group &&
      t(group.status === "assigned" ? "registration.group" : "registration.groupWaitlisted", { group: group.title }),
  ].filter(Boolean);
  const text = [
    intro,
    facts.join("\n"),
    t("registration.calendarAttached", { file: filename }),
    // The event page's registration section, where the signed-in attendee has the cancel button.
    t("registration.cancel", { url: `${url}#anmeldung` }),
  ].join("\n\n");
  return {
    subject,
    text,
    attachments: [
      {
        filename,
        // method=PUBLISH: an entry to add to the calendar, not an invitation to answer (RFC 5546).
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        content: buildEventCalendar(event, { locale, publicUrl: env.PUBLIC_URL }),
      },
    ],
  };
}

/** Sends the mails after the change is committed; each event is read once, with what its calendar file needs. */
export async function sendPlaceMails(mails: PlaceMail[]): Promise<void> {
  if (mails.length === 0) return;
  const events = await prisma.event.findMany({
    where: { id: { in: [...new Set(mails.map((mail) => mail.eventId))] } },
    select: calendarEventSelect,
  });
  for (const mail of mails) {
    const event = events.find((e) => e.id === mail.eventId);
    if (!event) continue;
    await sendLocalizedMail([mail], (t, { locale }) =>
      composePlaceMail(t, isLocale(locale) ? locale : defaultLocale, event, mail.news),
    );
  }
}
