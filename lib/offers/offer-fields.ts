import type { Prisma } from "@/generated/prisma/client";

// The columns of an offer that its authors write on the form (texts, place, times, costs, contact, validity): what
// the offer page shows, a review compares, the import compares and HSDS publishes. Each of those selects these
// and adds what it needs besides. Without "server-only", so scripts (the import, the open data job) can use it.

export const offerContentSelect = {
  title: true,
  summary: true,
  description: true,
  languageNote: true,
  isCountyWide: true,
  isOnline: true,
  locationName: true,
  street: true,
  postcode: true,
  scheduleText: true,
  costKind: true,
  costNote: true,
  registrationRequired: true,
  accessibility: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  validFrom: true,
  validUntil: true,
} as const satisfies Prisma.OfferSelect;
