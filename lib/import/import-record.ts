import type { ErrorMessage } from "@/lib/result";

// One row of an import, whatever the file was: a spreadsheet row after the column mapping, or one HSDS service
// with its organisation and location. Values are the text as found; lib/import/plan-import.ts validates them with
// the same schemas as the forms, so an imported offer obeys the rules of one typed by hand.

export type ImportedOrganisation = {
  externalId?: string;
  name?: string;
  kind?: string;
  description?: string;
  street?: string;
  postcode?: string;
  city?: string;
  email?: string;
  phone?: string;
  website?: string;
  lat?: string;
  lng?: string;
};

export type ImportedSlot = { weekday: number; startTime: string; endTime: string };

export type ImportedOffer = {
  externalId?: string;
  title?: string;
  summary?: string;
  description?: string;
  /** Topic, audience and municipality terms: slugs or names as the source wrote them. */
  topics: string[];
  audiences: string[];
  /** ISO 639-1 or 639-2 codes, or language names in German or English. */
  languages: string[];
  languageNote?: string;
  /** HSDS taxonomy terms (code or name): those naming a topic, audience or municipality count, others are ignored. */
  taxonomyTerms: string[];
  /** Municipalities served besides the one of the address. */
  servedAreas: string[];
  isCountyWide?: boolean;
  isOnline?: boolean;
  locationName?: string;
  street?: string;
  postcode?: string;
  city?: string;
  lat?: string;
  lng?: string;
  scheduleText?: string;
  slots: ImportedSlot[];
  /** "kostenlos", "ermäßigt", "5 €" …, or an HSDS cost kind already decided. */
  cost?: string;
  costKind?: "free" | "reduced" | "paid";
  costNote?: string;
  registrationRequired?: boolean;
  accessibility?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  website?: string;
  validFrom?: string;
  validUntil?: string;
};

export type ImportRecord = {
  /** Where a person finds it in the file: the spreadsheet's row number (header = 1), or the service's position. */
  row: number;
  organisation: ImportedOrganisation;
  offer: ImportedOffer;
  /** Problems found while reading, before validation (e.g. an HSDS service without an organisation). */
  problems: ImportReason[];
};

/** Why a row is skipped. Field names are the import's target fields; messages are keys of "Errors.fields". */
export type ImportReason =
  | { code: "invalidField"; field: string; error: ErrorMessage }
  | { code: "unknownValue"; field: string; value: string }
  | { code: "unknownMunicipality"; city: string; postcode: string }
  | { code: "probableDuplicate"; entity: "organisation" | "offer"; name: string; municipality: string }
  | { code: "duplicateInFile"; firstRow: number }
  | { code: "missingOrganisation" }
  | { code: "claimed"; name: string }
  | { code: "inactive"; status: string };

export type RowOutcome = "created" | "updated" | "unchanged" | "skipped";

/** One line of the report. */
export type RowReport = {
  row: number;
  externalId: string;
  title: string;
  organisation: string;
  outcome: RowOutcome;
  reasons: ImportReason[];
  /** What an update changes (field names), so the admin sees why it is not "unchanged". */
  changes: string[];
};

export type ImportCounts = Record<RowOutcome, number> & { total: number };

export function countOutcomes(rows: readonly { outcome: RowOutcome }[]): ImportCounts {
  const counts: ImportCounts = { total: rows.length, created: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}
