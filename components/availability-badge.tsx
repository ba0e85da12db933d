import { getTranslations } from "next-intl/server";
import type { Availability } from "@/lib/offers/availability";

const tone: Record<Availability, string> = {
  unknown: "badge",
  free: "badge badge--ok",
  few: "badge badge--warning",
  waitlist: "badge badge--warning",
  full: "badge badge--alert",
};

export async function AvailabilityBadge({ availability }: { availability: Availability }) {
  const t = await getTranslations("Availability");
  return <span className={tone[availability]}>{t(availability)}</span>;
}
