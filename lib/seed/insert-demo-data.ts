import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DemoData } from "@/lib/seed/generate-demo-data";

type Progress = (done: number, total: number) => void;

const BATCH_SIZE = 500;

async function idsBySlug(rows: Promise<{ id: string; slug: string }[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.slug, row.id]));
}

function requireId(ids: Map<string, string>, slug: string, what: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Demo data refers to unknown ${what} "${slug}"; seed the region first.`);
  return id;
}

/** Writes generated demo data in batches (one transaction each) so 100,000 offers fit in memory and time. */
export async function insertDemoData(
  prisma: PrismaClient,
  data: DemoData,
  onProgress: Progress = () => {},
): Promise<void> {
  const municipalityIds = await idsBySlug(prisma.municipality.findMany({ select: { id: true, slug: true } }));
  const topicIds = await idsBySlug(prisma.topic.findMany({ select: { id: true, slug: true } }));
  const audienceIds = await idsBySlug(prisma.audience.findMany({ select: { id: true, slug: true } }));
  const municipalityId = (slug: string) => requireId(municipalityIds, slug, "municipality");

  const organisationIds = new Map(data.organisations.map((organisation) => [organisation.slug, randomUUID()]));
  for (let start = 0; start < data.organisations.length; start += BATCH_SIZE) {
    await prisma.organisation.createMany({
      data: data.organisations
        .slice(start, start + BATCH_SIZE)
        .map(({ municipalitySlug, languages, ...organisation }) => ({
          ...organisation,
          id: organisationIds.get(organisation.slug)!,
          municipalityId: municipalityId(municipalitySlug),
          languagesJson: JSON.stringify(languages),
          status: "approved",
          verifiedAt: new Date(),
          isDemo: true,
        })),
    });
  }

  for (let start = 0; start < data.offers.length; start += BATCH_SIZE) {
    const batch = data.offers.slice(start, start + BATCH_SIZE).map((offer) => ({ ...offer, id: randomUUID() }));
    await prisma.$transaction([
      prisma.offer.createMany({
        data: batch.map(
          ({
            topics,
            audiences,
            languages,
            municipalities,
            slots,
            translations,
            organisationSlug,
            locationMunicipalitySlug,
            ...offer
          }) => ({
            ...offer,
            organisationId: requireId(organisationIds, organisationSlug, "organisation"),
            locationMunicipalityId: locationMunicipalitySlug ? municipalityId(locationMunicipalitySlug) : null,
          }),
        ),
      }),
      prisma.offerTopic.createMany({
        data: batch.flatMap((offer) =>
          offer.topics.map((slug) => ({ offerId: offer.id, topicId: requireId(topicIds, slug, "topic") })),
        ),
      }),
      prisma.offerAudience.createMany({
        data: batch.flatMap((offer) =>
          offer.audiences.map((slug) => ({ offerId: offer.id, audienceId: requireId(audienceIds, slug, "audience") })),
        ),
      }),
      prisma.offerLanguage.createMany({
        data: batch.flatMap((offer) => offer.languages.map((language) => ({ offerId: offer.id, language }))),
      }),
      prisma.offerMunicipality.createMany({
        data: batch.flatMap((offer) =>
          offer.municipalities.map((slug) => ({ offerId: offer.id, municipalityId: municipalityId(slug) })),
        ),
      }),
      prisma.offerScheduleSlot.createMany({
        data: batch.flatMap((offer) => offer.slots.map((slot) => ({ ...slot, offerId: offer.id }))),
      }),
      prisma.offerTranslation.createMany({
        data: batch.flatMap((offer) =>
          offer.translations.map((translation) => ({ ...translation, offerId: offer.id })),
        ),
      }),
    ]);
    onProgress(Math.min(start + BATCH_SIZE, data.offers.length), data.offers.length);
  }

  for (const user of data.users) {
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        isAdmin: user.isAdmin,
        isDemo: true,
        emailVerified: new Date(),
        memberships: {
          create: user.memberships.map((membership) => ({
            role: membership.role,
            organisationId: requireId(organisationIds, membership.organisationSlug, "organisation"),
          })),
        },
      },
    });
  }

  const { workingGroups, municipalitySlug, ...event } = data.event;
  const createdEvent = await prisma.event.create({
    data: {
      ...event,
      municipalityId: municipalityId(municipalitySlug),
      status: "published",
      isDemo: true,
      workingGroups: {
        create: workingGroups.map(({ topicSlug, ...group }) => ({
          ...group,
          topicId: requireId(topicIds, topicSlug, "topic"),
        })),
      },
    },
    select: { id: true, workingGroups: { select: { id: true, slug: true } } },
  });

  // Attendees of the demo conference with directory profiles; the demo attendee account is left unregistered,
  // so that registering is the first thing a visitor can try.
  const visibleUntil = new Date(data.event.endsAt.getTime() + 56 * 86_400_000); // the default DIRECTORY_VISIBLE_DAYS
  let sequence = 0;
  for (const attendee of data.attendees) {
    const group = createdEvent.workingGroups.find((g) => g.slug === attendee.groupSlug);
    const municipality = municipalityId(attendee.municipalitySlug);
    const visibility = attendee.visibility;
    await prisma.user.create({
      data: {
        email: attendee.email,
        name: attendee.name,
        isDemo: true,
        emailVerified: new Date(),
        registrations: {
          create: {
            eventId: createdEvent.id,
            sequence: ++sequence,
            status: "confirmed",
            name: attendee.name,
            organisationName: attendee.organisationName,
            municipalityId: municipality,
            role: attendee.roleTitle,
            firstChoiceId: group?.id ?? null,
            assignedGroupId: group?.id ?? null,
            groupStatus: group ? "assigned" : null,
            keepsGroup: true,
          },
        },
        profile: {
          create: {
            displayName: attendee.name,
            organisationName: attendee.organisationName,
            organisationKind: attendee.organisationKind,
            roleTitle: attendee.roleTitle,
            municipalityId: municipality,
            languagesJson: JSON.stringify(attendee.languages),
            offersText: attendee.offersText,
            seeksText: attendee.seeksText,
            displayNameVisibility: visibility,
            organisationVisibility: visibility,
            roleTitleVisibility: visibility,
            municipalityVisibility: visibility,
            topicsVisibility: visibility,
            languagesVisibility: visibility,
            offersTextVisibility: "attendees",
            seeksTextVisibility: "attendees",
            consentedAt: new Date(),
            visibleUntil,
            topics: {
              create: attendee.topicSlugs.map((slug) => ({ topicId: requireId(topicIds, slug, "topic") })),
            },
          },
        },
      },
    });
  }
}
