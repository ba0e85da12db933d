import type { AddressInfo } from "node:net";
import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { fromDateTimeInput } from "@/lib/events/event-time";
import { cancelRegistration, registerForEvent } from "@/lib/events/registration";
import { makeEvent } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// The mails about a place go through SMTP to a real mail server (smtp-server) in this test, as in production;
// what it receives is read with mailparser, and the calendar attachment with ical.js, an iCalendar library of
// its own, so the test sees what a mail client and a calendar app would see, not what our code meant to write.

const received: ParsedMail[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  // lib/env is read once at start; this file's copy of it (jest gives each file its own modules) now says what
  // a production configuration says, and lib/mail/send-mail.ts sends through SMTP instead of the dev mailbox.
  (env as { SMTP_URL?: string }).SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  (env as { SMTP_URL?: string }).SMTP_URL = undefined;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  received.length = 0;
  await resetDatabase();
  await seedRegionForTest();
});

// A Thursday in summer time (UTC+2): a time written or shown in UTC would say 07:00.
const STARTS = fromDateTimeInput("2030-10-24T09:00")!;
const ENDS = fromDateTimeInput("2030-10-24T16:30")!;

async function conference(capacity = 100) {
  return makeEvent({ title: "Integrationskonferenz 2030", startsAt: STARTS, endsAt: ENDS, capacity });
}

function mailTo(email: string, subject: RegExp): ParsedMail {
  const mail = received.find((m) => [m.to ?? []].flat().some((to) => to.text === email) && subject.test(m.subject!));
  if (!mail) throw new Error(`No mail to ${email} with ${subject}; got ${received.map((m) => m.subject).join(", ")}`);
  return mail;
}

/** The mail's one calendar attachment, read by ical.js. */
function calendarOf(mail: ParsedMail) {
  expect(mail.attachments).toHaveLength(1);
  const [attachment] = mail.attachments;
  expect(attachment!.contentType).toBe("text/calendar");
  const contentType = attachment!.headers.get("content-type") as { params: Record<string, string> };
  expect(contentType.params).toMatchObject({ method: "PUBLISH", charset: "utf-8" });
  const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString("utf8")) as unknown[]);
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  return { filename: attachment!.filename, calendar, vevent: new ICAL.Event(vevents[0]) };
}

test("the confirmation carries date, time, venue, working group, the cancel link and the event as .ics", async () => {
  const event = await conference();
  const group = event.workingGroups[0]!;
  const person = await makeUser();

  const outcome = await registerForEvent(await actorFor(person.id), event.id, {
    name: "Ada Beispiel",
    firstChoice: group.id,
  });

  expect(outcome).toMatchObject({ status: "confirmed", group: { title: group.title, status: "assigned" } });
  const mail = mailTo(person.email, /^Anmeldung bestätigt: Integrationskonferenz 2030$/);
  const pageUrl = `${env.PUBLIC_URL}/de/veranstaltungen/${event.slug}`;
  expect(mail.text).toContain("Wann: Donnerstag, 24. Oktober 2030, 09:00–16:30 Uhr");
  expect(mail.text).toContain("Wo: Kreishaus, Herzebrocker Straße 140, 33334 Gütersloh");
  expect(mail.text).toContain(`Ihre Arbeitsgruppe: ${group.title}`);
  expect(mail.text).toContain(`${pageUrl}#anmeldung`);
  expect(mail.text).toContain(`(${event.slug}.ics)`);

  const { filename, calendar, vevent } = calendarOf(mail);
  expect(filename).toBe(`${event.slug}.ics`);
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  expect(vevent.summary).toBe("Integrationskonferenz 2030");
  expect(vevent.startDate.toJSDate().toISOString()).toBe("2030-10-24T07:00:00.000Z");
  expect(vevent.endDate.toJSDate().toISOString()).toBe("2030-10-24T14:30:00.000Z");
  expect(vevent.location).toBe("Kreishaus\nHerzebrocker Straße 140, 33334 Gütersloh");
  // The UID of the page's download (GET /api/v1/events/{slug}/ical): importing both gives one entry.
  expect(vevent.uid).toBe(`${event.id}@${new URL(env.PUBLIC_URL).host}`);
  expect(vevent.component.getFirstPropertyValue("dtstamp")).not.toBeNull();
  expect(vevent.component.getFirstPropertyValue("url")).toBe(pageUrl);
});

test("the move-up from the waiting list carries the same, in the recipient's language and with their group", async () => {
  const event = await conference(1);
  const [first, second] = [await makeUser(), await makeUser({ locale: "en" })];
  const firstRegistration = await registerForEvent(await actorFor(first.id), event.id, {
    name: "Erste Person",
    firstChoice: event.workingGroups[0]!.id,
  });
  await registerForEvent(await actorFor(second.id), event.id, {
    name: "Second Person",
    firstChoice: event.workingGroups[1]!.id,
  });
  // The waiting list's mail gives no place, so no calendar entry.
  expect(mailTo(second.email, /waiting list/i).attachments).toHaveLength(0);

  await cancelRegistration(await actorFor(first.id), firstRegistration.registrationId);

  const mail = mailTo(second.email, /^You have moved up: Integrationskonferenz 2030$/);
  expect(mail.text).toContain("When: Thursday, October 24, 2030");
  expect(mail.text).toContain("Where: Kreishaus, Herzebrocker Straße 140, 33334 Gütersloh");
  expect(mail.text).toContain(`Your working group: ${event.workingGroups[1]!.title}`);
  expect(mail.text).toContain(`${env.PUBLIC_URL}/en/veranstaltungen/${event.slug}#anmeldung`);
  const { vevent } = calendarOf(mail);
  expect(vevent.summary).toBe("Integrationskonferenz 2030");
  expect(vevent.startDate.toJSDate().getTime()).toBe(STARTS.getTime());
  expect(vevent.component.getFirstPropertyValue("url")).toBe(`${env.PUBLIC_URL}/en/veranstaltungen/${event.slug}`);
  expect(await prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(1);
});
