import { prisma } from "@/lib/db";
import { reportPerson } from "@/lib/network/contact-requests";
import { listOpenReports, markReportHandled } from "@/lib/network/reports";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("admins list open reports and mark them handled, with an audit event; others may not", async () => {
  const event = await makeEvent();
  const reporter = await makeAttendee(event.id, {}, {});
  const reported = await makeAttendee(event.id, {}, { displayName: "Spam Sender", displayNameVisibility: "public" });
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const profile = await prisma.profile.findUniqueOrThrow({ where: { userId: reported.userId } });
  await reportPerson(reporter.actor, profile.id, { reason: "Schickt Werbung an alle" });

  await expect(listOpenReports(reporter.actor)).rejects.toMatchObject({ code: "forbidden" });
  const [report] = await listOpenReports(admin);
  expect(report).toMatchObject({
    reason: "Schickt Werbung an alle",
    reporterEmail: reporter.actor.email,
    reportedProfile: { id: profile.id, displayName: "Spam Sender" },
  });

  await expect(markReportHandled(reporter.actor, report!.id)).rejects.toMatchObject({ code: "forbidden" });
  await markReportHandled(admin, report!.id);
  expect(await listOpenReports(admin)).toEqual([]);
  await expect(markReportHandled(admin, report!.id)).rejects.toMatchObject({ code: "not_found" });
  expect(await prisma.auditEvent.count({ where: { action: "report.handled" } })).toBe(1);
});
