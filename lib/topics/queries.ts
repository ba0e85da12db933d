import "server-only";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { publishedOfferWhere } from "@/lib/offers/visibility";

export type TopicSummary = { id: string; slug: string; icon: string; name: string; offerCount: number };

/** The region's topics in their order, named in the locale, with the number of public offers. */
export async function listTopicsWithOfferCounts(locale: string): Promise<TopicSummary[]> {
  const [topics, counts] = await Promise.all([
    prisma.topic.findMany({
      select: { id: true, slug: true, icon: true, namesJson: true },
      orderBy: { sortOrder: "asc" },
    }),
    prisma.offerTopic.groupBy({ by: ["topicId"], where: { offer: publishedOfferWhere() }, _count: { _all: true } }),
  ]);
  const countByTopic = new Map(counts.map((row) => [row.topicId, row._count._all]));
  return topics.map((topic) => ({
    id: topic.id,
    slug: topic.slug,
    icon: topic.icon,
    name: localizedName(topic.namesJson, locale),
    offerCount: countByTopic.get(topic.id) ?? 0,
  }));
}

export async function findTopic(slug: string, locale: string): Promise<Omit<TopicSummary, "offerCount"> | null> {
  const topic = await prisma.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, icon: true, namesJson: true },
  });
  return topic && { id: topic.id, slug: topic.slug, icon: topic.icon, name: localizedName(topic.namesJson, locale) };
}
