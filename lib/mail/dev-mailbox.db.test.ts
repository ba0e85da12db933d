import { prisma } from "@/lib/db";
import { listDevMails } from "@/lib/mail/dev-mailbox";
import { demoAccounts } from "@/lib/seed/generate-demo-data";

beforeEach(async () => {
  await prisma.devMail.deleteMany();
  await prisma.devMail.createMany({
    data: [
      { kind: "sign-in", to: demoAccounts.admin.email, subject: "Anmeldung", text: "http://localhost/link-admin" },
      { kind: "sign-in", to: "someone.real@example.com", subject: "Anmeldung", text: "http://localhost/link-real" },
      { to: demoAccounts.admin.email, subject: "Rückmeldung", text: "Antwort an someone.real@example.com" },
    ],
  });
});

test("locally the development mailbox shows every mail", async () => {
  const mailbox = await listDevMails(50, false);
  expect(mailbox?.onlyDemoAccounts).toBe(false);
  expect(mailbox?.mails).toHaveLength(3);
});

test("on a public demo it shows only the demo accounts' sign-in links, and says so", async () => {
  const mailbox = await listDevMails(50, true);
  expect(mailbox?.onlyDemoAccounts).toBe(true);
  expect(mailbox?.mails.map((mail) => [mail.to, mail.subject])).toEqual([[demoAccounts.admin.email, "Anmeldung"]]);
});
