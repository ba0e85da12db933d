import { measureCoverage } from "@/lib/gaps/coverage";
import { getRegion, type Region } from "@/lib/region/region";
import { DomainError } from "@/lib/result";
import type { OfferSearchIndex } from "@/lib/search/offer-search-index";
import type { RecommendationInput } from "@/lib/working-groups/schemas";

// The gap a recommendation cites (issue 16, "from gap to recommendation"): a municipality, a core topic and
// optionally a language of service, with the coverage figures of the gap atlas (lib/gaps/coverage.ts) at the
// moment it was cited. The server measures them; figures sent with a form are never read. A recommendation
// keeps them while the gap it cites stays the same, so it keeps its reason when the offers change later.

export type GapChoice = { municipality: string; topic: string; language: string | null };
export type MeasuredGap = GapChoice & { offers: number; per10k: number | null; citedAt: Date };

/** For tests and scripts: the index and clock to measure with (the site's index and now by default). */
export type GapMeasureOptions = { index?: OfferSearchIndex; now?: Date; region?: Region };

/** The stored columns of a cited gap; all null when the recommendation cites none. */
export function gapColumns(gap: MeasuredGap | null) {
  return {
    gapMunicipality: gap?.municipality ?? null,
    gapTopic: gap?.topic ?? null,
    gapLanguage: gap?.language ?? null,
    gapOffers: gap?.offers ?? null,
    gapPer10k: gap?.per10k ?? null,
    gapCitedAt: gap?.citedAt ?? null,
  };
}

/**
 * The gap a form names, checked against the region; null when no municipality is chosen. The topic is the
 * group's core topic; only a group without one takes the topic from the form. Throws `invalid_input`.
 */
export function gapChoiceOf(
  input: Pick<RecommendationInput, "gapMunicipality" | "gapTopic" | "gapLanguage">,
  groupTopicSlug: string | null,
  region: Region = getRegion(),
): GapChoice | null {
  const municipality = input.gapMunicipality ?? null;
  const language = input.gapLanguage ?? null;
  const topic = groupTopicSlug ?? input.gapTopic ?? null;
  if (municipality === null) return null;
  const fieldErrors: Record<string, { key: string }[]> = {};
  if (!region.municipalities.some((m) => m.slug === municipality)) fieldErrors.gapMunicipality = [{ key: "choose" }];
  if (topic === null || (groupTopicSlug === null && !region.topics.some((t) => t.slug === topic)))
    fieldErrors.gapTopic = [{ key: "choose" }];
  if (language !== null && !region.serviceLanguages.includes(language)) fieldErrors.gapLanguage = [{ key: "choose" }];
  if (Object.keys(fieldErrors).length > 0 || topic === null)
    throw new DomainError("invalid_input", "invalidInput", fieldErrors);
  return { municipality, topic, language };
}

export const sameGap = (a: GapChoice | null, b: GapChoice | null): boolean =>
  a === null || b === null
    ? a === b
    : a.municipality === b.municipality && a.topic === b.topic && a.language === b.language;

/**
 * The atlas's figures for the gap now: the offers serving the municipality in the topic (and, when one is
 * named, the language of service), and those per 10,000 residents.
 */
export async function measureGap(choice: GapChoice, options: GapMeasureOptions = {}): Promise<MeasuredGap> {
  const now = options.now ?? new Date();
  const coverage = await measureCoverage(
    {
      text: "",
      filters: {
        municipality: [],
        topic: [choice.topic],
        language: choice.language ? [choice.language] : [],
        audience: [],
        isFree: false,
        near: null,
        bbox: null,
      },
    },
    { index: options.index, region: options.region, now },
  );
  const municipality = coverage.municipalities.find((m) => m.slug === choice.municipality);
  const figure = choice.language ? municipality?.languages[choice.language] : municipality?.topics[choice.topic];
  return { ...choice, offers: figure?.offers ?? 0, per10k: figure?.per10k ?? null, citedAt: now };
}
