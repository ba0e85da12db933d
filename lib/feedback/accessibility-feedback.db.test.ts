import { prisma } from "@/lib/db";
import {
  listOpenAccessibilityFeedback,
  markAccessibilityFeedbackHandled,
  submitAccessibilityFeedback,
} from "@/lib/feedback/accessibility-feedback";
import { getRegion } from "@/lib/region/region";
import { actorFor, makeUser } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(resetDatabase);

const feedback = { message: "Die Karte lässt sich nicht mit der Tastatur verschieben.", pageUrl: "/de/angebote" };

test("anyone can report a barrier: it becomes an admin task and is mailed to the admins and the operator", async () => {
  const admin = await actorFor((await makeUser({ isAdmin: true, locale: "en" })).id);
  await submitAccessibilityFeedback({ ...feedback, email: "" }, "ar", "client-a");
  const [task] = await listOpenAccessibilityFeedback(admin);
  expect(task).toMatchObject({ ...feedback, email: null, locale: "ar" });
  const mails = await prisma.devMail.findMany({ orderBy: { to: "asc" } });
  expect(mails.map((mail) => mail.to).sort()).toEqual([admin.email, getRegion().contactEmail].sort());
  expect(mails.find((mail) => mail.to === admin.email)!.subject).toBe("Accessibility feedback");
  expect(mails[0]!.text).toContain("Tastatur");

  await markAccessibilityFeedbackHandled(admin, task!.id);
  expect(await listOpenAccessibilityFeedback(admin)).toEqual([]);
});

test("bad input is a field error and writes nothing; a client is limited to 5 an hour", async () => {
  await expect(
    submitAccessibilityFeedback({ message: "kurz", email: "keine-adresse" }, "de", "c"),
  ).rejects.toMatchObject({
    fieldErrors: { message: [{ key: "tooShort", values: { min: 10 } }], email: [{ key: "email" }] },
  });
  expect(await prisma.accessibilityFeedback.count()).toBe(0);
  for (let i = 0; i < 5; i++) await submitAccessibilityFeedback(feedback, "de", "client-b");
  await expect(submitAccessibilityFeedback(feedback, "de", "client-b")).rejects.toMatchObject({ code: "rate_limited" });
  expect(await prisma.accessibilityFeedback.count()).toBe(5);
});

test("only admins see and close the tasks", async () => {
  const person = await actorFor((await makeUser()).id);
  await expect(listOpenAccessibilityFeedback(person)).rejects.toMatchObject({ code: "forbidden" });
  await expect(listOpenAccessibilityFeedback(null)).rejects.toMatchObject({ code: "unauthenticated" });
});
