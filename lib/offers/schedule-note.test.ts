import { scheduleNote } from "@/lib/offers/schedule-note";

const tuesday = [{ startTime: "09:00", endTime: "12:00" }];

test("drops the parts of the free text that only repeat a weekly slot", () => {
  expect(scheduleNote("Dienstag 9:00–12:00 Uhr, nicht in den Schulferien", tuesday)).toBe("nicht in den Schulferien");
  expect(scheduleNote("dienstags 09.00 - 12.00 Uhr", tuesday)).toBeNull();
  expect(scheduleNote("Di 9 bis 12 Uhr; Anmeldung im Büro", tuesday)).toBe("Anmeldung im Büro");
});

test("keeps what differs from the slots, and everything when there are none", () => {
  expect(scheduleNote("Dienstag 9:30–12:00 Uhr", tuesday)).toBe("Dienstag 9:30–12:00 Uhr");
  expect(scheduleNote("nach Vereinbarung", [])).toBe("nach Vereinbarung");
  expect(scheduleNote("Dienstag 19:00–22:00 Uhr", tuesday)).toBe("Dienstag 19:00–22:00 Uhr");
});
