import { prisma } from "@/lib/db";
import { distanceKm } from "@/lib/geo/distance";
import { foldText, splitWords } from "@/lib/search/text-analysis";

// The duplicate warning of "register your organisation": similar names in the same municipality, or anything
// registered within 100 m. A warning, not a block: two organisations may share a building.

const NEAR_KM = 0.1;
// Words that say what kind of organisation it is, not which one.
const GENERIC_WORDS = new Set([
  "e",
  "v",
  "ev",
  "ggmbh",
  "gmbh",
  "verein",
  "stadt",
  "gemeinde",
  "kreis",
  "der",
  "die",
  "das",
  "fur",
  "und",
]);

function nameWords(name: string): Set<string> {
  // foldText turns ü into u; a name typed as "ue" must meet it there.
  const words = splitWords(foldText(name)).map((word) =>
    word.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u"),
  );
  return new Set(words.filter((word) => word.length > 1 && !GENERIC_WORDS.has(word)));
}

/** Shared distinctive words relative to the shorter name: 1 means one name's words all occur in the other. */
export function nameSimilarity(a: string, b: string): number {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / Math.min(wordsA.size, wordsB.size);
}

export type SimilarOrganisation = {
  slug: string;
  name: string;
  municipality: string;
  reason: "name" | "nearby";
  isClaimable: boolean;
};

export async function findSimilarOrganisations(query: {
  name: string;
  municipality: string;
  lat?: number;
  lng?: number;
}): Promise<SimilarOrganisation[]> {
  // Public organisations only: a pending, rejected or suspended registration must not leak its name and address
  // to whoever types a similar one (the next registration of a duplicate goes to review anyway).
  const rows = await prisma.organisation.findMany({
    where: { status: "approved" },
    select: {
      slug: true,
      name: true,
      lat: true,
      lng: true,
      municipality: { select: { slug: true, name: true } },
      _count: { select: { memberships: true } },
    },
  });
  const results: SimilarOrganisation[] = [];
  for (const row of rows) {
    const sameMunicipality = row.municipality.slug === query.municipality;
    const nearby =
      query.lat !== undefined && query.lng !== undefined && row.lat !== null && row.lng !== null
        ? distanceKm({ lat: query.lat, lng: query.lng }, { lat: row.lat, lng: row.lng }) <= NEAR_KM
        : false;
    const similarName = sameMunicipality && nameSimilarity(query.name, row.name) >= 0.5;
    if (!similarName && !nearby) continue;
    results.push({
      slug: row.slug,
      name: row.name,
      municipality: row.municipality.name,
      reason: similarName ? "name" : "nearby",
      isClaimable: row._count.memberships === 0,
    });
  }
  return results.slice(0, 5);
}
