import { prisma } from "@/lib/db";
import { getRegion } from "@/lib/region/region";
import { foldText } from "@/lib/search/text-analysis";
import { slugify } from "@/lib/validation/slugify";

// The region's vocabulary as an import meets it: municipalities by name, slug or postcode; topics and audiences
// by slug or any of their names; languages by ISO code (639-1 or 639-2) or by their German or English name.

const key = (term: string) =>
  foldText(term)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

// ISO 639-2 (bibliographic and terminology) for the languages the county's offers are given in most.
const ISO_639_2: Record<string, string> = {
  deu: "de",
  ger: "de",
  eng: "en",
  ara: "ar",
  tur: "tr",
  ukr: "uk",
  rus: "ru",
  pol: "pl",
  ron: "ro",
  rum: "ro",
  bul: "bg",
  fas: "fa",
  per: "fa",
  kur: "ku",
  fra: "fr",
  fre: "fr",
  spa: "es",
  ita: "it",
  por: "pt",
  ell: "el",
  gre: "el",
  alb: "sq",
  sqi: "sq",
  hrv: "hr",
  srp: "sr",
  bos: "bs",
  hun: "hu",
  ces: "cs",
  cze: "cs",
  slk: "sk",
  slo: "sk",
  vie: "vi",
  tir: "ti",
  som: "so",
  pus: "ps",
  urd: "ur",
  hin: "hi",
  ben: "bn",
  chi: "zh",
  zho: "zh",
  amh: "am",
  kmr: "ku",
  ckb: "ku",
  prs: "fa",
  nld: "nl",
  dut: "nl",
  lit: "lt",
  lav: "lv",
  est: "et",
};
const LANGUAGE_ALIASES: Record<string, string> = { farsi: "fa", dari: "fa", kurmandschi: "ku", sorani: "ku" };

export type ReferenceTerms = {
  municipalities: { id: string; slug: string; name: string }[];
  municipalityByTerm: Map<string, string>;
  municipalitiesByPostcode: Map<string, string[]>;
  topicByTerm: Map<string, string>;
  audienceByTerm: Map<string, string>;
  languageByTerm: Map<string, string>;
  regionTerms: Set<string>;
};

function termsOf(rows: { slug: string; namesJson: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) {
    map.set(key(row.slug), row.slug);
    for (const name of Object.values(JSON.parse(row.namesJson) as Record<string, string>)) map.set(key(name), row.slug);
  }
  return map;
}

function languageTerms(): Map<string, string> {
  const map = new Map<string, string>(Object.entries({ ...ISO_639_2, ...LANGUAGE_ALIASES }));
  const codes = new Set([...getRegion().serviceLanguages, ...Object.values(ISO_639_2)]);
  for (const locale of ["de", "en"]) {
    const names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name) map.set(key(name), code);
    }
  }
  return map;
}

export async function loadReferenceTerms(): Promise<ReferenceTerms> {
  const [municipalities, postcodes, topics, audiences] = await Promise.all([
    prisma.municipality.findMany({ select: { id: true, slug: true, name: true } }),
    prisma.postcode.findMany({ select: { code: true, municipality: { select: { slug: true } } } }),
    prisma.topic.findMany({ select: { slug: true, namesJson: true } }),
    prisma.audience.findMany({ select: { slug: true, namesJson: true } }),
  ]);
  const municipalityByTerm = new Map<string, string>();
  for (const municipality of municipalities) {
    // "Halle (Westf.)" is also "Halle", "Halle Westf" or "halle-westf"; "Stadt Gütersloh" is Gütersloh.
    for (const name of [municipality.slug, municipality.name, municipality.name.replace(/\s*\(.*\)\s*/g, "")])
      municipalityByTerm.set(slugify(name), municipality.slug);
  }
  const municipalitiesByPostcode = new Map<string, string[]>();
  for (const { code, municipality } of postcodes)
    municipalitiesByPostcode.set(code, [...(municipalitiesByPostcode.get(code) ?? []), municipality.slug]);
  const region = getRegion();
  return {
    municipalities,
    municipalityByTerm,
    municipalitiesByPostcode,
    topicByTerm: termsOf(topics),
    audienceByTerm: termsOf(audiences),
    languageByTerm: languageTerms(),
    regionTerms: new Set([slugify(region.name), region.slug]),
  };
}

/** The municipality named by the city (if known), else the one the postcode belongs to alone; or null. */
export function municipalityOf(terms: ReferenceTerms, city?: string, postcode?: string): string | null {
  if (city) {
    const bySlug = terms.municipalityByTerm.get(slugify(city.replace(/^(stadt|gemeinde)\s+/i, "")));
    if (bySlug) return bySlug;
  }
  const byPostcode = postcode ? terms.municipalitiesByPostcode.get(postcode.trim()) : undefined;
  return byPostcode?.length === 1 ? byPostcode[0]! : null;
}

export const lookUp = (map: Map<string, string>, term: string): string | undefined => map.get(key(term));

/** A language as an ISO 639-1 code: codes as they are, names and 639-2 codes looked up. */
export function languageOf(terms: ReferenceTerms, term: string): string | undefined {
  const folded = term.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(folded)) return folded;
  return lookUp(terms.languageByTerm, term);
}
