import type { PrismaClient } from "@/generated/prisma/client";
import type { Region } from "@/lib/region/region";

/**
 * Writes the region's municipalities, postcodes, topics and audiences. Safe to run on every start: rows are
 * matched by slug and updated, so a corrected region file reaches an existing database.
 */
export async function seedRegion(prisma: PrismaClient, region: Region): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const municipality of region.municipalities) {
      const data = {
        name: municipality.name,
        ags: municipality.ags,
        kind: municipality.kind,
        population: municipality.population,
        populationDate: municipality.populationDate,
        centerLat: municipality.center.lat,
        centerLng: municipality.center.lng,
      };
      const { id } = await tx.municipality.upsert({
        where: { slug: municipality.slug },
        create: { slug: municipality.slug, ...data },
        update: data,
        select: { id: true },
      });
      await tx.postcode.deleteMany({ where: { municipalityId: id } });
      await tx.postcode.createMany({ data: municipality.postcodes.map((code) => ({ code, municipalityId: id })) });
    }
    for (const [sortOrder, topic] of region.topics.entries()) {
      const data = { sortOrder, icon: topic.icon, namesJson: JSON.stringify(topic.names) };
      await tx.topic.upsert({ where: { slug: topic.slug }, create: { slug: topic.slug, ...data }, update: data });
    }
    for (const [sortOrder, audience] of region.audiences.entries()) {
      const data = { sortOrder, namesJson: JSON.stringify(audience.names) };
      await tx.audience.upsert({
        where: { slug: audience.slug },
        create: { slug: audience.slug, ...data },
        update: data,
      });
    }
  });
}
