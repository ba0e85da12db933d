import { prisma } from "@/lib/db";
import {
  loadExistingRecords,
  type ExistingOffer,
  type ExistingOrganisation,
  type ExistingRecords,
} from "@/lib/import/existing-records";
import {
  countOutcomes,
  type ImportCounts,
  type ImportReason,
  type ImportRecord,
  type RowReport,
} from "@/lib/import/import-record";
import { buildOfferInput, buildOrganisationInput, placeOf } from "@/lib/import/record-inputs";
import { loadReferenceTerms, municipalityOf, type ReferenceTerms } from "@/lib/import/reference-terms";
import { resolveOfferInput, type ResolvedOffer } from "@/lib/offers/offer-write";
import { OfferInputSchema, translatableDetails, type OfferInput } from "@/lib/offers/schemas";
import { profileData } from "@/lib/organisations/mutations";
import { OrganisationInputSchema } from "@/lib/organisations/schemas";
import { nameSimilarity } from "@/lib/organisations/similar-organisations";
import { assertPlaceFits } from "@/lib/region/place-checks";
import { DomainError, fieldErrorsOf, type FieldErrors } from "@/lib/result";
import { slugify } from "@/lib/validation/slugify";

// The dry run: what each row would do (created, updated, unchanged, skipped with reasons), decided from the
// database as it is, with nothing written. The real run (lib/import/apply-import.ts) writes exactly this plan.
// Rows are validated with the forms' own schemas (OrganisationInputSchema, OfferInputSchema) and references
// resolved by the same function as an offer saved by hand (resolveOfferInput). See docs/decisions/015-import.md.

export type OrganisationData = ReturnType<typeof profileData> & { locationApproximate: boolean };

export type PlannedOrganisation = {
  key: string;
  data: OrganisationData;
  existing: ExistingOrganisation | undefined;
  changes: string[];
};

export type PlannedOffer = {
  key: string;
  input: OfferInput;
  resolved: ResolvedOffer;
  locationApproximate: boolean;
  existing: ExistingOffer | undefined;
  changes: string[];
  textChanged: boolean;
};

export type PlannedRow = {
  report: RowReport;
  organisation?: PlannedOrganisation;
  offer?: PlannedOffer;
  /** This row writes the organisation (its first row that is not skipped, when the organisation is new or changed). */
  writesOrganisation: boolean;
};

export type ImportPlan = { source: string; rows: PlannedRow[]; counts: ImportCounts };

const DUPLICATE_NAME = 0.5;
const DUPLICATE_TITLE = 0.75;

function reasonsOf(errors: FieldErrors, entity: "organisation" | "offer"): ImportReason[] {
  return Object.entries(errors).flatMap(([path, messages]) =>
    messages.map((error) => ({ code: "invalidField" as const, field: `${entity}.${path.split(".")[0]}`, error })),
  );
}

function placeErrors(check: () => unknown, entity: "organisation" | "offer"): ImportReason[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof DomainError && error.fieldErrors) return reasonsOf(error.fieldErrors, entity);
    throw error;
  }
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b)
    : (a ?? null) === (b ?? null);

function changedFields(desired: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  if (!current) return [];
  return Object.keys(desired).filter((field) => !same(desired[field], current[field]));
}

const sortedList = (values: readonly string[]) => [...values].sort().join("|");

function offerChanges(plannedOrganisationId: string | undefined, offer: Omit<PlannedOffer, "changes" | "textChanged">) {
  const { existing, resolved } = offer;
  if (!existing) return { changes: [], textChanged: false };
  const changes = changedFields({ ...resolved.scalars, locationApproximate: offer.locationApproximate }, existing);
  if (plannedOrganisationId !== undefined && plannedOrganisationId !== existing.organisationId)
    changes.push("organisation");
  const lists: [string, string[], string[]][] = [
    ["topics", resolved.relations.topicIds, existing.topics.map((row) => row.topicId)],
    ["audiences", resolved.relations.audienceIds, existing.audiences.map((row) => row.audienceId)],
    ["languages", resolved.relations.languages, existing.languages.map((row) => row.language)],
    ["municipalities", resolved.relations.municipalityIds, existing.municipalities.map((row) => row.municipalityId)],
    [
      "slots",
      resolved.relations.slots.map((slot) => `${slot.weekday} ${slot.startTime}-${slot.endTime}`),
      existing.scheduleSlots.map((slot) => `${slot.weekday} ${slot.startTime}-${slot.endTime}`),
    ],
  ];
  for (const [field, desired, current] of lists) if (sortedList(desired) !== sortedList(current)) changes.push(field);
  const textFields = ["title", "summary", "description", ...translatableDetails];
  return { changes, textChanged: changes.some((field) => textFields.includes(field)) };
}

type Planner = {
  terms: ReferenceTerms;
  existing: ExistingRecords;
  organisations: Map<string, { planned?: PlannedOrganisation; reasons: ImportReason[]; firstRow: number }>;
  offerRows: Map<string, number>;
  municipalityNames: Map<string, string>;
};

/**
 * The municipality of a place. A record with no place at all (an online offer of an organisation without an
 * address, as HSDS often has) belongs to the first municipality it serves; a place that names an unknown town
 * stays unknown, so it is skipped with that reason.
 */
function placeMunicipality(
  terms: Planner["terms"],
  record: ImportRecord,
  place: { city?: string; postcode?: string },
): string | null {
  if (place.city || place.postcode) return municipalityOf(terms, place.city, place.postcode);
  for (const name of [...record.offer.servedAreas, ...record.offer.taxonomyTerms]) {
    const municipality = municipalityOf(terms, name);
    if (municipality) return municipality;
  }
  return null;
}

function planOrganisation(
  planner: Planner,
  record: ImportRecord,
  key: string,
): { planned?: PlannedOrganisation; reasons: ImportReason[] } {
  const { terms, existing } = planner;
  const source = record.organisation;
  const municipality = placeMunicipality(terms, record, source);
  const current = existing.organisations.get(key);
  if (current && current._count.memberships > 0) return { reasons: [{ code: "claimed", name: current.name }] };
  const raw = buildOrganisationInput(record, municipality, current);
  const parsed = OrganisationInputSchema.safeParse(raw);
  const reasons: ImportReason[] = [];
  if (!municipality)
    reasons.push({ code: "unknownMunicipality", city: source.city ?? "", postcode: source.postcode ?? "" });
  if (!parsed.success) reasons.push(...reasonsOf(fieldErrorsOf(parsed.error), "organisation"));
  if (!parsed.success || !municipality) return { reasons };
  reasons.push(...placeErrors(() => assertPlaceFits(parsed.data), "organisation"));
  if (reasons.length > 0) return { reasons };
  const place = placeOf(parsed.data.lat, parsed.data.lng, parsed.data, municipality);
  const municipalityId = terms.municipalities.find((row) => row.slug === municipality)!.id;
  const data = {
    ...profileData({ ...parsed.data, ...place.point }, municipalityId),
    locationApproximate: place.approximate,
  };
  if (!current) {
    const duplicate = (existing.otherOrganisations.get(municipalityId) ?? []).find(
      (other) => nameSimilarity(other.name, data.name) >= DUPLICATE_NAME,
    );
    if (duplicate)
      return {
        reasons: [
          {
            code: "probableDuplicate",
            entity: "organisation",
            name: duplicate.name,
            municipality: duplicate.municipality.name,
          },
        ],
      };
  }
  return { planned: { key, data, existing: current, changes: changedFields(data, current) }, reasons: [] };
}

async function planOffer(
  planner: Planner,
  record: ImportRecord,
  key: string,
  organisation: PlannedOrganisation | undefined,
): Promise<{ planned?: PlannedOffer; reasons: ImportReason[] }> {
  const { terms, existing } = planner;
  const source = record.offer;
  const municipality = placeMunicipality(terms, record, {
    city: source.city ?? record.organisation.city,
    postcode: source.postcode ?? record.organisation.postcode,
  });
  const reasons: ImportReason[] = [];
  const { raw, unknown } = buildOfferInput(terms, record, municipality);
  reasons.push(...unknown);
  if (!municipality)
    reasons.push({
      code: "unknownMunicipality",
      city: source.city ?? record.organisation.city ?? "",
      postcode: source.postcode ?? record.organisation.postcode ?? "",
    });
  const parsed = OfferInputSchema.safeParse(raw);
  if (!parsed.success) reasons.push(...reasonsOf(fieldErrorsOf(parsed.error), "offer"));
  if (!parsed.success || !municipality) return { reasons };
  const place = placeOf(parsed.data.lat, parsed.data.lng, parsed.data, municipality);
  const input: OfferInput = { ...parsed.data, ...place.point };
  let resolved: ResolvedOffer;
  try {
    resolved = await resolveOfferInput(prisma, input);
  } catch (error) {
    if (error instanceof DomainError && error.fieldErrors)
      return { reasons: [...reasons, ...reasonsOf(error.fieldErrors, "offer")] };
    throw error;
  }
  if (reasons.length > 0) return { reasons };
  const current = existing.offers.get(key);
  if (!current) {
    const municipalityId = resolved.scalars.locationMunicipalityId ?? "";
    const duplicate = (existing.otherOffers.get(municipalityId) ?? []).find(
      (other) =>
        nameSimilarity(other.title, input.title) >= DUPLICATE_TITLE &&
        nameSimilarity(other.organisation.name, record.organisation.name ?? "") >= DUPLICATE_NAME,
    );
    if (duplicate)
      return {
        reasons: [
          {
            code: "probableDuplicate",
            entity: "offer",
            name: duplicate.title,
            municipality: planner.municipalityNames.get(municipalityId) ?? "",
          },
        ],
      };
  }
  const offer = { key, input, resolved, locationApproximate: place.approximate, existing: current };
  return {
    planned: { ...offer, ...offerChanges(organisation?.existing?.id ?? (organisation ? "new" : undefined), offer) },
    reasons: [],
  };
}

/** A spreadsheet row names one place for organisation and offer: its problem is reported once. */
function uniqueReasons(reasons: ImportReason[]): ImportReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(
      reason.code === "invalidField" ? { ...reason, field: reason.field.split(".")[1] } : reason,
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The key of idempotence of a row's organisation and offer: the source's ids, else their names. */
export function recordKeys(record: ImportRecord): { organisation: string; offer: string } | null {
  const organisationName = record.organisation.name;
  const organisation = record.organisation.externalId ?? (organisationName ? `name:${slugify(organisationName)}` : "");
  const offer = record.offer.externalId ?? (record.offer.title ? `${organisation}/${slugify(record.offer.title)}` : "");
  return organisation && offer ? { organisation, offer } : null;
}

/** Plans every row; writes nothing. */
export async function planImport(source: string, records: ImportRecord[]): Promise<ImportPlan> {
  const [terms, existing] = await Promise.all([loadReferenceTerms(), loadExistingRecords(source)]);
  const planner: Planner = {
    terms,
    existing,
    organisations: new Map(),
    offerRows: new Map(),
    municipalityNames: new Map(terms.municipalities.map((row) => [row.id, row.name])),
  };
  const rows: PlannedRow[] = [];
  for (const record of records) {
    const report: RowReport = {
      row: record.row,
      externalId: record.offer.externalId ?? "",
      title: record.offer.title ?? "",
      organisation: record.organisation.name ?? "",
      outcome: "skipped",
      reasons: [...record.problems],
      changes: [],
    };
    const keys = recordKeys(record);
    if (!keys) {
      if (!record.organisation.name && record.problems.length === 0)
        report.reasons.push({ code: "missingOrganisation" });
      if (!record.offer.title)
        report.reasons.push({ code: "invalidField", field: "offer.title", error: { key: "required" } });
      rows.push({ report, writesOrganisation: false });
      continue;
    }
    const firstRow = planner.offerRows.get(keys.offer);
    if (firstRow !== undefined) {
      report.reasons.push({ code: "duplicateInFile", firstRow });
      rows.push({ report, writesOrganisation: false });
      continue;
    }
    planner.offerRows.set(keys.offer, record.row);
    let organisation = planner.organisations.get(keys.organisation);
    // The organisation's details come from its first row that gives valid ones; a row with bad ones is skipped
    // with its own reasons and does not take the others down with it.
    if (!organisation?.planned) {
      organisation = { ...planOrganisation(planner, record, keys.organisation), firstRow: record.row };
      planner.organisations.set(keys.organisation, organisation);
    }
    const offer = await planOffer(planner, record, keys.offer, organisation.planned);
    report.reasons = uniqueReasons([...report.reasons, ...organisation.reasons, ...offer.reasons]);
    if (report.reasons.length > 0 || !organisation.planned || !offer.planned) {
      rows.push({ report, writesOrganisation: false });
      continue;
    }
    rows.push({ report, organisation: organisation.planned, offer: offer.planned, writesOrganisation: false });
  }
  // The organisation is written with its first row that is not skipped; that row counts its changes.
  const written = new Set<string>();
  for (const row of rows) {
    if (!row.organisation || !row.offer) continue;
    const organisation = row.organisation;
    const organisationChanges = !organisation.existing || organisation.changes.length > 0;
    row.writesOrganisation = organisationChanges && !written.has(organisation.key);
    written.add(organisation.key);
    const orgChanges =
      row.writesOrganisation && organisation.existing
        ? organisation.changes.map((field) => `organisation.${field}`)
        : [];
    row.report.changes = [...row.offer.changes.map((field) => `offer.${field}`), ...orgChanges];
    row.report.outcome = !row.offer.existing
      ? "created"
      : row.report.changes.length > 0 || (row.writesOrganisation && !organisation.existing)
        ? "updated"
        : "unchanged";
  }
  return { source, rows, counts: countOutcomes(rows.map((row) => row.report)) };
}
