/**
 * The free-text schedule without the parts that only repeat a weekly slot shown above it ("Dienstag 9:00–12:00
 * Uhr" beside the slot Tuesday 09:00–12:00), so the schedule is shown once; null when nothing else is left.
 */
export function scheduleNote(text: string, slots: { startTime: string; endTime: string }[]): string | null {
  const time = (hhmm: string) => {
    const [hours = "", minutes = ""] = hhmm.split(":");
    const hour = String(Number(hours));
    return minutes === "00" ? `0?${hour}(?:[:.]00)?` : `0?${hour}[:.]${minutes}`;
  };
  const repeatsSlot = (part: string) =>
    slots.some((slot) =>
      new RegExp(`(?:^|\\D)${time(slot.startTime)}\\s*(?:–|-|bis)\\s*${time(slot.endTime)}(?:\\D|$)`).test(part),
    );
  const rest = text
    .split(/\s*[,;\n]\s*/)
    .filter((part) => part && !repeatsSlot(part))
    .join(", ");
  return rest || null;
}
