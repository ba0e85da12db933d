import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { hsdsId } from "@/lib/hsds/ids";
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from "@/lib/hsds/types";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";

// The platform's three classifications as HSDS taxonomies: the topics, the target groups and the region's
// municipalities. A term's code is its slug (what the search API and the page URLs use) and its id a UUID of
// that slug, so both are stable across instances and exports. Texts are German, the language of the data.

export const taxonomyKinds = ["topic", "audience", "municipality"] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

/** A term as the mapping needs it: which taxonomy, which slug, and the HSDS record. */
export type TermEntry = { kind: TaxonomyKind; slug: string; term: HsdsTaxonomyTerm };

export const taxonomyIdOf = (kind: TaxonomyKind) => hsdsId("taxonomy", kind);
export const termIdOf = (kind: TaxonomyKind, slug: string) => hsdsId("taxonomy_term", `${kind}:${slug}`);

export function taxonomyOf(kind: TaxonomyKind): HsdsTaxonomy {
  const region = getRegion().name;
  const texts: Record<TaxonomyKind, { name: string; description: string }> = {
    topic: {
      name: "Integrationsatlas: Themen",
      description: `Die Themen, nach denen die Angebote des Integrationsnetzwerks ${region} geordnet sind.`,
    },
    audience: {
      name: "Integrationsatlas: Zielgruppen",
      description: `Die Menschen, an die sich die Angebote des Integrationsnetzwerks ${region} richten.`,
    },
    municipality: {
      name: `Städte und Gemeinden: ${region}`,
      description: `Die Kommunen, in denen die Angebote gelten; der Code ist der Name der Kommune im Integrationsatlas, die Beschreibung nennt den Amtlichen Gemeindeschlüssel.`,
    },
  };
  const id = taxonomyIdOf(kind);
  return { id, ...texts[kind], uri: `${env.PUBLIC_URL}/api/hsds/taxonomies/${id}`, version: "1" };
}

function termOf(kind: TaxonomyKind, slug: string, name: string, description: string, uri: string): TermEntry {
  const taxonomy = taxonomyOf(kind);
  return {
    kind,
    slug,
    term: {
      id: termIdOf(kind, slug),
      code: slug,
      name,
      description,
      taxonomy: taxonomy.name,
      taxonomy_id: taxonomy.id,
      taxonomy_detail: taxonomy,
      language: "de",
      term_uri: uri,
    },
  };
}

/** Every term of every taxonomy, in the order the platform shows them. */
export async function loadTaxonomyTerms(db: PrismaClient): Promise<TermEntry[]> {
  const [topics, audiences, municipalities] = await Promise.all([
    db.topic.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, namesJson: true } }),
    db.audience.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, namesJson: true } }),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, kind: true, ags: true } }),
  ]);
  const page = (path: string) => `${env.PUBLIC_URL}/de/${path}`;
  return [
    ...topics.map(({ slug, namesJson }) => {
      const name = localizedName(namesJson, "de");
      return termOf("topic", slug, name, `Angebote zum Thema ${name}`, page(`themen/${slug}`));
    }),
    ...audiences.map(({ slug, namesJson }) => {
      const name = localizedName(namesJson, "de");
      return termOf("audience", slug, name, `Angebote für: ${name}`, page(`angebote?audience=${slug}`));
    }),
    ...municipalities.map(({ slug, name, kind, ags }) =>
      termOf("municipality", slug, name, `${kind} ${name} (AGS ${ags})`, page(`gemeinden/${slug}`)),
    ),
  ];
}
