import type { ImportedSlot, ImportRecord, ImportReason } from "@/lib/import/import-record";
import { REDUCED } from "@/lib/import/record-inputs";

// HSDS 3.0 (Open Referral) as import records: one per service, with its organisation, first location and
// address. JSON comes nested (an array of services, an API page { contents: [...] }, or one service); a tabular
// data package comes as one CSV per table and is nested here by the spec's foreign keys first, so both take
// the same path. The HSDS ids are the external ids.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The services in an HSDS JSON document, or null when it is none. */
export function servicesFromHsdsJson(data: unknown): Json[] | null {
  if (Array.isArray(data)) return objects(data);
  if (isObject(data) && Array.isArray(data.contents)) return objects(data.contents);
  if (isObject(data) && typeof data.id === "string" && typeof data.name === "string") return [data];
  return null;
}

export type HsdsTables = Map<string, Record<string, string>[]>;

function groupBy(rows: Record<string, string>[] | undefined, key: string): Map<string, Json[]> {
  const groups = new Map<string, Json[]>();
  for (const row of rows ?? []) {
    const value = row[key];
    if (!value) continue;
    const group = groups.get(value) ?? [];
    group.push(row);
    groups.set(value, group);
  }
  return groups;
}

/** Nests the tables of a tabular data package (organization.csv, service.csv, …) into services as in JSON. */
export function servicesFromHsdsTables(tables: HsdsTables): Json[] {
  const organisations = new Map((tables.get("organization") ?? []).map((row) => [row.id ?? "", row as Json]));
  const terms = new Map((tables.get("taxonomy_term") ?? []).map((row) => [row.id ?? "", row as Json]));
  const phonesBy = (key: string) => groupBy(tables.get("phone"), key);
  const [servicePhones, locationPhones, organisationPhones] = [
    phonesBy("service_id"),
    phonesBy("location_id"),
    phonesBy("organization_id"),
  ];
  const addresses = groupBy(tables.get("address"), "location_id");
  const accessibility = groupBy(tables.get("accessibility"), "location_id");
  const locations = new Map(
    (tables.get("location") ?? []).map((row) => [
      row.id ?? "",
      {
        ...row,
        addresses: addresses.get(row.id ?? "") ?? [],
        accessibility: accessibility.get(row.id ?? "") ?? [],
        phones: locationPhones.get(row.id ?? "") ?? [],
      },
    ]),
  );
  const atLocations = groupBy(tables.get("service_at_location"), "service_id");
  const attributes = groupBy(
    (tables.get("attribute") ?? []).filter((row) => !row.link_entity || row.link_entity === "service"),
    "link_id",
  );
  const byService = (table: string) => groupBy(tables.get(table), "service_id");
  const [schedules, areas, languages, costs, contacts] = [
    "schedule",
    "service_area",
    "language",
    "cost_option",
    "contact",
  ].map(byService) as [
    Map<string, Json[]>,
    Map<string, Json[]>,
    Map<string, Json[]>,
    Map<string, Json[]>,
    Map<string, Json[]>,
  ];
  return (tables.get("service") ?? []).map((row) => {
    const id = row.id ?? "";
    const organisation = organisations.get(row.organization_id ?? "");
    return {
      ...row,
      organization: organisation
        ? { ...organisation, phones: organisationPhones.get(String(organisation.id)) ?? [] }
        : undefined,
      phones: servicePhones.get(id) ?? [],
      schedules: schedules.get(id) ?? [],
      service_areas: areas.get(id) ?? [],
      languages: languages.get(id) ?? [],
      cost_options: costs.get(id) ?? [],
      contacts: contacts.get(id) ?? [],
      attributes: (attributes.get(id) ?? []).map((attribute) => ({
        ...attribute,
        taxonomy_term: terms.get(text(attribute.taxonomy_term_id) ?? ""),
      })),
      service_at_locations: (atLocations.get(id) ?? []).map((link) => ({
        ...link,
        location: locations.get(text(link.location_id) ?? ""),
      })),
    };
  });
}

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const hhmm = (value: unknown) => text(value)?.match(/^(\d{2}:\d{2})/)?.[1];

function slotsOf(schedules: Json[]): ImportedSlot[] {
  const slots: ImportedSlot[] = [];
  for (const schedule of schedules) {
    const [startTime, endTime] = [hhmm(schedule.opens_at), hhmm(schedule.closes_at)];
    const freq = text(schedule.freq)?.toUpperCase();
    if (!startTime || !endTime || (freq && freq !== "WEEKLY")) continue;
    for (const day of (text(schedule.byday) ?? "").split(",")) {
      const weekday = WEEKDAYS.indexOf(day.trim().toUpperCase().slice(-2)) + 1;
      if (weekday > 0) slots.push({ weekday, startTime, endTime });
    }
  }
  return slots;
}

function costOf(service: Json): { costKind?: "free" | "reduced" | "paid"; cost?: string; costNote?: string } {
  const options = objects(service.cost_options);
  const note = text(service.fees_description) ?? text(options[0]?.amount_description) ?? text(options[0]?.option);
  if (options.length === 0) return { cost: note };
  const amounts = options.map((option) => Number(option.amount ?? 0));
  const words = options.map((option) => `${text(option.option) ?? ""} ${text(option.amount_description) ?? ""}`);
  if (words.some((word) => REDUCED.test(word))) return { costKind: "reduced", costNote: note };
  return { costKind: amounts.some((amount) => amount > 0) ? "paid" : "free", costNote: note };
}

function addressOf(location: Json | undefined): { street?: string; postcode?: string; city?: string } {
  const addresses = objects(location?.addresses);
  const address = addresses.find((a) => text(a.address_type) !== "postal") ?? addresses[0];
  if (!address) return {};
  const street = [text(address.address_1), text(address.address_2)].filter(Boolean).join(", ");
  return { street: street || undefined, postcode: text(address.postal_code), city: text(address.city) };
}

/** One HSDS service as an import record (its position in the file is `row`). */
export function recordFromHsdsService(service: Json, row: number): ImportRecord {
  const problems: ImportReason[] = [];
  const organisation = isObject(service.organization) ? service.organization : undefined;
  if (!organisation) problems.push({ code: "missingOrganisation" });
  const status = text(service.status);
  if (status && status !== "active") problems.push({ code: "inactive", status });
  const locations = objects(service.service_at_locations)
    .map((link) => link.location)
    .filter(isObject);
  // The venue is the first place that is not on the web; a virtual place among them makes the offer online.
  const location = locations.find((place) => text(place.location_type) !== "virtual") ?? locations[0];
  const isOnline = locations.some((place) => text(place.location_type) === "virtual");
  const organisationLocation = objects(organisation?.locations)[0];
  const place = addressOf(location);
  const organisationPlace = organisationLocation ? addressOf(organisationLocation) : place;
  const contact = objects(service.contacts)[0];
  const phone = objects(service.phones)[0] ?? objects(location?.phones)[0] ?? objects(contact?.phones)[0];
  const organisationPhone = objects(organisation?.phones)[0];
  const schedules = [
    ...objects(service.schedules),
    ...objects(service.service_at_locations).flatMap((link) => objects(link.schedules)),
  ];
  const scheduleText = schedules
    .map((schedule) => text(schedule.description))
    .filter(Boolean)
    .join("; ");
  const terms = objects(service.attributes)
    .map((attribute) => attribute.taxonomy_term)
    .filter(isObject)
    .flatMap((term) => [text(term.code), text(term.name)].filter((value): value is string => value !== undefined));
  const latitude = location ? text(location.latitude) : undefined;
  const longitude = location ? text(location.longitude) : undefined;
  return {
    row,
    problems,
    organisation: {
      externalId: text(organisation?.id),
      name: text(organisation?.name),
      description: text(organisation?.description),
      ...organisationPlace,
      email: text(organisation?.email),
      website: text(organisation?.website) ?? text(organisation?.url),
      phone: text(organisationPhone?.number),
      lat: organisationLocation ? text(organisationLocation.latitude) : latitude,
      lng: organisationLocation ? text(organisationLocation.longitude) : longitude,
    },
    offer: {
      externalId: text(service.id),
      title: text(service.name),
      description: text(service.description),
      topics: [],
      audiences: [],
      languages: objects(service.languages)
        .map((language) => text(language.code) ?? text(language.name))
        .filter((value): value is string => value !== undefined),
      taxonomyTerms: terms,
      servedAreas: objects(service.service_areas)
        .map((area) => text(area.name))
        .filter((value): value is string => value !== undefined),
      isOnline,
      locationName: text(location?.name),
      ...place,
      lat: latitude,
      lng: longitude,
      scheduleText: scheduleText || undefined,
      slots: slotsOf(schedules),
      ...costOf(service),
      accessibility:
        objects(location?.accessibility)
          .map((entry) => text(entry.description))
          .filter(Boolean)
          .join("; ") || undefined,
      contactName: text(contact?.name),
      contactEmail: text(service.email) ?? text(contact?.email),
      contactPhone: text(phone?.number),
    },
  };
}
