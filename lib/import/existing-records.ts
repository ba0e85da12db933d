import { prisma } from "@/lib/db";
import { parsePendingIdentity } from "@/lib/organisations/identity-review";
import { offerContentSelect } from "@/lib/offers/offer-fields";

// What the database already holds that an import compares with: the source's own records (by external id) and,
// for the duplicate check, the records nobody imported.

const offerComparedSelect = {
  id: true,
  externalId: true,
  organisationId: true,
  status: true,
  ...offerContentSelect,
  locationMunicipalityId: true,
  lat: true,
  lng: true,
  locationApproximate: true,
  topics: { select: { topicId: true } },
  audiences: { select: { audienceId: true } },
  languages: { select: { language: true } },
  municipalities: { select: { municipalityId: true } },
  scheduleSlots: { select: { weekday: true, startTime: true, endTime: true } },
} as const;

const organisationComparedSelect = {
  id: true,
  externalId: true,
  status: true,
  name: true,
  kind: true,
  municipalityId: true,
  street: true,
  postcode: true,
  contactName: true,
  email: true,
  phone: true,
  website: true,
  description: true,
  languagesJson: true,
  lat: true,
  lng: true,
  locationApproximate: true,
  pendingIdentityJson: true,
  pendingIdentitySince: true,
  _count: { select: { memberships: true } },
} as const;

export async function loadExistingRecords(source: string) {
  const [organisations, offers, otherOrganisations, otherOffers] = await Promise.all([
    prisma.organisation.findMany({ where: { externalSource: source }, select: organisationComparedSelect }),
    prisma.offer.findMany({ where: { externalSource: source }, select: offerComparedSelect }),
    prisma.organisation.findMany({
      // Registered here, or brought by another import (another source, or the same file under a new name).
      where: { OR: [{ externalSource: null }, { externalSource: { not: source } }], status: { not: "rejected" } },
      select: { name: true, municipalityId: true, municipality: { select: { name: true } } },
    }),
    prisma.offer.findMany({
      where: { OR: [{ externalSource: null }, { externalSource: { not: source } }], status: { not: "archived" } },
      select: {
        title: true,
        locationMunicipalityId: true,
        organisation: { select: { name: true, municipalityId: true } },
      },
    }),
  ]);
  const byMunicipality = <T>(rows: T[], municipalityIdOf: (row: T) => string | null) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const id = municipalityIdOf(row);
      if (id) map.set(id, [...(map.get(id) ?? []), row]);
    }
    return map;
  };
  return {
    organisations: new Map(
      organisations.map((row) => {
        // An approved organisation's waiting identity change is what the import last proposed: compare with it.
        const pending = parsePendingIdentity(row.pendingIdentityJson);
        return [row.externalId!, pending ? { ...row, ...pending } : row];
      }),
    ),
    offers: new Map(offers.map((row) => [row.externalId!, row])),
    otherOrganisations: byMunicipality(otherOrganisations, (row) => row.municipalityId),
    otherOffers: byMunicipality(otherOffers, (row) => row.locationMunicipalityId ?? row.organisation.municipalityId),
  };
}

export type ExistingRecords = Awaited<ReturnType<typeof loadExistingRecords>>;
export type ExistingOrganisation = NonNullable<ReturnType<ExistingRecords["organisations"]["get"]>>;
export type ExistingOffer = NonNullable<ReturnType<ExistingRecords["offers"]["get"]>>;
