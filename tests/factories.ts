import { randomUUID } from "node:crypto";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, OrgRole } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getRegion } from "@/lib/region/region";
import { seedDatabase } from "@/lib/seed/seed-database";
import { seedRegion } from "@/lib/seed/seed-region";

// Test data with unique values. The region (municipalities, topics, audiences) is reference data that the
// product cannot run without, so tests seed it rather than invent it.

export async function seedRegionForTest(): Promise<void> {
  await seedRegion(prisma, getRegion());
}

/** The demo data as `npm start` seeds it, with this many offers. */
export async function seedDemoDataForTest(offers: number): Promise<void> {
  await seedDatabase(prisma, getRegion(), { mode: "demo", offers });
}

export const countApprovedOrganisations = () => prisma.organisation.count({ where: { status: "approved" } });

const unique = () => randomUUID().slice(0, 8);

export async function makeOrganisation(overrides: { municipalitySlug?: string; status?: string } = {}) {
  const municipality = await prisma.municipality.findUniqueOrThrow({
    where: { slug: overrides.municipalitySlug ?? "verl" },
  });
  const suffix = unique();
  return prisma.organisation.create({
    data: {
      slug: `organisation-${suffix}`,
      name: `Organisation ${suffix}`,
      kind: "association",
      municipalityId: municipality.id,
      status: overrides.status ?? "approved",
    },
    select: { id: true, slug: true, name: true },
  });
}

type OfferOverrides = {
  title?: string;
  status?: string;
  municipalitySlugs?: string[];
  isCountyWide?: boolean;
  validUntil?: Date | null;
  topicSlugs?: string[];
  translations?: { locale: string; title: string; summary: string }[];
  location?: { lat: number; lng: number };
};

export async function makeOffer(organisationId: string, overrides: OfferOverrides = {}) {
  const suffix = unique();
  const municipalities = await prisma.municipality.findMany({
    where: { slug: { in: overrides.municipalitySlugs ?? ["verl"] } },
  });
  const topics = await prisma.topic.findMany({ where: { slug: { in: overrides.topicSlugs ?? ["sprache-bildung"] } } });
  return prisma.offer.create({
    data: {
      slug: `offer-${suffix}`,
      organisationId,
      title: overrides.title ?? `Angebot ${suffix}`,
      summary: "Kurzbeschreibung",
      description: "Beschreibung",
      status: overrides.status ?? "published",
      isCountyWide: overrides.isCountyWide ?? false,
      validUntil: overrides.validUntil ?? null,
      ...overrides.location,
      municipalities: overrides.isCountyWide
        ? undefined
        : { create: municipalities.map((m) => ({ municipalityId: m.id })) },
      topics: { create: topics.map((t) => ({ topicId: t.id })) },
      languages: { create: [{ language: "de" }] },
      translations: {
        create: (overrides.translations ?? []).map((t) => ({
          ...t,
          description: t.summary,
          origin: "author",
          isReviewed: true,
          sourceUpdatedAt: new Date(),
        })),
      },
    },
    select: { id: true, slug: true },
  });
}

export async function makeUser(overrides: { email?: string; isAdmin?: boolean; locale?: string } = {}) {
  return prisma.user.create({
    data: {
      email: overrides.email ?? `person-${unique()}@example.org`,
      isAdmin: overrides.isAdmin ?? false,
      locale: overrides.locale ?? "de",
    },
    select: { id: true, email: true },
  });
}

export async function makeMembership(userId: string, organisationId: string, role: OrgRole): Promise<void> {
  await prisma.membership.create({ data: { userId, organisationId, role } });
}

/** The actor the session would build for this user (admin flag and memberships as stored now), just signed in. */
export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error(`No user ${userId}`);
  return { ...actor, signedInAt: new Date() };
}

function centerOf(municipalitySlug: string): { lat: string; lng: string } {
  const municipality = getRegion().municipalities.find((m) => m.slug === municipalitySlug);
  if (!municipality) throw new Error(`No municipality ${municipalitySlug}`);
  return { lat: String(municipality.center.lat), lng: String(municipality.center.lng) };
}

/** A submitted offer form as formDataToObject returns it (strings, [] lists, dotted slots), valid and located in Verl. */
export function offerFormInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Sprachcafé am Nachmittag",
    summary: "Deutsch sprechen bei Kaffee und Kuchen",
    description: "Jeden Dienstag treffen sich Menschen, um gemeinsam Deutsch zu üben.",
    topics: ["sprache-bildung"],
    audiences: ["gefluechtete"],
    languages: ["de", "ar"],
    languageNote: "",
    municipalities: ["verl"],
    locationName: "Bürgerhaus",
    street: "Hauptstraße 1",
    postcode: "33415",
    locationMunicipality: "verl",
    ...centerOf("verl"),
    scheduleText: "",
    slots: [{ weekday: "2", startTime: "15:00", endTime: "17:00" }],
    costKind: "free",
    costNote: "",
    registrationRequired: "on",
    accessibility: "",
    contactName: "Frau Beispiel",
    contactEmail: "kontakt@example.org",
    contactPhone: "05246 12345",
    validFrom: "2025-01-01",
    validUntil: "2099-12-31",
    ...overrides,
  };
}

/** A submitted organisation profile form, valid and located in Verl. */
export function organisationFormInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Nachbarschaftshilfe Verl",
    kind: "association",
    municipality: "verl",
    street: "Hauptstraße 1",
    postcode: "33415",
    contactName: "Herr Beispiel",
    email: "info@example.org",
    phone: "05246 12345",
    website: "example.org",
    description: "Wir helfen einander.",
    languages: ["de", "en"],
    ...centerOf("verl"),
    ...overrides,
  };
}
