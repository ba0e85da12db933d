import "server-only";
import { prisma, type Prisma } from "@/lib/db";
import { berlinDay } from "@/lib/events/event-time";
import { spreadsheetCsv } from "@/lib/http/csv";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { translatorFor } from "@/lib/i18n/translator";
import { getRegion } from "@/lib/region/region";
import { searchOffers, type SearchHit } from "@/lib/search/search-offers";
import type { SearchRequest } from "@/lib/search/search-request";
import { toSearchParams } from "@/lib/search/search-url";

// A filtered search as a spreadsheet (GET /api/v1/search.csv): every hit of the search in the list's order, not
// one page, one row per offer, in the format of lib/http/csv.ts (formula-safe, ";" and BOM for Excel), with
// headers and names in the requested locale.

/** At most this many rows: the whole result up to a county's size many times over, like the map's points. */
export const MAX_SEARCH_CSV_ROWS = 20_000;
const PAGE_SIZE = 1_000;

/** The CSV of the search a results page shows: its text, filters, order and locale, without paging. */
export function searchCsvHref(request: SearchRequest): string {
  const params = toSearchParams({ ...request, page: 1, perPage: 20 });
  params.set("locale", request.locale);
  return `/api/v1/search.csv?${params.toString()}`;
}

/** Every hit of a search (at most MAX_SEARCH_CSV_ROWS), page after page in the list's order. */
async function allHits(request: SearchRequest): Promise<{ total: number; hits: SearchHit[] }> {
  const hits: SearchHit[] = [];
  let total = 0;
  for (let page = 1; hits.length < MAX_SEARCH_CSV_ROWS; page += 1) {
    const answer = await searchOffers({ ...request, page, perPage: PAGE_SIZE });
    total = answer.total;
    hits.push(...answer.hits);
    if (answer.hits.length < PAGE_SIZE || hits.length >= total) break;
  }
  return { total, hits: hits.slice(0, MAX_SEARCH_CSV_ROWS) };
}

const offerAddressSelect = {
  id: true,
  isOnline: true,
  locationName: true,
  street: true,
  postcode: true,
  locationMunicipality: { select: { name: true } },
} satisfies Prisma.OfferSelect;

type OfferAddress = Prisma.OfferGetPayload<{ select: typeof offerAddressSelect }>;

/** The places of public offers (the search's hits), which search documents do not carry. */
async function addressesOf(offerIds: string[]): Promise<Map<string, OfferAddress>> {
  const addresses = new Map<string, OfferAddress>();
  // SQLite limits the variables of one statement; 500 ids per query stay far below it.
  for (let start = 0; start < offerIds.length; start += 500) {
    const rows = await prisma.offer.findMany({
      where: { id: { in: offerIds.slice(start, start + 500) }, status: "published" },
      select: offerAddressSelect,
    });
    for (const row of rows) addresses.set(row.id, row);
  }
  return addresses;
}

export type SearchCsv = { text: string; total: number; rows: number; capped: boolean };

export async function searchCsv(request: SearchRequest, publicUrl: string): Promise<SearchCsv> {
  const { locale } = request;
  const t = translatorFor(locale, "Search");
  const tOffers = translatorFor(locale, "Offers");
  const region = getRegion();
  const municipalityNames = new Map(region.municipalities.map((m) => [m.slug, m.name]));
  const topicNames = new Map(region.topics.map((topic) => [topic.slug, localizedName(topic.names, locale)]));
  const audienceNames = new Map(region.audiences.map((a) => [a.slug, localizedName(a.names, locale)]));
  const { total, hits } = await allHits(request);
  const addresses = await addressesOf(hits.map((hit) => hit.id));
  const list = (values: string[], names?: Map<string, string>) =>
    values.map((value) => names?.get(value) ?? value).join(", ");

  const header = [
    t("csv.title"),
    t("csv.summary"),
    t("csv.organisation"),
    t("csv.municipalities"),
    t("csv.topics"),
    t("csv.languages"),
    t("csv.audiences"),
    t("csv.free"),
    t("csv.place"),
    t("csv.address"),
    t("csv.latitude"),
    t("csv.longitude"),
    t("csv.url"),
    t("csv.lastConfirmed"),
  ];
  const records = hits.map((hit) => {
    const address = addresses.get(hit.id);
    const town = [address?.postcode, address?.locationMunicipality?.name].filter(Boolean).join(" ");
    return [
      hit.title,
      hit.summary,
      hit.organisation.name,
      hit.isCountyWide ? tOffers("countyWide") : list(hit.municipalities, municipalityNames),
      list(hit.topics, topicNames),
      hit.languages.map((code) => languageName(code, locale).name).join(", "),
      list(hit.audiences, audienceNames),
      hit.free ? t("csv.yes") : t("csv.no"),
      address?.isOnline && !address.locationName ? tOffers("online") : (address?.locationName ?? ""),
      [address?.street, town].filter(Boolean).join(", "),
      hit.location?.lat ?? "",
      hit.location?.lng ?? "",
      `${publicUrl}${hit.url}`,
      // The Berlin day, which spreadsheets read as a date.
      berlinDay(new Date(hit.lastConfirmedAt)),
    ];
  });
  return { text: spreadsheetCsv(header, records), total, rows: records.length, capped: total > records.length };
}
