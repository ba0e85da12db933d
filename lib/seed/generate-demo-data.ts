import { endOfBerlinDay, fromDateTimeInput } from "@/lib/events/event-time";
import { isPointInPolygon, type Position } from "@/lib/geo/point-in-polygon";
import type { Region, RegionMunicipality } from "@/lib/region/region";
import {
  contactFirstNames,
  contactLastNames,
  demoDetailTexts,
  offerTemplates,
  organisationDescriptions,
  organisationNameParts,
  serviceLanguageWeights,
  streetNames,
  type OfferTemplate,
  type DemoOrganisationKind,
  type DemoTranslationLocale,
} from "@/lib/seed/demo-catalogue";
import type { OfferVersion } from "@/lib/review/offer-version";
import { createRandom, type Random } from "@/lib/seed/random";
import { slugify } from "@/lib/validation/slugify";

// Pure and deterministic: the same seed, counts and reference time give the same data on every machine.
// The database writes live in insert-demo-data.ts.

export type DemoOrganisation = {
  slug: string;
  name: string;
  kind: DemoOrganisationKind;
  description: string;
  contactName: string;
  street: string;
  postcode: string;
  municipalitySlug: string;
  lat: number;
  lng: number;
  website: string;
  email: string;
  phone: string;
  languages: string[];
};

export type DemoTranslation = {
  locale: string;
  title: string;
  summary: string;
  description: string;
  scheduleText: string | null;
  accessibility: string | null;
  costNote: string | null;
  languageNote: string | null;
  origin: "author" | "machine";
  isReviewed: boolean;
  sourceUpdatedAt: Date;
};

export type DemoOffer = {
  slug: string;
  organisationSlug: string;
  title: string;
  summary: string;
  description: string;
  languageNote: string | null;
  isCountyWide: boolean;
  isOnline: boolean;
  locationName: string | null;
  street: string | null;
  postcode: string | null;
  locationMunicipalitySlug: string | null;
  lat: number | null;
  lng: number | null;
  scheduleText: string | null;
  costKind: "free" | "reduced" | "paid";
  costNote: string | null;
  registrationRequired: boolean;
  accessibility: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  validFrom: Date | null;
  validUntil: Date | null;
  availability: "unknown" | "free" | "few" | "waitlist" | "full";
  availabilitySetAt: Date | null;
  status: "draft" | "in_review" | "published" | "archived";
  publishedAt: Date | null;
  submittedAt: Date | null; // in_review: since when it waits in the admins' queue
  secondLookSince: Date | null;
  secondLookBaselineJson: string | null; // the version before the edit the second look is about
  lastConfirmedAt: Date;
  textUpdatedAt: Date;
  createdAt: Date;
  topics: string[];
  audiences: string[];
  languages: string[];
  municipalities: string[]; // served; empty when county-wide
  slots: { weekday: number; startTime: string; endTime: string }[];
  translations: DemoTranslation[];
};

export type DemoUser = {
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: { organisationSlug: string; role: "owner" | "editor" }[];
};

export type DemoEvent = {
  slug: string;
  title: string;
  description: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  municipalitySlug: string;
  lat: number;
  lng: number;
  capacity: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  workingGroups: { slug: string; topicSlug: string; title: string; description: string; capacity: number }[];
};

/** A fictional person registered for the demo conference, with a directory profile. */
export type DemoAttendee = {
  email: string;
  name: string;
  organisationName: string;
  organisationKind: string;
  roleTitle: string;
  municipalitySlug: string;
  groupSlug: string;
  topicSlugs: string[];
  languages: string[];
  offersText: string;
  seeksText: string;
  /** Who sees the profile: most show it to fellow attendees, some to everyone. */
  visibility: "attendees" | "public";
};

export type DemoData = {
  organisations: DemoOrganisation[];
  offers: DemoOffer[];
  users: DemoUser[];
  event: DemoEvent;
  attendees: DemoAttendee[];
};

export type DemoOptions = { offers: number; organisations?: number; seed?: number; now: Date };

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

const weekdayNames = ["", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

export const demoAccounts = {
  admin: { email: "admin@example.org", name: "Alex Beispiel (Demo, Kommunales Integrationszentrum)" },
  editor: { email: "redaktion@example.org", name: "Rana Muster (Demo, Redaktion)" },
  attendee: { email: "teilnahme@example.org", name: "Toni Probe (Demo, Teilnahme)" },
  network: { email: "netzwerk@example.org", name: "Noor Beispiel (Demo, Netzwerk)" },
} as const;

/** A point near the municipality's centre that lies inside its border (the centre itself as a last resort). */
function pointInMunicipality(random: Random, municipality: RegionMunicipality): { lat: number; lng: number } {
  for (let attempt = 0; attempt < 60; attempt++) {
    // ≈ up to 3 km north/south, 4 km east/west: towns, not fields.
    const lat = municipality.center.lat + (random.next() - 0.5) * 0.055;
    const lng = municipality.center.lng + (random.next() - 0.5) * 0.11;
    const position: Position = [lng, lat];
    if (isPointInPolygon(position, municipality.polygon)) {
      return { lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)) };
    }
  }
  return { ...municipality.center };
}

/**
 * Which municipality each organisation belongs to: two in every municipality, the rest in proportion to
 * population (largest remainder), so the county seat has the most and no place is empty.
 */
function allocateMunicipalities(municipalities: RegionMunicipality[], count: number): RegionMunicipality[] {
  const base = Math.min(2, Math.floor(count / municipalities.length));
  const rest = count - base * municipalities.length;
  const total = municipalities.reduce((sum, m) => sum + m.population, 0);
  const shares = municipalities.map((m) => (rest * m.population) / total);
  const counts = shares.map((share) => base + Math.floor(share));
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let missing = count - counts.reduce((a, b) => a + b, 0), k = 0; missing > 0; missing--, k++) {
    counts[byRemainder[k % byRemainder.length]!.index]! += 1;
  }
  return municipalities.flatMap((municipality, index) => Array.from({ length: counts[index]! }, () => municipality));
}

function fill(text: string, values: { ort: string; organisation: string }): string {
  return text.replaceAll("{ort}", values.ort).replaceAll("{organisation}", values.organisation);
}

function generateOrganisations(random: Random, region: Region, count: number): DemoOrganisation[] {
  const kinds = Object.keys(organisationNameParts) as DemoOrganisationKind[];
  const usedSlugs = new Set<string>();
  const organisations: DemoOrganisation[] = [];
  const municipalities = allocateMunicipalities(region.municipalities, count);
  for (const [index, municipality] of municipalities.entries()) {
    const kind = index < kinds.length * 3 ? kinds[index % kinds.length]! : random.pick(kinds);
    const parts = organisationNameParts[kind];
    const baseName = `${random.pick(parts.prefixes)} ${municipality.name}${parts.suffix ? ` ${parts.suffix}` : ""}`;
    let name = baseName;
    for (let n = 2; usedSlugs.has(slugify(name)); n++) name = `${baseName} (${n})`;
    const slug = slugify(name);
    usedSlugs.add(slug);
    const contactName = `${random.pick(contactFirstNames)} ${random.pick(contactLastNames)}`;
    organisations.push({
      slug,
      name,
      kind,
      description: fill(organisationDescriptions[kind], { ort: municipality.name, organisation: name }),
      contactName,
      street: `${random.pick(streetNames)} ${random.int(1, 120)}`,
      postcode: random.pick(municipality.postcodes),
      municipalitySlug: municipality.slug,
      ...pointInMunicipality(random, municipality),
      website: `https://${slug}.example.org`,
      email: `kontakt@${slug}.example.org`,
      // A local number may not start with 0 in Germany, so these cannot reach anyone.
      phone: `05241 0${random.int(1000, 9999)}-${random.int(10, 99)}`,
      languages: [
        "de",
        ...random.sample(
          serviceLanguageWeights.map(([code]) => code),
          random.int(0, 3),
        ),
      ].sort(),
    });
  }
  return organisations;
}

function pickServiceLanguages(random: Random): string[] {
  const languages = serviceLanguageWeights.filter(([, weight]) => random.chance(weight)).map(([code]) => code);
  return ["de", ...languages];
}

function pickWeighted<T extends string>(random: Random, weights: [T, number][]): T {
  let threshold = random.next() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weights) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

const translationNote: Record<string, string> = {
  en: "Details and times: please contact the organisation. The offer is also given in the languages listed.",
  ar: "للتفاصيل والمواعيد: يرجى التواصل مع الجهة المقدِّمة. يُقدَّم العرض أيضًا باللغات المذكورة.",
  uk: "Подробиці та час: зверніться до організації. Пропозиція також доступна вказаними мовами.",
  tr: "Ayrıntılar ve saatler için lütfen kuruluşla iletişime geçin. Teklif, listelenen dillerde de sunulmaktadır.",
};

type DemoDetails = Pick<DemoTranslation, "scheduleText" | "accessibility" | "costNote" | "languageNote">;

/**
 * A translation's free-text details, made from the German ones the offer has. A German text without a
 * translation in the catalogue (most cost notes) stays out, so the demo shows the German fallback as well.
 */
function translatedDetails(
  offer: DemoDetails & Pick<DemoOffer, "slots">,
  locale: DemoTranslationLocale,
  costNote: string | undefined,
): DemoDetails {
  const texts = demoDetailTexts[locale];
  const phrase = (german: string | null) => (german === null ? null : (texts.phrases[german] ?? null));
  const slots = offer.slots.map((slot) => `${texts.weekdays[slot.weekday]} ${slot.startTime}–${slot.endTime}`);
  return {
    scheduleText:
      offer.scheduleText === null
        ? null
        : slots.length > 0
          ? [...slots, texts.notInSchoolHolidays].join(texts.comma)
          : texts.byAppointment,
    accessibility: phrase(offer.accessibility),
    costNote: offer.costNote === null ? null : (costNote ?? null),
    languageNote: phrase(offer.languageNote),
  };
}

function generateOffer(
  random: Random,
  region: Region,
  organisation: DemoOrganisation,
  template: OfferTemplate,
  slug: string,
  now: Date,
): DemoOffer {
  const municipality = region.municipalities.find((m) => m.slug === organisation.municipalitySlug)!;
  const values = { ort: municipality.name, organisation: organisation.name };
  const placement = random.next();
  const isOnline = placement > 0.92;
  const atOrganisation = placement <= 0.78;
  const location = isOnline
    ? null
    : atOrganisation
      ? { lat: organisation.lat, lng: organisation.lng }
      : pointInMunicipality(random, municipality);
  const isCountyWide = random.chance(0.08);
  const neighbours = random.sample(
    region.municipalities.filter((m) => m.slug !== municipality.slug),
    random.chance(0.3) ? random.int(1, 2) : 0,
  );

  const status = pickWeighted(random, [
    ["published", 92],
    ["in_review", 3],
    ["draft", 3],
    ["archived", 2],
  ]);
  const createdAt = daysBefore(now, random.int(30, 900));
  const freshness = random.next();
  const confirmedDaysAgo =
    freshness < 0.6 ? random.int(0, 90) : freshness < 0.85 ? random.int(91, 180) : random.int(181, 420);
  const lastConfirmedAt = daysBefore(now, confirmedDaysAgo);
  const textUpdatedAt = new Date(
    Math.max(createdAt.getTime(), daysBefore(now, confirmedDaysAgo + random.int(0, 200)).getTime()),
  );
  const availability = pickWeighted(random, [
    ["unknown", 30],
    ["free", 35],
    ["few", 15],
    ["waitlist", 10],
    ["full", 10],
  ]);
  const languages = pickServiceLanguages(random);
  const contactName = `${random.pick(contactFirstNames)} ${random.pick(contactLastNames)}`;
  const hasValidity = random.chance(0.15);

  const translationEntries = Object.entries(template.translations) as [
    DemoTranslationLocale,
    NonNullable<OfferTemplate["translations"][DemoTranslationLocale]>,
  ][];
  type Drawn = Omit<DemoTranslation, keyof DemoDetails> & { locale: DemoTranslationLocale; costNote?: string };
  const translations = translationEntries.flatMap(([locale, text]): Drawn[] => {
    if (!random.chance(0.45)) return [];
    const origin = random.chance(0.5) ? "machine" : "author";
    return [
      {
        locale,
        title: text.title,
        summary: text.summary,
        description: `${text.summary}\n\n${translationNote[locale] ?? ""}`.trim(),
        origin,
        isReviewed: origin === "author" || random.chance(0.5),
        // One in ten translations was made before the last change of the German text: it is outdated.
        sourceUpdatedAt: random.chance(0.1) ? daysBefore(textUpdatedAt, random.int(5, 60)) : textUpdatedAt,
        costNote: text.costNote,
      },
    ];
  });

  const offer: DemoOffer = {
    slug,
    organisationSlug: organisation.slug,
    title: random.chance(0.35) ? `${template.title} in ${municipality.name}` : template.title,
    summary: fill(template.summary, values),
    description: template.description.map((paragraph) => fill(paragraph, values)).join("\n\n"),
    languageNote:
      languages.length > 2 && random.chance(0.3) ? "Weitere Sprachen auf Anfrage mit Sprachmittlung." : null,
    isCountyWide,
    isOnline,
    locationName: isOnline ? null : atOrganisation ? organisation.name : `Begegnungsstätte ${municipality.name}`,
    street: isOnline ? null : atOrganisation ? organisation.street : `${random.pick(streetNames)} ${random.int(1, 80)}`,
    postcode: isOnline ? null : organisation.postcode,
    locationMunicipalitySlug: isOnline ? null : municipality.slug,
    lat: location?.lat ?? null,
    lng: location?.lng ?? null,
    scheduleText:
      template.slots.length > 0
        ? `${template.slots.map((slot) => `${weekdayNames[slot.weekday]} ${slot.start}–${slot.end} Uhr`).join(", ")}, nicht in den Schulferien`
        : "Termine nach Vereinbarung",
    costKind: template.costKind,
    costNote: template.costNote ?? null,
    registrationRequired: template.registrationRequired,
    accessibility: random.chance(0.5)
      ? "Barrierefreier Zugang, Aufzug vorhanden"
      : random.chance(0.5)
        ? "Eingang mit zwei Stufen"
        : null,
    contactName,
    contactEmail: `${slugify(contactName).replace(/-/g, ".")}@${organisation.slug}.example.org`,
    contactPhone: organisation.phone,
    validFrom: hasValidity ? daysBefore(now, random.int(10, 100)) : null,
    validUntil: hasValidity ? daysBefore(now, -random.int(30, 300)) : null,
    availability,
    availabilitySetAt: availability === "unknown" ? null : daysBefore(now, random.int(0, 60)),
    status,
    publishedAt: status === "published" || status === "archived" ? createdAt : null,
    // Derived from a value already drawn, so adding it left every other seeded value as it was.
    submittedAt: status === "in_review" ? daysBefore(now, 1 + (confirmedDaysAgo % 20)) : null,
    secondLookSince: null,
    secondLookBaselineJson: null,
    lastConfirmedAt,
    textUpdatedAt,
    createdAt,
    topics: template.topics,
    audiences: template.audiences,
    languages,
    municipalities: isCountyWide ? [] : [municipality.slug, ...neighbours.map((m) => m.slug)],
    slots: template.slots.map((slot) => ({ weekday: slot.weekday, startTime: slot.start, endTime: slot.end })),
    translations: [],
  };
  // The details follow the German ones chosen above, so they are filled in once those are known.
  offer.translations = translations.map(({ costNote, ...translation }) => ({
    ...translation,
    ...translatedDetails(offer, translation.locale, costNote),
  }));
  return offer;
}

function generateEvent(region: Region, now: Date): DemoEvent {
  // The conference takes place in the most populous municipality, usually the seat of the county.
  const host = region.municipalities.reduce((largest, m) => (m.population > largest.population ? m : largest));
  const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + 75 * DAY_MS);
  const date = (offsetDays: number) => new Date(day.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  // Berlin wall-clock times, as the agenda says them ("09:00 Ankommen"), in summer and in winter alike.
  const at = (time: string) => fromDateTimeInput(`${date(0)}T${time}`)!;
  return {
    slug: `integrationskonferenz-${day.getUTCFullYear()}`,
    title: `Integrationskonferenz ${region.name} ${day.getUTCFullYear()}`,
    description:
      "Die Integrationskonferenz bringt Haupt- und Ehrenamtliche, Verwaltung, Migrantenselbstorganisationen und Betriebe zusammen. " +
      "In sechs Arbeitsgruppen – eine je Handlungsfeld des Integrationskonzepts – entstehen erste Empfehlungen. (Demo-Veranstaltung)",
    agenda:
      "09:00 Ankommen und Kaffee\n09:30 Begrüßung\n10:00 Arbeitsgruppen, Teil 1\n12:30 Mittagspause und Markt der Angebote\n13:30 Arbeitsgruppen, Teil 2\n15:30 Ergebnisse im Plenum\n16:30 Ende",
    startsAt: at("09:00"),
    endsAt: at("16:30"),
    venueName: "Stadthalle (Demo-Veranstaltungsort)",
    venueAddress: `Musterstraße 1, ${host.postcodes[0]} ${host.name}`,
    municipalitySlug: host.slug,
    lat: host.center.lat,
    lng: host.center.lng,
    capacity: 100,
    registrationOpensAt: daysBefore(now, 14),
    // Open through the 15th day before the conference: closed from the Berlin midnight two weeks before it, not
    // from 01:00 (a UTC midnight), which the page would show as "… um 01:00" of a day later.
    registrationClosesAt: endOfBerlinDay(date(-15))!,
    workingGroups: region.topics.map((topic) => ({
      slug: topic.slug,
      topicSlug: topic.slug,
      title: `AG ${topic.names.de}`,
      description: `Empfehlungen für das Handlungsfeld „${topic.names.de}“.`,
      capacity: 20,
    })),
  };
}

/** The offer's current content as the second look compares it (see lib/review/offer-version.ts). */
function versionOf(offer: DemoOffer): OfferVersion {
  const isoDate = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;
  return {
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    topics: [...offer.topics].sort(),
    audiences: [...offer.audiences].sort(),
    languages: [...offer.languages].sort(),
    languageNote: offer.languageNote,
    isCountyWide: offer.isCountyWide,
    municipalities: [...offer.municipalities].sort(),
    isOnline: offer.isOnline,
    locationName: offer.locationName,
    street: offer.street,
    postcode: offer.postcode,
    locationMunicipality: offer.locationMunicipalitySlug,
    scheduleSlots: [...offer.slots].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime)),
    scheduleText: offer.scheduleText,
    costKind: offer.costKind,
    costNote: offer.costNote,
    registrationRequired: offer.registrationRequired,
    accessibility: offer.accessibility,
    contactName: offer.contactName,
    contactEmail: offer.contactEmail,
    contactPhone: offer.contactPhone,
    validFrom: isoDate(offer.validFrom),
    validUntil: isoDate(offer.validUntil),
  };
}

/**
 * A few published offers were edited since the admins last looked (one in 150, chosen by position so no random
 * draw changes the rest of the data): the queue's second-look list then has items with a side-by-side diff. The
 * offer stays as generated; the stored earlier version differs in summary, times and registration.
 */
function markSecondLooks(offers: DemoOffer[], now: Date): void {
  offers.forEach((offer, index) => {
    if (index % 150 !== 40 || offer.status !== "published") return;
    const before = versionOf(offer);
    offer.secondLookSince = daysBefore(now, 1 + (index % 9));
    offer.secondLookBaselineJson = JSON.stringify({
      ...before,
      summary: `${offer.summary.replace(/\.$/, "")}; Anmeldung bis Freitag.`,
      scheduleText:
        offer.scheduleText === "Termine nach Vereinbarung" ? "Dienstags 10–12 Uhr" : "Termine nach Vereinbarung",
      registrationRequired: !offer.registrationRequired,
    } satisfies OfferVersion);
  });
}

/** Demo organisations, offers, accounts and the conference, generated from the region. */
export function generateDemoData(region: Region, options: DemoOptions): DemoData {
  const random = createRandom(options.seed ?? 20261124);
  const organisationCount = options.organisations ?? Math.max(60, Math.round(options.offers / 7));
  const organisations = generateOrganisations(random, region, organisationCount);

  const usedSlugs = new Set<string>();
  const offers: DemoOffer[] = [];
  for (let index = 0; index < options.offers; index++) {
    // Every organisation gets one offer first, then offers go to organisations at random.
    const organisation = index < organisations.length ? organisations[index]! : random.pick(organisations);
    // Cycling through the templates first guarantees that every topic has offers even in small data sets.
    const suitable = offerTemplates.filter((template) => template.kinds.includes(organisation.kind));
    const template =
      index < offerTemplates.length
        ? offerTemplates[index]!
        : random.pick(suitable.length > 0 ? suitable : offerTemplates);
    const municipality = organisation.municipalitySlug;
    const base = slugify(`${template.title} ${municipality}`, 90);
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    offers.push(generateOffer(random, region, organisation, template, slug, options.now));
  }
  markSecondLooks(offers, options.now);

  const [first, second] = organisations;
  const users: DemoUser[] = [
    { ...demoAccounts.admin, isAdmin: true, memberships: [] },
    {
      ...demoAccounts.editor,
      isAdmin: false,
      memberships: [
        ...(first ? [{ organisationSlug: first.slug, role: "owner" as const }] : []),
        ...(second ? [{ organisationSlug: second.slug, role: "editor" as const }] : []),
      ],
    },
    { ...demoAccounts.attendee, isAdmin: false, memberships: [] },
  ];

  const event = generateEvent(region, options.now);
  return { organisations, offers, users, event, attendees: generateAttendees(random, region, organisations, event) };
}

// What conference attendees offer and look for: the kind of sentences people write, so that "offers" of one
// match "looks for" of another in matchmaking.
const offerLines = [
  "Sprachmittlung Arabisch und Kurdisch bei Behördengängen",
  "Räume für Gruppenangebote am Abend",
  "Erfahrung mit Sprachkursen für Eltern",
  "Kontakte zu Betrieben, die ausbilden",
  "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
  "Ehrenamtliche Lernpatenschaften für Schulkinder",
  "Dolmetschen Ukrainisch und Russisch",
  "Wissen über Wohnungssuche und Mietrecht",
];
const seekLines = [
  "Dolmetschen für Elternabende",
  "Räume für ein Frauencafé",
  "Ausbildungsbetriebe für junge Geflüchtete",
  "Ehrenamtliche für Lernpatenschaften",
  "Sprachkurse mit Kinderbetreuung",
  "Beratung zur Anerkennung von Abschlüssen",
  "Wohnungen für Familien",
  "Sprachmittlung Arabisch",
];
const roleTitles = [
  "Integrationsbeauftragte",
  "Migrationsberatung",
  "Ehrenamtskoordination",
  "Schulsozialarbeit",
  "Quartiersmanagement",
];

function generateAttendees(
  random: Random,
  region: Region,
  organisations: DemoOrganisation[],
  event: DemoEvent,
): DemoAttendee[] {
  const groups = event.workingGroups;
  // The demo network account first: a fellow attendee to find by topic and to exchange contacts with.
  const noor: DemoAttendee = {
    ...demoAccounts.network,
    organisationName: organisations[3]?.name ?? "Demo-Organisation",
    organisationKind: organisations[3]?.kind ?? "association",
    roleTitle: "Migrationsberatung",
    municipalitySlug: organisations[3]?.municipalitySlug ?? region.municipalities[0]!.slug,
    groupSlug: groups[0]!.slug,
    topicSlugs: [groups[0]!.topicSlug, groups[1]!.topicSlug],
    languages: ["de", "ar", "en"],
    offersText: "Sprachmittlung Arabisch bei Behördengängen",
    seeksText: "Räume für ein Frauencafé",
    visibility: "attendees",
  };
  const others = Array.from({ length: 29 }, (_, index): DemoAttendee => {
    const organisation = random.pick(organisations);
    const group = groups[index % groups.length]!;
    return {
      email: `teilnehmende-${index + 1}@example.org`,
      name: `${random.pick(contactFirstNames)} ${random.pick(contactLastNames)} (Demo)`,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      roleTitle: random.pick(roleTitles),
      municipalitySlug: organisation.municipalitySlug,
      groupSlug: group.slug,
      topicSlugs: [...new Set([group.topicSlug, random.pick(groups).topicSlug])],
      languages: ["de", ...new Set([random.pick(["en", "ar", "tr", "uk", "ru", "pl", "ro", "fa"]), "en"])],
      offersText: random.pick(offerLines),
      seeksText: random.pick(seekLines),
      visibility: index % 4 === 0 ? "public" : "attendees",
    };
  });
  return [noor, ...others];
}
