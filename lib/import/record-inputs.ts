import type { ExistingOrganisation } from "@/lib/import/existing-records";
import type { ImportReason, ImportRecord } from "@/lib/import/import-record";
import { languageOf, lookUp, municipalityOf, type ReferenceTerms } from "@/lib/import/reference-terms";
import { postcodeCentres } from "@/lib/map/region-borders";
import { findRegionMunicipality } from "@/lib/region/place-checks";
import { getRegion } from "@/lib/region/region";
import { slugify } from "@/lib/validation/slugify";

// An import record as the raw input of the forms' schemas: names looked up as slugs and codes, a missing summary
// taken from the description, the cost read from words. The schemas then judge it like a form.

// Stands in for an unknown municipality so the schema reports the row's other problems too; the row is skipped
// for the unknown municipality anyway.
const UNKNOWN_MUNICIPALITY = "unbekannt";
const SUMMARY_MAX = 300;

let centres: Record<string, { lat: number; lng: number }> | undefined;

/**
 * Coordinates as given, or the postcode's centre (the municipality's, which is what the region knows) marked as
 * approximate. See docs/decisions/015-import.md.
 */
export function placeOf(
  lat: number | undefined,
  lng: number | undefined,
  address: { street?: string; postcode?: string },
  municipality: string,
) {
  if (lat !== undefined && lng !== undefined) return { point: { lat, lng }, approximate: false };
  // No address, no point: an online offer or an organisation without an address is not put on the map.
  if (!address.street && !address.postcode) return { point: {}, approximate: false };
  const { postcode } = address;
  centres ??= postcodeCentres(getRegion());
  const centre = (postcode ? centres[postcode] : undefined) ?? findRegionMunicipality(municipality)?.center;
  return centre
    ? { point: { lat: centre.lat, lng: centre.lng }, approximate: true }
    : { point: {}, approximate: false };
}

export function buildOrganisationInput(
  record: ImportRecord,
  municipality: string | null,
  current?: ExistingOrganisation,
) {
  const source = record.organisation;
  return {
    name: source.name,
    // Neither a spreadsheet nor HSDS says which of our kinds it is: "other" until someone chooses, and what was
    // chosen since stays.
    kind: current?.kind ?? source.kind ?? "other",
    municipality: municipality ?? UNKNOWN_MUNICIPALITY,
    street: source.street,
    postcode: source.postcode,
    email: source.email,
    phone: source.phone,
    website: source.website,
    description: source.description,
    languages: current ? (JSON.parse(current.languagesJson) as string[]) : [],
    lat: source.lat,
    lng: source.lng,
  };
}

function summaryOf(summary: string | undefined, description: string | undefined): string | undefined {
  if (summary || !description) return summary;
  if (description.length <= SUMMARY_MAX) return description;
  const cut = description.slice(0, SUMMARY_MAX - 1);
  const sentenceEnd = cut.lastIndexOf(". ");
  return sentenceEnd > 40 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

const FREE = /^(0|0[,.]00|0 ?€|kostenlos|kostenfrei|gratis|frei|free|keine|nein|umsonst|entgeltfrei)$/i;
/** Words that say a price is reduced, in a spreadsheet's cost column or an HSDS cost option. */
export const REDUCED = /erm(ä|ae)(ß|ss)igt|reduziert|reduced|discount|sozialtarif/i;

/** "kostenlos" → free; "ermäßigt 5 €" → reduced with the text as note; other words → paid with the note. */
export function costOf(cost: string | undefined): { costKind: "free" | "reduced" | "paid"; costNote?: string } {
  const text = cost?.trim() ?? "";
  // An empty cost is read as free, the common case in the county's lists; the reviewer sees it before it goes live.
  if (text === "" || FREE.test(text)) return { costKind: "free" };
  if (/^(kostenlos|kostenfrei|gratis|free)\b/i.test(text)) return { costKind: "free", costNote: text };
  return { costKind: REDUCED.test(text) ? "reduced" : "paid", costNote: text };
}

export function buildOfferInput(terms: ReferenceTerms, record: ImportRecord, municipality: string | null) {
  const source = record.offer;
  const unknown: ImportReason[] = [];
  const resolve = (values: string[], field: string, find: (term: string) => string | undefined) =>
    values.flatMap((value) => {
      const found = find(value);
      if (!found) unknown.push({ code: "unknownValue", field, value });
      return found ? [found] : [];
    });
  const topics = resolve(source.topics, "offer.topics", (term) => lookUp(terms.topicByTerm, term));
  const audiences = resolve(source.audiences, "offer.audiences", (term) => lookUp(terms.audienceByTerm, term));
  const languages = resolve(source.languages, "offer.languages", (term) => languageOf(terms, term));
  const served: string[] = [];
  let isCountyWide = source.isCountyWide ?? false;
  for (const term of [...source.taxonomyTerms, ...source.servedAreas]) {
    const topic = lookUp(terms.topicByTerm, term);
    const audience = lookUp(terms.audienceByTerm, term);
    if (topic) topics.push(topic);
    else if (audience) audiences.push(audience);
    else if (terms.regionTerms.has(slugify(term))) isCountyWide = true;
    else {
      const servedMunicipality = municipalityOf(terms, term);
      if (servedMunicipality) served.push(servedMunicipality);
    }
  }
  const description = source.description ?? source.summary;
  const raw = {
    title: source.title,
    summary: summaryOf(source.summary, source.description),
    description,
    topics: [...new Set(topics)],
    audiences: [...new Set(audiences)],
    // An offer says in which language it is given; a list that names none is read as German.
    languages: source.languages.length === 0 ? ["de"] : [...new Set(languages)],
    languageNote: source.languageNote,
    isCountyWide: isCountyWide ? "on" : undefined,
    municipalities: [...new Set([municipality ?? UNKNOWN_MUNICIPALITY, ...served])],
    isOnline: source.isOnline ? "on" : undefined,
    locationName: source.locationName,
    street: source.street,
    postcode: source.postcode,
    locationMunicipality: municipality ?? UNKNOWN_MUNICIPALITY,
    lat: source.lat,
    lng: source.lng,
    scheduleText: source.scheduleText,
    slots: source.slots,
    ...(source.costKind ? { costKind: source.costKind, costNote: source.costNote } : costOf(source.cost)),
    registrationRequired: source.registrationRequired ? "on" : undefined,
    accessibility: source.accessibility,
    contactName: source.contactName,
    contactEmail: source.contactEmail,
    contactPhone: source.contactPhone,
    validFrom: source.validFrom,
    validUntil: source.validUntil,
  };
  return { raw, unknown };
}
