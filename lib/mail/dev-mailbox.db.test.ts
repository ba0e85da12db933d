import { prisma } from "@/lib/db";
import { listDevMails } from "@/lib/mail/dev-mailbox";
import { demoAccounts } from "@/lib/seed/generate-demo-data";

beforeEach(async () => {
  await prisma.devMail.deleteMany();
  await prisma.devMail.createMany({
    data: [
      { to: demoAccounts.admin.email, subject: "Anmeldung", text: "http://localhost/link-admin" },
      { to: "someone.real@example.com", subject: "Anmeldung", text: "http://localhost/link-real" },
    ],
  });
});

test("locally the development mailbox shows every mail", async () => {
  const mailbox = await listDevMails(50, false);
  expect(mailbox?.onlyDemoAccounts).toBe(false);
  expect(mailbox?.mails.map((mail) => mail.to).sort()).toEqual([demoAccounts.admin.email, "someone.real@example.com"]);
});

test("on a public demo it shows only the demo accounts' mails, and says so", async () => {
  const mailbox = await listDevMails(50, true);
  expect(mailbox?.onlyDemoAccounts).toBe(true);
  expect(mailbox?.mails.map((mail) => mail.to)).toEqual([demoAccounts.admin.email]);
});
