import { prisma } from "@/lib/db";
import { sendMail } from "@/lib/mail/send-mail";
import { resetDatabase } from "@/tests/setup/reset-database";

// Without SMTP_URL (as in tests) mail goes to the development mailbox, whose table has no attachment column.

beforeEach(resetDatabase);

test("a mail with an attachment is kept in the development mailbox, the attachment named under the text", async () => {
  await sendMail({
    to: "ada@example.org",
    subject: "Anmeldung bestätigt: Konferenz",
    text: "Guten Tag",
    attachments: [
      { filename: "konferenz.ics", contentType: "text/calendar; method=PUBLISH", content: "BEGIN:VCALENDAR\r\n" },
    ],
  });

  expect(await prisma.devMail.findMany({ select: { to: true, subject: true, text: true, kind: true } })).toEqual([
    {
      to: "ada@example.org",
      subject: "Anmeldung bestätigt: Konferenz",
      text: "Guten Tag\n\n[konferenz.ics (text/calendar; method=PUBLISH)]",
      kind: "other",
    },
  ]);
});

test("a mail without attachments is kept as it is", async () => {
  await sendMail({ to: "ada@example.org", subject: "Anmelden", text: "Ihr Link", kind: "sign-in" });

  expect(await prisma.devMail.findFirst({ select: { text: true, kind: true } })).toEqual({
    text: "Ihr Link",
    kind: "sign-in",
  });
});
