import { prisma } from "@/lib/db";
import { DUPLICATE_MESSAGE_WINDOW_MS, sendAttendeeMessage } from "@/lib/events/attendee-message";
import { makeEvent, makeRegistration } from "@/tests/conference-factories";
import { actorFor, makeUser } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Without SMTP_URL (as in tests) every mail lands in the DevMail table.

beforeEach(resetDatabase);

const message = { subject: "Raumänderung", text: "Wir treffen uns im Saal 2 statt im Saal 1.\nBis Freitag!" };

async function attendee(eventId: string, locale: string, status: "confirmed" | "waitlisted" | "cancelled") {
  const user = await makeUser({ locale });
  await makeRegistration(eventId, user.id, { status });
  return user.email;
}

test("goes to each confirmed attendee once, in their own language, with the admin's text as written", async () => {
  const actor = await actorFor((await makeUser({ isAdmin: true })).id);
  const event = await makeEvent({ title: "Integrationskonferenz" });
  const german = await attendee(event.id, "de", "confirmed");
  const arabic = await attendee(event.id, "ar", "confirmed");
  const english = await attendee(event.id, "en", "confirmed");
  await attendee(event.id, "de", "waitlisted");
  await attendee(event.id, "de", "cancelled");

  expect(await sendAttendeeMessage(actor, event.id, message)).toEqual({ recipients: 3, failed: 0 });

  const mails = await prisma.devMail.findMany({ select: { to: true, subject: true, text: true } });
  expect(mails.map((mail) => mail.to).sort()).toEqual([german, arabic, english].sort());
  const to = (email: string) => mails.find((mail) => mail.to === email)!;
  for (const mail of mails) {
    expect(mail.subject).toBe("Integrationskonferenz: Raumänderung");
    expect(mail.text).toContain(message.text);
  }
  expect(to(german).text).toMatch(/^Guten Tag,/);
  expect(to(german).text).toContain(`/de/veranstaltungen/${event.slug}`);
  expect(to(english).text).toMatch(/^Hello,/);
  expect(to(arabic).text).toMatch(/^تحية طيبة،/);
  expect(to(arabic).text).toContain(`/ar/veranstaltungen/${event.slug}`);

  const audit = await prisma.auditEvent.findMany({
    where: { entityId: event.id },
    select: { action: true, summary: true },
  });
  expect(audit).toEqual([
    { action: "event.message-sent", summary: expect.stringContaining("an 3 bestätigte") as string },
  ]);
});

test("refuses the same message again within ten minutes, but not a different one, nor after the window", async () => {
  const actor = await actorFor((await makeUser({ isAdmin: true })).id);
  const event = await makeEvent();
  await attendee(event.id, "de", "confirmed");
  await sendAttendeeMessage(actor, event.id, message);

  await expect(sendAttendeeMessage(actor, event.id, message)).rejects.toMatchObject({
    code: "rate_limited",
    messageKey: "duplicateMessage",
  });
  expect(await prisma.devMail.count()).toBe(1);

  await sendAttendeeMessage(actor, event.id, { ...message, text: `${message.text} Nachtrag: Kaffee gibt es.` });
  expect(await prisma.devMail.count()).toBe(2);

  // The same message to another event is another message.
  const other = await makeEvent();
  await attendee(other.id, "de", "confirmed");
  await sendAttendeeMessage(actor, other.id, message);
  expect(await prisma.devMail.count()).toBe(3);

  await prisma.auditEvent.updateMany({
    where: { entityId: event.id },
    data: { createdAt: new Date(Date.now() - DUPLICATE_MESSAGE_WINDOW_MS - 1_000) },
  });
  await sendAttendeeMessage(actor, event.id, message);
  expect(await prisma.devMail.count()).toBe(4);
});

test("of two sendings of one message at the same moment, one goes out and the other is refused", async () => {
  const actor = await actorFor((await makeUser({ isAdmin: true })).id);
  const event = await makeEvent();
  await attendee(event.id, "de", "confirmed");
  const results = await Promise.allSettled([
    sendAttendeeMessage(actor, event.id, message),
    sendAttendeeMessage(actor, event.id, message),
  ]);
  expect(results.map((result) => (result.status === "fulfilled" ? result.value : (result.reason as object)))).toEqual(
    expect.arrayContaining([{ recipients: 1, failed: 0 }, expect.objectContaining({ code: "rate_limited" })]),
  );
  // Counted in the audit trail, not the DevMail table: the SQLite adapter runs a query made outside a
  // transaction inside whichever transaction is open, so the refused sending's rollback can take the other's
  // development-mailbox row with it (SMTP in production is not affected).
  expect(await prisma.auditEvent.count({ where: { entityId: event.id, action: "event.message-sent" } })).toBe(1);
});

test("an empty subject or text is refused before anything is sent", async () => {
  const actor = await actorFor((await makeUser({ isAdmin: true })).id);
  const event = await makeEvent();
  await attendee(event.id, "de", "confirmed");
  await expect(sendAttendeeMessage(actor, event.id, { subject: "", text: "kurz" })).rejects.toMatchObject({
    code: "invalid_input",
    fieldErrors: { subject: [expect.anything()], text: [expect.anything()] },
  });
  expect(await prisma.devMail.count()).toBe(0);
  expect(await prisma.auditEvent.count()).toBe(0);
});
