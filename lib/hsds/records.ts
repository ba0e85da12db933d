import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { berlinDay } from "@/lib/events/event-time";
import { hsdsId } from "@/lib/hsds/ids";
import { termIdOf, type TaxonomyKind, type TermEntry } from "@/lib/hsds/taxonomies";
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsCostOption,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceSummary,
} from "@/lib/hsds/types";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { effectiveAvailability } from "@/lib/offers/freshness";
import type { Region } from "@/lib/region/region";
import { emailSchema } from "@/lib/validation/fields";
import { offerContentSelect } from "@/lib/offers/offer-fields";

// The one mapping from the platform's model to HSDS 3.0 records, used by the API, the tabular export and the
// tests. It writes what the public pages show, no more: the contact details an organisation entered for the
// public, never members, accounts or review state. Texts are the German originals.

export const hsdsOrganisationSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  contactName: true,
  street: true,
  postcode: true,
  lat: true,
  lng: true,
  website: true,
  email: true,
  phone: true,
  locationApproximate: true,
  updatedAt: true,
  municipality: { select: { name: true } },
} satisfies Prisma.OrganisationSelect;

export type HsdsOrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof hsdsOrganisationSelect }>;

export const hsdsOfferSelect = {
  id: true,
  slug: true,
  ...offerContentSelect,
  lat: true,
  lng: true,
  locationApproximate: true,
  availability: true,
  availabilitySetAt: true,
  lastConfirmedAt: true,
  updatedAt: true,
  organisation: { select: hsdsOrganisationSelect },
  locationMunicipality: { select: { slug: true, name: true } },
  topics: { select: { topic: { select: { slug: true } } } },
  audiences: { select: { audience: { select: { slug: true, namesJson: true, sortOrder: true } } } },
  languages: { select: { language: true }, orderBy: { language: "asc" } },
  municipalities: { select: { municipality: { select: { slug: true } } } },
  scheduleSlots: {
    select: { weekday: true, startTime: true, endTime: true },
    orderBy: [{ weekday: "asc" }, { startTime: "asc" }],
  },
} satisfies Prisma.OfferSelect;

export type HsdsOfferRow = Prisma.OfferGetPayload<{ select: typeof hsdsOfferSelect }>;

/** What every mapping call needs besides the row: the region (areas, address parts) and the taxonomy terms. */
export type HsdsContext = { region: Region; terms: Map<string, TermEntry> };

export const termKey = (kind: TaxonomyKind, slug: string) => `${kind}:${slug}`;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const offerUrl = (slug: string) => `${env.PUBLIC_URL}/de/angebote/${slug}`;
const organisationUrl = (slug: string) => `${env.PUBLIC_URL}/de/organisationen/${slug}`;

/** Only addresses the schemas' "email" format takes; an older value that no longer passes is left out. */
function publicEmail(value: string | null): string | undefined {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Only absolute http(s) URLs (the "uri" format); the profile forms require them, older values may not be. */
function publicUri(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const present = (value: string | null | undefined): value is string => Boolean(value?.trim());

export function toOrganizationSummary(row: HsdsOrganisationRow): HsdsOrganizationSummary {
  const email = publicEmail(row.email);
  const website = publicUri(row.website);
  return {
    id: hsdsId("organization", row.id),
    name: row.name,
    description: row.description,
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
    uri: organisationUrl(row.slug),
  };
}

export function toOrganization(row: HsdsOrganisationRow, context: HsdsContext): HsdsOrganization {
  const id = hsdsId("organization", row.id);
  const phones: HsdsPhone[] = present(row.phone)
    ? [{ id: hsdsId("phone", `organisation:${row.id}`), organization_id: id, number: row.phone, type: "voice" }]
    : [];
  const email = publicEmail(row.email);
  const contacts: HsdsContact[] = present(row.contactName)
    ? [
        {
          id: hsdsId("contact", `organisation:${row.id}`),
          organization_id: id,
          name: row.contactName,
          ...(email ? { email } : {}),
          phones: [],
        },
      ]
    : [];
  const hasPlace = present(row.street) || (row.lat !== null && row.lng !== null);
  const locations: HsdsLocation[] = hasPlace
    ? [
        physicalLocation(`organisation:${row.id}`, id, context, {
          name: row.name,
          street: row.street,
          postcode: row.postcode,
          city: row.municipality.name,
          lat: row.lat,
          lng: row.lng,
          approximate: row.locationApproximate,
        }),
      ]
    : [];
  return { ...toOrganizationSummary(row), phones, contacts, locations, attributes: [] };
}

type Place = {
  name: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  /** The coordinates are the postcode's centre (an import without coordinates), not the address. */
  approximate: boolean;
};

function physicalLocation(key: string, organizationId: string, context: HsdsContext, place: Place): HsdsLocation {
  const id = hsdsId("location", key);
  const hasAddress = present(place.street) && present(place.postcode) && present(place.city);
  return {
    id,
    location_type: "physical",
    organization_id: organizationId,
    ...(present(place.name) ? { name: place.name } : {}),
    ...(place.approximate ? { description: "Koordinaten ungefähr: die Mitte des Postleitzahlgebiets." } : {}),
    ...(place.lat !== null && place.lng !== null ? { latitude: place.lat, longitude: place.lng } : {}),
    addresses: hasAddress
      ? [
          {
            id: hsdsId("address", key),
            location_id: id,
            address_1: place.street!,
            city: place.city!,
            state_province: context.region.stateProvince,
            postal_code: place.postcode!,
            country: context.region.country,
            address_type: "physical",
          },
        ]
      : [],
  };
}

function alertOf(row: HsdsOfferRow): string | undefined {
  const availability = effectiveAvailability(row.availability, row.availabilitySetAt);
  if (availability === "full") return "Zurzeit keine freien Plätze.";
  if (availability === "waitlist") return "Zurzeit nur Warteliste.";
  if (availability === "few") return "Nur noch wenige Plätze frei.";
  return undefined;
}

export function toServiceSummary(row: HsdsOfferRow): HsdsServiceSummary {
  const email = publicEmail(row.contactEmail);
  const audiences = [...row.audiences]
    .sort((a, b) => a.audience.sortOrder - b.audience.sortOrder)
    .map(({ audience }) => localizedName(audience.namesJson, "de"));
  const alert = alertOf(row);
  return {
    id: hsdsId("service", row.id),
    organization_id: hsdsId("organization", row.organisation.id),
    name: row.title,
    // HSDS has one description; the summary leads it, as on the offer page.
    description: [row.summary, row.description].filter(present).join("\n\n"),
    url: offerUrl(row.slug),
    ...(email ? { email } : {}),
    status: "active",
    ...(present(row.languageNote) ? { interpretation_services: row.languageNote } : {}),
    application_process: row.registrationRequired ? "Anmeldung erforderlich." : "Ohne Anmeldung.",
    ...(present(row.costNote) || row.costKind === "free"
      ? { fees_description: present(row.costNote) ? row.costNote : "Kostenlos." }
      : {}),
    ...(audiences.length > 0 ? { eligibility_description: `Für: ${audiences.join(", ")}` } : {}),
    assured_date: berlinDay(row.lastConfirmedAt),
    ...(alert ? { alert } : {}),
    last_modified: row.updatedAt.toISOString(),
  };
}

function schedulesOf(row: HsdsOfferRow, serviceId: string): HsdsSchedule[] {
  const validity = {
    ...(row.validFrom ? { valid_from: berlinDay(row.validFrom) } : {}),
    ...(row.validUntil ? { valid_to: berlinDay(row.validUntil) } : {}),
  };
  // One RRULE-style row per opening time, with every weekday that has it: Mon and Wed 9–12 is one row.
  const days = new Map<string, string[]>();
  for (const slot of row.scheduleSlots) {
    const hours = `${slot.startTime}-${slot.endTime}`;
    days.set(hours, [...(days.get(hours) ?? []), WEEKDAYS[slot.weekday - 1]!]);
  }
  const weekly: HsdsSchedule[] = [...days].map(([hours, byday]) => {
    const [opensAt, closesAt] = hours.split("-") as [string, string];
    return {
      id: hsdsId("schedule", `${row.id}:${hours}`),
      service_id: serviceId,
      ...validity,
      freq: "WEEKLY",
      wkst: "MO",
      interval: 1,
      byday: byday.join(","),
      // Wall-clock times of the region, which change their UTC offset twice a year: said in words, not as an
      // offset that would be wrong half of the year. HH:MM:SS as the spec's example and the data package's
      // "time" type have it.
      opens_at: `${opensAt}:00`,
      closes_at: `${closesAt}:00`,
      notes: "Ortszeit (Europe/Berlin)",
    };
  });
  const note: HsdsSchedule[] = present(row.scheduleText)
    ? [{ id: hsdsId("schedule", `${row.id}:text`), service_id: serviceId, ...validity, description: row.scheduleText }]
    : [];
  return [...weekly, ...note];
}

function costOptionsOf(row: HsdsOfferRow, serviceId: string): HsdsCostOption[] {
  const id = hsdsId("cost_option", row.id);
  const note = present(row.costNote) ? { amount_description: row.costNote } : {};
  if (row.costKind === "free") {
    return [{ id, service_id: serviceId, option: "Kostenlos", currency: "EUR", amount: 0, ...note }];
  }
  return [{ id, service_id: serviceId, option: row.costKind === "reduced" ? "Ermäßigt" : "Kostenpflichtig", ...note }];
}

function serviceAreasOf(row: HsdsOfferRow, serviceId: string, { region }: HsdsContext): HsdsServiceArea[] {
  if (row.isCountyWide) {
    return [
      {
        id: hsdsId("service_area", `${row.id}:region`),
        service_id: serviceId,
        name: region.name,
        description: `Im ganzen ${region.name}`,
        extent: JSON.stringify({ type: "Polygon", coordinates: region.boundary }),
        extent_type: "geojson",
        uri: `${env.PUBLIC_URL}/de`,
      },
    ];
  }
  const served = new Set(row.municipalities.map(({ municipality }) => municipality.slug));
  return region.municipalities
    .filter((municipality) => served.has(municipality.slug))
    .map((municipality) => ({
      id: hsdsId("service_area", `${row.id}:${municipality.slug}`),
      service_id: serviceId,
      name: municipality.name,
      description: `${municipality.kind} ${municipality.name} (AGS ${municipality.ags})`,
      extent: JSON.stringify({ type: "Polygon", coordinates: municipality.polygon }),
      extent_type: "geojson",
      uri: `${env.PUBLIC_URL}/de/gemeinden/${municipality.slug}`,
    }));
}

function attributesOf(row: HsdsOfferRow, serviceId: string, { terms }: HsdsContext): HsdsAttribute[] {
  const slugs: [TaxonomyKind, string][] = [
    ...row.topics.map(({ topic }) => ["topic", topic.slug] as [TaxonomyKind, string]),
    ...row.audiences.map(({ audience }) => ["audience", audience.slug] as [TaxonomyKind, string]),
    ...(row.isCountyWide
      ? [...terms.values()].filter((entry) => entry.kind === "municipality").map((entry) => entry.slug)
      : row.municipalities.map(({ municipality }) => municipality.slug)
    ).map((slug) => ["municipality", slug] as [TaxonomyKind, string]),
  ];
  return slugs.flatMap(([kind, slug]) => {
    const entry = terms.get(termKey(kind, slug));
    if (!entry) return [];
    return [
      {
        id: hsdsId("attribute", `${row.id}:${kind}:${slug}`),
        link_id: serviceId,
        link_type: kind,
        link_entity: "service",
        taxonomy_term_id: termIdOf(kind, slug),
        taxonomy_term: entry.term,
      },
    ];
  });
}

function languagesOf(row: HsdsOfferRow, serviceId: string): HsdsLanguage[] {
  return row.languages.map(({ language }) => ({
    id: hsdsId("language", `${row.id}:${language}`),
    service_id: serviceId,
    name: languageName(language, "de").name,
    code: language,
  }));
}

type PlaceFields = Pick<HsdsOfferRow, "id" | "street" | "lat" | "lng" | "isOnline">;

const hasVenue = (row: PlaceFields) => present(row.street) || (row.lat !== null && row.lng !== null);

/**
 * The keys of an offer's service_at_location records: its venue when it has one, and the web when it is also
 * online. The records' ids are UUIDs of these keys.
 */
export function placeKeysOf(row: PlaceFields): string[] {
  return [...(hasVenue(row) ? [`venue:${row.id}`] : []), ...(row.isOnline ? [`online:${row.id}`] : [])];
}

/** The offer's places: where it happens (with address and accessibility) and, when it is also online, the web. */
function serviceAtLocationsOf(row: HsdsOfferRow, serviceId: string, context: HsdsContext): HsdsServiceAtLocation[] {
  const organizationId = hsdsId("organization", row.organisation.id);
  const locations: { key: string; location: HsdsLocation }[] = [];
  if (hasVenue(row)) {
    const location = physicalLocation(`offer:${row.id}`, organizationId, context, {
      name: row.locationName,
      street: row.street,
      postcode: row.postcode,
      city: row.locationMunicipality?.name ?? null,
      lat: row.lat,
      lng: row.lng,
      approximate: row.locationApproximate,
    });
    if (present(row.accessibility)) {
      location.accessibility = [
        { id: hsdsId("accessibility", row.id), location_id: location.id, description: row.accessibility },
      ];
    }
    locations.push({ key: `venue:${row.id}`, location });
  }
  if (row.isOnline) {
    const location: HsdsLocation = {
      id: hsdsId("location", `offer-online:${row.id}`),
      location_type: "virtual",
      organization_id: organizationId,
      name: "Online",
      url: offerUrl(row.slug),
    };
    locations.push({ key: `online:${row.id}`, location });
  }
  return locations.map(({ key, location }) => ({
    id: hsdsId("service_at_location", key),
    service_id: serviceId,
    location_id: location.id,
    location,
  }));
}

export function toService(row: HsdsOfferRow, context: HsdsContext): HsdsService {
  const summary = toServiceSummary(row);
  const serviceId = summary.id;
  const email = publicEmail(row.contactEmail);
  const phones: HsdsPhone[] = present(row.contactPhone)
    ? [{ id: hsdsId("phone", `offer:${row.id}`), service_id: serviceId, number: row.contactPhone, type: "voice" }]
    : [];
  const contacts: HsdsContact[] = present(row.contactName)
    ? [
        {
          id: hsdsId("contact", `offer:${row.id}`),
          service_id: serviceId,
          name: row.contactName,
          ...(email ? { email } : {}),
          phones: phones.map((phone) => ({ ...phone, contact_id: hsdsId("contact", `offer:${row.id}`) })),
        },
      ]
    : [];
  return {
    ...summary,
    organization: toOrganizationSummary(row.organisation),
    phones,
    contacts,
    schedules: schedulesOf(row, serviceId),
    service_areas: serviceAreasOf(row, serviceId, context),
    service_at_locations: serviceAtLocationsOf(row, serviceId, context),
    languages: languagesOf(row, serviceId),
    cost_options: costOptionsOf(row, serviceId),
    attributes: attributesOf(row, serviceId, context),
  };
}

/** The service_at_location records of one offer as list answers carry them: with the location and the service. */
export function toServiceAtLocationListItems(row: HsdsOfferRow, context: HsdsContext) {
  const summary = toServiceSummary(row);
  return serviceAtLocationsOf(row, summary.id, context).map((item) => ({ ...item, service: summary }));
}

/** The same with the fully nested service: the detail answer. */
export function toServiceAtLocations(row: HsdsOfferRow, context: HsdsContext) {
  const service = toService(row, context);
  return service.service_at_locations.map((item) => ({ ...item, schedules: service.schedules, service }));
}
