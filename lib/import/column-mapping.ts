import { z } from "zod";
import type { ImportRecord } from "@/lib/import/import-record";
import type { Table } from "@/lib/import/read-table";
import { foldText } from "@/lib/search/text-analysis";

// Which column of a spreadsheet fills which field. The import guesses from the column names (German and English
// synonyms) and the admin confirms or changes the guess; the CLI takes the same mapping as JSON
// ({ "title": "Angebot", … }, by column name).

export const mappingTargets = [
  "externalId",
  "title",
  "organisation",
  "organisationId",
  "summary",
  "description",
  "street",
  "postcode",
  "city",
  "email",
  "phone",
  "website",
  "contactName",
  "languages",
  "topics",
  "audiences",
  "scheduleText",
  "cost",
  "accessibility",
  "lat",
  "lng",
] as const;
export type MappingTarget = (typeof mappingTargets)[number];

/** The fields an offer cannot be imported without. */
export const requiredTargets: readonly MappingTarget[] = ["title", "organisation"];

export type ColumnMapping = Partial<Record<MappingTarget, string>>;

// Compared after folding (lower case, umlauts and punctuation gone), most specific first.
const SYNONYMS: Record<MappingTarget, string[]> = {
  externalId: ["externe id", "external id", "id", "nr", "nummer", "angebots id", "angebotsnummer", "kennung"],
  title: ["titel", "angebot", "angebotsname", "name des angebots", "title", "name", "bezeichnung", "service"],
  organisation: ["trager", "traeger", "organisation", "organization", "anbieter", "einrichtung", "verein", "provider"],
  organisationId: ["trager id", "traeger id", "organisations id", "organisation id", "organization id"],
  summary: ["kurzbeschreibung", "zusammenfassung", "kurztext", "summary", "teaser"],
  description: ["beschreibung", "description", "text", "inhalt", "details", "langbeschreibung"],
  street: ["strasse", "straße", "str", "adresse", "anschrift", "street", "address", "strasse und hausnummer"],
  postcode: ["plz", "postleitzahl", "postcode", "zip", "postal code"],
  city: ["ort", "gemeinde", "stadt", "kommune", "city", "municipality", "wohnort", "stadt gemeinde"],
  email: ["e mail", "email", "mail", "e mail adresse", "kontakt e mail"],
  phone: ["telefon", "tel", "telefonnummer", "phone", "telephone"],
  website: ["website", "webseite", "internet", "homepage", "url", "link", "internetseite"],
  contactName: ["ansprechperson", "ansprechpartner", "ansprechpartnerin", "kontaktperson", "kontakt", "contact"],
  languages: ["sprachen", "sprache", "languages", "language", "angebotssprachen"],
  topics: ["themen", "thema", "handlungsfeld", "handlungsfelder", "topics", "topic", "kategorie", "kategorien"],
  audiences: ["zielgruppen", "zielgruppe", "audiences", "audience", "fur wen", "target group"],
  scheduleText: ["zeiten", "offnungszeiten", "oeffnungszeiten", "termine", "sprechzeiten", "schedule", "wann"],
  cost: ["kosten", "gebuhr", "gebuehr", "preis", "cost", "costs", "fees"],
  accessibility: ["barrierefreiheit", "barrierefrei", "accessibility"],
  lat: ["breitengrad", "lat", "latitude", "breite"],
  lng: ["langengrad", "laengengrad", "lng", "lon", "long", "longitude", "lange"],
};

function normalised(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The mapping suggested by the column names: each column at most once, the most specific synonym first. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const folded = headers.map(normalised);
  // First exact names for every target, then names that start with a synonym ("Telefon (Büro)").
  for (const matches of [
    (header: string, synonym: string) => header === normalised(synonym),
    (header: string, synonym: string) => header.startsWith(`${normalised(synonym)} `),
  ]) {
    for (const target of mappingTargets) {
      if (mapping[target] !== undefined) continue;
      for (const synonym of SYNONYMS[target]) {
        const index = folded.findIndex((header, i) => !used.has(i) && matches(header, synonym));
        if (index >= 0) {
          mapping[target] = headers[index]!;
          used.add(index);
          break;
        }
      }
    }
  }
  return mapping;
}

/** A mapping from the confirmation form or a JSON file, checked against the file's columns. */
export function columnMappingSchema(headers: readonly string[]) {
  const column = z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z
      .string()
      .refine((name) => headers.includes(name), { error: "choose" })
      .optional(),
  );
  return z
    .object(
      Object.fromEntries(mappingTargets.map((target) => [target, column])) as Record<MappingTarget, typeof column>,
    )
    .superRefine((mapping, ctx) => {
      for (const target of requiredTargets)
        if (!mapping[target]) ctx.addIssue({ code: "custom", path: [target], message: "required" });
      if (!mapping.city && !mapping.postcode)
        ctx.addIssue({ code: "custom", path: ["city"], message: "mappingNeedsPlace" });
    });
}

const LIST_SEPARATOR = /\s*[;,|\n]\s*/;

function list(value: string | undefined): string[] {
  return (value ?? "").split(LIST_SEPARATOR).filter((item) => item !== "");
}

/** The rows of a spreadsheet as import records, through a confirmed mapping. */
export function recordsFromTable(table: Table, mapping: ColumnMapping): ImportRecord[] {
  const indexOf = Object.fromEntries(
    mappingTargets.map((target) => [target, mapping[target] ? table.headers.indexOf(mapping[target]) : -1]),
  ) as Record<MappingTarget, number>;
  return table.rows.map(({ row, cells }) => {
    const get = (target: MappingTarget): string | undefined => {
      const value = indexOf[target] >= 0 ? cells[indexOf[target]] : undefined;
      return value === undefined || value === "" ? undefined : value;
    };
    const place = { street: get("street"), postcode: get("postcode"), city: get("city") };
    return {
      row,
      problems: [],
      organisation: {
        externalId: get("organisationId"),
        name: get("organisation"),
        ...place,
        email: get("email"),
        phone: get("phone"),
        website: get("website"),
        lat: get("lat"),
        lng: get("lng"),
      },
      offer: {
        externalId: get("externalId"),
        title: get("title"),
        summary: get("summary"),
        description: get("description"),
        topics: list(get("topics")),
        audiences: list(get("audiences")),
        languages: list(get("languages")),
        taxonomyTerms: [],
        servedAreas: [],
        ...place,
        lat: get("lat"),
        lng: get("lng"),
        scheduleText: get("scheduleText"),
        slots: [],
        cost: get("cost"),
        accessibility: get("accessibility"),
        contactName: get("contactName"),
        contactEmail: get("email"),
        contactPhone: get("phone"),
      },
    };
  });
}
